// libFuzzer target: the generic JSON endpoint, read through a mapping that uses every
// kind of pointer (nested, array index, escaped, the alerts array).
#include "core/Error.h"
#include "core/GenericMapping.h"
#include "core/SeverityMap.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const muster::core::GenericMapping defaults;
    static const muster::core::GenericMapping nested = muster::core::GenericMapping::fromJson(QJsonObject{
        {QStringLiteral("alerts"), QStringLiteral("/alerts")},
        {QStringLiteral("title"), QStringLiteral("/rule/description")},
        {QStringLiteral("severity"), QStringLiteral("/rule/level")},
        {QStringLiteral("time"), QStringLiteral("/timestamp")},
        {QStringLiteral("asset"), QStringLiteral("/agent/name")},
        {QStringLiteral("dedupKey"), QStringLiteral("/ids/0")},
        {QStringLiteral("rule"), QStringLiteral("/a~1b/m~0n")},
        {QStringLiteral("labels"), QStringLiteral("/data")},
        {QStringLiteral("action"), QStringLiteral("/status")},
    });
    static const muster::core::SeverityMap levels = muster::core::SeverityMap::fromJson(
        QJsonObject{{QStringLiteral(">=12"), 1}, {QStringLiteral(">=7"), 2}, {QStringLiteral("*"), 4}});
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto* mapping : {&defaults, &nested}) {
        try {
            for (const auto& e : mapping->parse(body)) {
                if (e.title.isEmpty() || e.dedupKey.isEmpty()) {
                    __builtin_trap();
                }
                levels.map(e.severityText);
            }
        } catch (const muster::core::Error&) {
        }
    }
    return 0;
}
