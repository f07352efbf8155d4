#include "core/TimelineMerge.h"

#include "core/Lifecycle.h"

#include <algorithm>

namespace muster::core {

QList<TimelineEntry> TimelineMerge::foldOrder(const QList<TimelineEntry>& entries,
                                              const QHash<QString, qint64>& serverOrder)
{
    QList<TimelineEntry> ordered;
    QList<TimelineEntry> local;
    for (const TimelineEntry& e : entries) {
        (serverOrder.contains(e.id) ? ordered : local).append(e);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&serverOrder](const TimelineEntry& a, const TimelineEntry& b) {
        return serverOrder.value(a.id) < serverOrder.value(b.id);
    });
    std::stable_sort(local.begin(), local.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.seq < b.seq; });
    ordered += local;
    return ordered;
}

IncidentFacts TimelineMerge::fold(const QList<TimelineEntry>& ordered, QStringList* ineffective)
{
    IncidentFacts facts;
    for (const TimelineEntry& e : ordered) {
        if (e.kind == TimelineKind::Transition) {
            const auto to = statuses().fromKey(e.dataObject().value(QLatin1String("to")).toString());
            if (to && !Lifecycle::isAllowed(facts.status, *to)) {
                if (ineffective) {
                    ineffective->append(e.id);
                }
                continue;
            }
        }
        facts.apply(e);
    }
    return facts;
}

} // namespace muster::core
