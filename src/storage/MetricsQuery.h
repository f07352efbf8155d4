#pragma once

#include "core/IncidentEnums.h"
#include "core/MetricsCalendar.h"
#include "core/MetricsOptions.h"

#include <QList>
#include <QTimeZone>

namespace muster::storage {

// What a metrics report covers: incidents detected in `period`, in the exercise scope,
// matching the field filters (empty lists do not filter), broken down by `grouping`.
// Calendar groupings use `timeZone`. False positives are never in the duration figures;
// they are counted apart in each group.
struct MetricsQuery
{
    core::Period period;
    core::MetricsGrouping grouping = core::MetricsGrouping::None;
    core::ExerciseScope scope = core::ExerciseScope::Real;
    QList<core::Severity> severities;
    QList<core::Tier> tiers;
    QList<core::Category> categories;
    QList<core::DetectionSource> sources;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // "Now" for SLA targets of incidents that have not reached a measure's end (an
    // incident older than its target is overdue). 0: the service's clock.
    qint64 asOfMs = 0;

    bool operator==(const MetricsQuery&) const = default;
};

} // namespace muster::storage
