#include "core/IncidentFacts.h"

#include "core/Incident.h"

namespace muster::core {

bool IncidentFacts::changedBy(const QString& kind)
{
    return kind == TimelineKind::Created || kind == TimelineKind::Transition || kind == TimelineKind::Escalation ||
           kind == TimelineKind::Deescalation || kind == TimelineKind::DetectionTime;
}

void IncidentFacts::apply(const QString& kind, qint64 occurredAt, const QJsonObject& data)
{
    if (kind == TimelineKind::Created) {
        status = statuses().fromKey(data.value(QLatin1String("status")).toString()).value_or(Status::New);
        tier = tierFromInt(data.value(QLatin1String("tier")).toInt(1)).value_or(Tier::Tier1);
        detectedAt = qint64(data.value(QLatin1String("detected_at")).toDouble(double(occurredAt)));
        return;
    }
    if (kind == TimelineKind::Transition) {
        const auto to = statuses().fromKey(data.value(QLatin1String("to")).toString());
        if (!to) {
            return;
        }
        status = *to;
        switch (*to) {
        case Status::Acknowledged:
            if (!acknowledgedAt) {
                acknowledgedAt = occurredAt;
            }
            break;
        case Status::Contained:
            if (!containedAt) {
                containedAt = occurredAt;
            }
            break;
        case Status::Remediated:
            remediatedAt = occurredAt;
            break;
        case Status::Closed:
            closedAt = occurredAt;
            break;
        case Status::Reopened:
            remediatedAt.reset();
            closedAt.reset();
            break;
        default:
            break;
        }
        return;
    }
    if (kind == TimelineKind::Escalation || kind == TimelineKind::Deescalation) {
        tier = tierFromInt(data.value(QLatin1String("to")).toInt()).value_or(tier);
        return;
    }
    if (kind == TimelineKind::DetectionTime) {
        detectedAt = qint64(data.value(QLatin1String("detected_at")).toDouble(double(detectedAt)));
    }
}

IncidentFacts IncidentFacts::of(const Incident& incident)
{
    IncidentFacts f;
    f.status = incident.status;
    f.tier = incident.tier;
    f.detectedAt = incident.detectedAt;
    f.acknowledgedAt = incident.acknowledgedAt;
    f.containedAt = incident.containedAt;
    f.remediatedAt = incident.remediatedAt;
    f.closedAt = incident.closedAt;
    return f;
}

void IncidentFacts::copyTo(Incident& incident) const
{
    incident.status = status;
    incident.tier = tier;
    incident.detectedAt = detectedAt;
    incident.acknowledgedAt = acknowledgedAt;
    incident.containedAt = containedAt;
    incident.remediatedAt = remediatedAt;
    incident.closedAt = closedAt;
}

} // namespace muster::core
