#pragma once

#include "core/IncidentEnums.h"
#include "core/Measure.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace muster::core {

// How incidents fared against their SLA targets. An incident that has reached the
// measure's end met the target when its duration is at most the target, else breached
// it. One that has not reached the end is overdue (a breach already certain, counted as
// breached) once it is older than the target, else pending (not decided, left out of
// the share).
struct SlaCounts
{
    qint64 met = 0;
    qint64 breached = 0;
    qint64 overdue = 0;
    qint64 pending = 0;

    qint64 decided() const { return met + breached + overdue; }
    // (breached + overdue) / decided; empty when nothing is decided.
    std::optional<double> breachShare() const;
    SlaCounts& operator+=(const SlaCounts& other);
    bool operator==(const SlaCounts&) const = default;
};

// The organisation's SLA targets: per severity and measure, the longest acceptable
// duration from detection. A missing target means "no SLA" for that pair.
class SlaTargets
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::SlaTargets)

public:
    enum class Outcome
    {
        Met,
        Breached,
        Overdue,
        Pending,
    };

    // The measures a target can be set for.
    static QList<Measure> measuresWithTargets();
    // SEV1 acknowledge 15 min / contain 4 h / remediate 24 h, down to SEV4 (docs/metrics.md).
    static SlaTargets defaults();

    std::optional<qint64> target(Severity severity, Measure measure) const;
    // Throws Error(BadInput) unless the target is empty or from 1 minute to 366 days.
    void setTarget(Severity severity, Measure measure, std::optional<qint64> ms);
    bool hasTargets(Measure measure) const;

    // `duration`: end minus detection when the end is reached; `ageMs`: now minus detection.
    static Outcome classify(std::optional<qint64> duration, qint64 ageMs, qint64 targetMs);
    // Adds one classified incident to `counts`.
    static void count(SlaCounts& counts, Outcome outcome);

    // {"sev1": {"acknowledge": 900000, "remediate": 86400000}, ...} in milliseconds.
    QJsonObject toJson() const;
    // Throws Error(BadInput) naming the JSON path of a bad value.
    static SlaTargets fromJson(const QJsonObject& json);

    bool operator==(const SlaTargets&) const = default;

private:
    static int slot(Severity severity, Measure measure);
    QHash<int, qint64> m_targets;
};

} // namespace muster::core
