#include "core/MetricsOptions.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array groupingEntries{
    EnumEntry<MetricsGrouping>{MetricsGrouping::None, "none",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "All")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Severity, "severity",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Severity")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Tier, "tier",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Tier")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Category, "category",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Category")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Source, "source",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Detection source")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Commander, "commander",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Commander")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Team, "team",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Team")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Week, "week",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Week")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Month, "month",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Month")},
    EnumEntry<MetricsGrouping>{MetricsGrouping::Quarter, "quarter",
                               QT_TRANSLATE_NOOP("muster::core::MetricsGrouping", "Quarter")},
};

constexpr std::array scopeEntries{
    EnumEntry<ExerciseScope>{ExerciseScope::Real, "real",
                             QT_TRANSLATE_NOOP("muster::core::ExerciseScope", "Real incidents")},
    EnumEntry<ExerciseScope>{ExerciseScope::Exercise, "exercise",
                             QT_TRANSLATE_NOOP("muster::core::ExerciseScope", "Exercises")},
    EnumEntry<ExerciseScope>{ExerciseScope::All, "all",
                             QT_TRANSLATE_NOOP("muster::core::ExerciseScope", "Real incidents and exercises")},
};

} // namespace

const EnumTable<MetricsGrouping>& metricsGroupings()
{
    static const EnumTable<MetricsGrouping> table("muster::core::MetricsGrouping", groupingEntries);
    return table;
}

bool isCalendarGrouping(MetricsGrouping grouping)
{
    return grouping == MetricsGrouping::Week || grouping == MetricsGrouping::Month ||
           grouping == MetricsGrouping::Quarter;
}

const EnumTable<ExerciseScope>& exerciseScopes()
{
    static const EnumTable<ExerciseScope> table("muster::core::ExerciseScope", scopeEntries);
    return table;
}

} // namespace muster::core
