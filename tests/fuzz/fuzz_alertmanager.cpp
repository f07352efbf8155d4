// libFuzzer target: the Alertmanager webhook parser. Every input either parses or is
// refused with core::Error; anything else (a crash, a sanitizer report) is a finding.
#include "core/AlertmanagerPayload.h"
#include "core/Error.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    try {
        const auto events =
            muster::core::AlertmanagerPayload::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
        for (const auto& e : events) {
            if (e.dedupKey.isEmpty()) {
                __builtin_trap(); // the parser promises a key for every alert
            }
        }
    } catch (const muster::core::Error&) {
    }
    return 0;
}
