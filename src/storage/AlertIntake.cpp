#include "storage/AlertIntake.h"

#include "core/AlertRules.h"
#include "core/Ids.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace muster::storage {

using core::Alert;
using core::AlertAction;
using core::AlertEvent;
using core::AlertState;

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString keyOf(const AlertEvent& e)
{
    // PagerDuty makes a key for a trigger without one; so does Muster.
    return e.dedupKey.trimmed().isEmpty() ? core::newId().remove(QLatin1Char('-')) : e.dedupKey.trimmed();
}

} // namespace

AlertIntake::AlertIntake(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_alerts(db)
{}

QList<AlertIntake::Result> AlertIntake::store(const core::AlertSource& source, const QList<AlertEvent>& events)
{
    const qint64 now = m_clock.nowMs();
    QList<Result> results;
    results.reserve(events.size());
    WriteTransaction tx(m_db.connection());
    for (const AlertEvent& e : events) {
        switch (e.action) {
        case AlertAction::Trigger:
            results.append(trigger(source, e, now));
            break;
        case AlertAction::Acknowledge:
            results.append(acknowledge(source, e, now));
            break;
        case AlertAction::Resolve:
            results.append(resolve(source, e, now));
            break;
        }
    }
    tx.commit();
    m_db.notifyChanged({QStringLiteral("alerts")});
    return results;
}

const core::SeverityMap& AlertIntake::severityMap(const core::AlertSource& source)
{
    auto it = m_severityMaps.find(source.id);
    if (it == m_severityMaps.end() || it->updatedAt != source.updatedAt) {
        it = m_severityMaps.insert(source.id,
                                   CachedMap{source.updatedAt, core::SeverityMap::fromJson(source.severityMap)});
    }
    return it->map;
}

QList<core::Asset> AlertIntake::matchAssets(const QJsonObject& labels) const
{
    QList<core::Asset> found;
    AssetRepository assets(m_db);
    for (const QString& candidate : core::AlertRules::assetCandidates(labels)) {
        if (auto a = assets.findByIdentifier(candidate)) {
            found.append(*a);
        }
    }
    return found;
}

AlertIntake::Result AlertIntake::trigger(const core::AlertSource& source, const AlertEvent& e, qint64 now)
{
    const QString key = keyOf(e);
    const core::Severity severity = severityMap(source).map(e.severityText);
    QString title = e.title.simplified();
    if (title.size() > core::AlertRules::maxTitle) {
        title = title.left(core::AlertRules::maxTitle);
    }
    if (auto existing = m_alerts.findByKey(source.id, key)) {
        Alert a = *existing;
        a.occurrences += 1;
        a.lastSeenAt = now;
        a.title = title;
        a.severity = severity;
        a.severityText = e.severityText;
        a.labels = e.labels;
        a.raw = compact(e.raw);
        a.groupKey = e.groupKey;
        if (a.state == AlertState::Resolved) {
            a.state = AlertState::Firing; // it fires again
            a.resolvedAt.reset();
        }
        a.updatedAt = now;
        m_alerts.recordRepeat(a);
        return Result{key, a.id, Outcome::Repeated};
    }
    Alert a;
    a.id = core::newId();
    a.sourceId = source.id;
    a.sourceName = source.name;
    a.dedupKey = key;
    a.title = title;
    a.severity = severity;
    a.severityText = e.severityText;
    a.rule = e.rule.left(1024);
    a.groupKey = e.groupKey;
    a.labels = e.labels;
    a.raw = compact(e.raw);
    a.receivedAt = now;
    a.sourceTime = e.sourceTime;
    a.lastSeenAt = now;
    a.updatedAt = now;
    core::AlertRules::applyAssets(a, matchAssets(e.labels));
    m_alerts.insert(a);
    return Result{key, a.id, Outcome::Created};
}

AlertIntake::Result AlertIntake::acknowledge(const core::AlertSource& source, const AlertEvent& e, qint64 now)
{
    auto existing = m_alerts.findByKey(source.id, e.dedupKey.trimmed());
    if (!existing) {
        return Result{e.dedupKey, QString(), Outcome::Ignored};
    }
    Alert a = *existing;
    if (a.state == AlertState::Firing) {
        a.state = AlertState::Acknowledged;
    }
    if (!a.acknowledgedAt) {
        a.acknowledgedAt = now;
    }
    a.updatedAt = now;
    m_alerts.setState(a);
    return Result{a.dedupKey, a.id, Outcome::Acknowledged};
}

AlertIntake::Result AlertIntake::resolve(const core::AlertSource& source, const AlertEvent& e, qint64 now)
{
    auto existing = m_alerts.findByKey(source.id, e.dedupKey.trimmed());
    if (!existing) {
        return Result{e.dedupKey, QString(), Outcome::Ignored};
    }
    Alert a = *existing;
    if (a.state == AlertState::Resolved) {
        return Result{a.dedupKey, a.id, Outcome::Resolved};
    }
    a.state = AlertState::Resolved;
    a.resolvedAt = std::min(e.sourceTime.value_or(now), now);
    a.updatedAt = now;
    m_alerts.setState(a);
    if (!a.incidentId.isEmpty()) {
        IncidentService(m_db, m_clock)
            .append(a.incidentId, {core::AlertRules::resolvedDraft(a, *a.resolvedAt)},
                    core::Actor{QString(), source.name});
    }
    return Result{a.dedupKey, a.id, Outcome::Resolved};
}

} // namespace muster::storage
