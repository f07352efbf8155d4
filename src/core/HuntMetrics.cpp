#include "core/HuntMetrics.h"

#include <QDateTime>
#include <QSet>

namespace muster::core {

namespace {

QDate monthOf(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDate(d.year(), d.month(), 1);
}

qint64 endOf(const QDate& month)
{
    return QDateTime(month.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

HuntMetrics HuntMetrics::compute(const QList<Hunt>& hunts, const QList<IncidentOrigin>& incidents, int monthCount,
                                 qint64 now)
{
    HuntMetrics m;
    const QDate last = monthOf(now);
    const QDate first = last.addMonths(-(std::max(monthCount, 1) - 1));
    QHash<QDate, qsizetype> index;
    for (QDate d = first; d <= last; d = d.addMonths(1)) {
        index.insert(d, m.months.size());
        m.months.append({d});
    }
    const auto slot = [&](qint64 ms) -> Month* {
        auto it = index.constFind(monthOf(ms));
        return it == index.constEnd() ? nullptr : &m.months[*it];
    };
    for (const Hunt& h : hunts) {
        if (h.status == HuntStatus::Active) {
            ++m.active;
        } else if (h.status == HuntStatus::Proposed) {
            ++m.proposed;
        }
        if (h.startedAt) {
            if (Month* s = slot(*h.startedAt)) {
                ++s->started;
            }
        }
        if (h.status == HuntStatus::Concluded && h.concludedAt) {
            if (Month* s = slot(*h.concludedAt)) {
                ++s->concluded;
                m.outcomes[h.outcome] += 1;
            }
        }
    }
    for (const IncidentOrigin& i : incidents) {
        Month* s = slot(i.detectedAt);
        if (!s) {
            continue;
        }
        if (i.source == DetectionSource::ThreatHunt) {
            ++s->incidentsByHunting;
        } else if (i.source == DetectionSource::Tool) {
            ++s->incidentsByAlerts;
        }
    }
    for (Month& month : m.months) {
        QSet<QString> covered;
        const qint64 end = endOf(month.month);
        for (const Hunt& h : hunts) {
            if (h.status == HuntStatus::Concluded && h.concludedAt && *h.concludedAt < end) {
                for (const QString& t : h.attackIds) {
                    covered.insert(t);
                }
            }
        }
        month.techniquesCovered = int(covered.size());
    }
    return m;
}

} // namespace muster::core
