#pragma once

#include "core/IncidentEnums.h"
#include "storage/MetricsReport.h"

#include <QList>

namespace muster::storage {

struct OpenCount
{
    core::Severity severity = core::Severity::Sev3;
    core::Status status = core::Status::New;
    qint64 count = 0;

    bool operator==(const OpenCount&) const = default;
};

// One point per incident: detection time (x) and duration (y), both in milliseconds.
struct DurationPoints
{
    QList<double> detectedMs;
    QList<double> durationMs;
};

// What the dashboard shows for one period and filter set (MetricsService::dashboard).
struct MetricsDashboard
{
    // Fewer incidents than this in the previous period make a comparison meaningless
    // (the dashboard's tiles and the leadership report say "too few to compare").
    static constexpr qint64 comparableCount = 10;

    MetricsReport current;  // totals of the period: counts and SLA of all measures, durations of
                            // acknowledgement and remediation
    MetricsReport previous; // the same for the period before, to show the change
    MetricsReport bySeverity;
    MetricsReport byTier;
    MetricsReport trend; // by week or month
    QList<OpenCount> open;
    QList<qint64> histogramEdgesMs;
    QList<qint64> acknowledgeHistogram;
    DurationPoints remediation; // detection time against time to remediate
    qint64 elapsedMs = 0;       // how long the queries took
    bool cancelled = false;
};

} // namespace muster::storage
