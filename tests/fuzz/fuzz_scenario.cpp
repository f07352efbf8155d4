// libFuzzer target for the scenario parser (docs/development.md, "Fuzzing").
// Invariants: parsing never crashes; a scenario that parses writes JSON that parses
// again to the same JSON.
#include "core/ScenarioFormat.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using muster::core::ScenarioFormat;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = ScenarioFormat::parse(bytes, QStringLiteral("fuzz.json"));
    if (result.ok() != result.problems.isEmpty()) {
        std::abort();
    }
    if (result.ok()) {
        const QByteArray json = ScenarioFormat::toJson(*result.scenario);
        const auto again = ScenarioFormat::parse(json);
        if (!again.ok() || ScenarioFormat::toJson(*again.scenario) != json) {
            std::abort();
        }
    }
    return 0;
}
