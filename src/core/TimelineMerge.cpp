#include "core/TimelineMerge.h"

#include "core/Lifecycle.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace muster::core {

QList<TimelineEntry> TimelineMerge::foldOrder(const QList<TimelineEntry>& entries,
                                              const QHash<QString, qint64>& serverOrder)
{
    QList<std::optional<qint64>> byPosition;
    byPosition.reserve(entries.size());
    for (const TimelineEntry& e : entries) {
        const auto found = serverOrder.constFind(e.id);
        byPosition.append(found != serverOrder.cend() ? std::optional<qint64>(*found) : std::nullopt);
    }
    return foldOrder(entries, byPosition);
}

QList<TimelineEntry> TimelineMerge::foldOrder(const QList<TimelineEntry>& entries,
                                              const QList<std::optional<qint64>>& serverOrder)
{
    // Each entry's place: the server's order first, then local seq.
    struct Place
    {
        bool local;
        qint64 order;
        qsizetype index;
    };
    std::vector<Place> places;
    places.reserve(std::size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto& order = serverOrder.at(i);
        places.push_back(order ? Place{false, *order, i} : Place{true, entries.at(i).seq, i});
    }
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        return std::tie(a.local, a.order) < std::tie(b.local, b.order);
    });
    QList<TimelineEntry> ordered;
    ordered.reserve(entries.size());
    for (const Place& p : places) {
        ordered.append(entries.at(p.index));
    }
    return ordered;
}

IncidentFacts TimelineMerge::fold(const QList<TimelineEntry>& ordered, QStringList* ineffective)
{
    IncidentFacts facts;
    for (const TimelineEntry& e : ordered) {
        if (!IncidentFacts::changedBy(e.kind)) {
            continue;
        }
        const QJsonObject data = e.dataObject();
        if (e.kind == TimelineKind::Transition) {
            const auto to = statuses().fromKey(data.value(QLatin1String("to")).toString());
            if (to && !Lifecycle::isAllowed(facts.status, *to)) {
                if (ineffective) {
                    ineffective->append(e.id);
                }
                continue;
            }
        }
        facts.apply(e.kind, e.occurredAt, data);
    }
    return facts;
}

} // namespace muster::core
