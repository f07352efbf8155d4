#pragma once

#include "core/Clock.h"
#include "core/Measure.h"
#include "core/SlaTargets.h"
#include "storage/MetricsDashboard.h"
#include "storage/MetricsQuery.h"
#include "storage/MetricsReport.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace muster::storage {

class Database;

// A part of a chart that the user clicked, to be resolved to the incidents behind it.
// Unset members do not narrow. False positives are never included.
struct MetricsSelection
{
    std::optional<core::Measure> measure;
    std::optional<qint64> minDurationMs;                 // inclusive, with `measure`
    std::optional<qint64> maxDurationMs;                 // exclusive, with `measure`
    std::optional<core::SlaTargets::Outcome> slaOutcome; // with `measure`
    std::optional<core::Period> detected;                // within the query's period
};

// MTTA, MTTR and the other duration metrics, computed in SQL over the covering index
// incidents_metrics, with the definitions of core (core::Measure, core::DurationStats,
// core::SlaTargets). The one code path for the dashboard, `musterctl metrics` and
// reports: the same query gives the same figures everywhere.
//
// Safe to use from a worker thread (each thread has its own connection); it only reads,
// except setSlaTargets().
class MetricsService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::MetricsService)

public:
    explicit MetricsService(const Database& db, const core::Clock& clock = core::SystemClock::instance());

    // The key in `settings` that holds the targets as JSON (core::SlaTargets::toJson).
    static QString slaSettingsKey();
    // The stored targets, or the defaults when none are stored. Throws core::Error
    // (BadInput) when the stored JSON is broken.
    core::SlaTargets slaTargets() const;
    void setSlaTargets(Database& db, const core::SlaTargets& targets) const;

    // The report for `query`, with duration figures for `measures` (all four by default:
    // each measure costs one sort of the period's incidents).
    MetricsReport report(const MetricsQuery& query, const QList<core::Measure>& measures = allMeasures()) const;

    // Incidents still being worked on (core::Lifecycle::isOpen) by severity and status,
    // now, whatever their detection time; the query's period is ignored.
    QList<OpenCount> openIncidents(const MetricsQuery& query) const;

    // How many durations of `measure` fall between consecutive `edgesMs` (the last bin
    // is open-ended: one more count than edges). The first edge is the lower bound.
    QList<qint64> histogram(const MetricsQuery& query, core::Measure measure, const QList<qint64>& edgesMs) const;

    // One point per incident that reached `measure`: detection time and duration, in
    // detection order.
    DurationPoints points(const MetricsQuery& query, core::Measure measure) const;

    // The incidents behind a clicked part of a chart, in detection order.
    QStringList incidentIds(const MetricsQuery& query, const MetricsSelection& selection) const;

    // Everything the dashboard shows for `query` (grouping ignored): KPI figures against
    // the previous period, breakdowns by severity and tier, a trend by `trend`, open
    // incidents, the histogram of time to acknowledge and the scatter of time to
    // remediate. `cancelled` is polled between the steps.
    MetricsDashboard dashboard(const MetricsQuery& query, core::MetricsGrouping trend,
                               const std::function<bool()>& cancelled = {}) const;

    // Receives every statement the service runs, with its bound values written in as SQL
    // literals, so that the same text can run in the sqlite3 shell (benchmarks, diagnosis).
    using StatementObserver = std::function<void(const QString& sql)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    static QList<core::Measure> allMeasures();
    // Edges of the time-to-acknowledge histogram: 0, 1, 2, 5, 10, 15, 30 min, 1, 2, 4, 8 h, 1, 2, 7 d.
    static QList<qint64> histogramEdges();

private:
    // Counts, sums and SLA outcomes per combination of the SQL `keys` (one pass).
    QList<std::pair<QVariantList, MetricsGroup>> counts(const MetricsQuery& query,
                                                        const QList<core::TimeBucket>& buckets, const QStringList& keys,
                                                        const core::SlaTargets& targets, qint64 asOfMs,
                                                        const QList<core::Measure>& measures) const;
    // Medians and p90s of `measures` for `groups` (keyed by their SQL key), whose counts
    // and sums are filled; one sort per measure.
    void rankInto(const MetricsQuery& query, const QList<core::TimeBucket>& buckets,
                  const QList<core::Measure>& measures, QHash<QString, MetricsGroup>& groups) const;

    const Database& m_db;
    const core::Clock& m_clock;
    StatementObserver m_observer;
};

} // namespace muster::storage
