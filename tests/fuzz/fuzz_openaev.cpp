// libFuzzer target for the OpenAEV import: ZIP directory, DEFLATE, JSON mapping.
// Invariant: every input either imports a valid scenario or throws core::Error.
#include "core/Error.h"
#include "core/OpenAevImport.h"
#include "core/ScenarioFormat.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace muster::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const auto result = OpenAevImport::fromBytes(bytes, QStringLiteral("fuzz"));
        if (!ScenarioFormat::validate(result.scenario).isEmpty()) {
            std::abort();
        }
    } catch (const Error&) {
    }
    return 0;
}
