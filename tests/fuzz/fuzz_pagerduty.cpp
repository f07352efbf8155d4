// libFuzzer target: the PagerDuty Events v2 parser.
#include "core/Error.h"
#include "core/PagerDutyEvent.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    try {
        const auto event =
            muster::core::PagerDutyEvent::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
        if (event.routingKey.isEmpty() || event.event.raw.contains(QStringLiteral("routing_key"))) {
            __builtin_trap(); // a key is required, and never kept in the raw event
        }
    } catch (const muster::core::Error&) {
    }
    return 0;
}
