#pragma once

#include "core/DurationStats.h"
#include "core/Measure.h"
#include "core/SlaTargets.h"
#include "storage/MetricsQuery.h"

#include <QJsonObject>

#include <array>

namespace muster::storage {

// The figures of one group (or of the whole period) of a metrics report.
struct MetricsGroup
{
    QString key;          // stable: "sev1", "tier2", "phishing", a person id, "2026-W05"; "" for the total
    QString label;        // for people: "SEV1", "Tier 2", a name, "2026-W05"
    core::Period period;  // the detection period the group covers (a calendar bucket, or the query's)
    qint64 incidents = 0; // detected in the period and scope, false positives not included
    qint64 falsePositives = 0;
    qint64 confidential = 0;                      // of `incidents`: counted here, never listed
    std::array<core::DurationStats, 4> durations; // by core::Measure
    std::array<core::SlaCounts, 4> sla;           // by core::Measure; all zero without targets

    const core::DurationStats& stats(core::Measure m) const { return durations.at(std::size_t(m)); }
    core::DurationStats& stats(core::Measure m) { return durations.at(std::size_t(m)); }
    const core::SlaCounts& slaCounts(core::Measure m) const { return sla.at(std::size_t(m)); }
    core::SlaCounts& slaCounts(core::Measure m) { return sla.at(std::size_t(m)); }

    bool operator==(const MetricsGroup&) const = default;
};

// A metrics report: the total and, for a grouping, one entry per group (calendar
// buckets in order, including empty ones; other groups by key, only those with data).
struct MetricsReport
{
    MetricsQuery query;
    qint64 asOfMs = 0;
    QList<core::Measure> measures; // the measures whose durations were computed
    core::SlaTargets targets;
    MetricsGroup total;
    QList<MetricsGroup> groups;

    // The JSON that `musterctl metrics --json` prints (docs/metrics.md).
    QJsonObject toJson() const;
};

} // namespace muster::storage
