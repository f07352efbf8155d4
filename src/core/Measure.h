#pragma once

#include "core/EnumTable.h"

#include <optional>

namespace muster::core {

struct IncidentFacts;

// What a duration metric measures: the time from detection to a later fact of the
// incident (IncidentFacts holds the timestamps and says how the timeline defines them).
//   time to acknowledge = acknowledged - detected   (MTTA is its mean)
//   time to contain     = contained - detected
//   time to remediate   = remediated - detected     (MTTR is its mean)
//   time to close       = closed - detected
enum class Measure
{
    Acknowledge,
    Contain,
    Remediate,
    Close,
};

const EnumTable<Measure>& measures();

// "MTTA", "MTTC", "MTTR", "MTTCl": the name of the measure's mean on a tile.
QString measureAcronym(Measure measure);
// The formula in words, for chart tooltips and footnotes.
QString measureFormula(Measure measure);

// The timestamp that ends the measure, when the incident has reached it.
std::optional<qint64> measureEnd(const IncidentFacts& facts, Measure measure);
// End minus detection, in milliseconds; empty while the end is not reached.
std::optional<qint64> measureDuration(const IncidentFacts& facts, Measure measure);

} // namespace muster::core
