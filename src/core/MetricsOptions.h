#pragma once

#include "core/EnumTable.h"

namespace muster::core {

// How metrics are broken down: by a field of the incident, or by calendar period of the
// detection time in the user's time zone.
enum class MetricsGrouping
{
    None,
    Severity,
    Tier,
    Category,
    Source,    // detection source
    Commander, // the incident commander
    Team,      // the commander's team in the directory
    Week,      // ISO weeks, Monday to Monday
    Month,
    Quarter,
};

const EnumTable<MetricsGrouping>& metricsGroupings();
bool isCalendarGrouping(MetricsGrouping grouping);

// Which incidents metrics cover: exercise incidents are left out unless asked for.
enum class ExerciseScope
{
    Real,
    Exercise,
    All,
};

const EnumTable<ExerciseScope>& exerciseScopes();

} // namespace muster::core
