#pragma once

#include "core/IncidentEnums.h"
#include "core/Timeline.h"

#include <QJsonObject>

#include <optional>

namespace muster::core {

struct Incident;

// The facts that metrics use, derived by folding an incident's timeline in order.
// This is the one place that says how timestamps come from transition events:
// - detected: the detection time given at creation, or the last detection-time entry;
// - acknowledged, contained: the first transition into that state (kept across reopening);
// - remediated: the last transition into Remediated; cleared by a reopening until the
//   incident is remediated again;
// - closed: the last transition into Closed; cleared by a reopening.
struct IncidentFacts
{
    Status status = Status::New;
    Tier tier = Tier::Tier1;
    qint64 detectedAt = 0;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> containedAt;
    std::optional<qint64> remediatedAt;
    std::optional<qint64> closedAt;

    bool operator==(const IncidentFacts&) const = default;

    // Whether entries of `kind` change the facts (notes, tasks and messages do not).
    static bool changedBy(const QString& kind);
    void apply(const QString& kind, qint64 occurredAt, const QJsonObject& data);
    void apply(const TimelineEntry& entry)
    {
        if (changedBy(entry.kind)) {
            apply(entry.kind, entry.occurredAt, entry.dataObject());
        }
    }
    void apply(const TimelineDraft& draft) { apply(draft.kind, draft.occurredAt, draft.data); }

    static IncidentFacts of(const Incident& incident);
    void copyTo(Incident& incident) const;
};

} // namespace muster::core
