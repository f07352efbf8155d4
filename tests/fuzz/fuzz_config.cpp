// libFuzzer target: a source's configuration as an integrator types it (mapping and
// severity map), then a payload read through whatever mapping survived validation.
#include "core/AlertTime.h"
#include "core/Error.h"
#include "core/GenericMapping.h"
#include "core/SeverityMap.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\n');
    const QByteArray config = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 1);
    const QJsonObject object = QJsonDocument::fromJson(config).object();
    try {
        muster::core::SeverityMap::fromJson(object).map(QString::fromUtf8(body.left(16)));
    } catch (const muster::core::Error&) {
    }
    try {
        const auto mapping = muster::core::GenericMapping::fromJson(object);
        mapping.parse(body);
    } catch (const muster::core::Error&) {
    }
    try {
        muster::core::AlertTime::parseText(QString::fromUtf8(body.left(64)), QStringLiteral("t"));
    } catch (const muster::core::Error&) {
    }
    return 0;
}
