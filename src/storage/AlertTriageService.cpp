#include "storage/AlertTriageService.h"

#include "core/AlertRules.h"
#include "core/Error.h"
#include "storage/AlertRepository.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace muster::storage {

using core::Alert;
using core::Error;

namespace {
const QStringList kChanged{QStringLiteral("alerts")};
}

AlertTriageService::AlertTriageService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Alert AlertTriageService::get(const QString& alertId) const
{
    auto alert = AlertRepository(m_db).find(alertId);
    if (!alert) {
        throw Error(Error::Kind::NotFound, tr("No alert %1.").arg(alertId));
    }
    return *alert;
}

Alert AlertTriageService::markTriaged(Alert alert, core::AlertTriage as, const QString& note, const QString& incidentId,
                                      const core::Actor& actor)
{
    const qint64 now = m_clock.nowMs();
    alert.triage = as;
    alert.triageNote = note.trimmed();
    alert.triagedAt = now;
    alert.triagedBy = actor.name;
    alert.incidentId = incidentId;
    alert.updatedAt = now;
    AlertRepository(m_db).setTriage(alert);
    return alert;
}

QList<core::Incident> AlertTriageService::mergeTargets(int limit) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, reference, title, severity, status, tier, detected_at FROM incidents WHERE "
                           "status NOT IN ('closed', 'false_positive') ORDER BY detected_at DESC LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<core::Incident> out;
    while (q.next()) {
        core::Incident i;
        i.id = q.value(0).toString();
        i.reference = q.value(1).toString();
        i.title = q.value(2).toString();
        i.severity = core::severityFromInt(q.value(3).toInt()).value_or(core::Severity::Sev3);
        i.status = core::statuses().fromKey(q.value(4).toString()).value_or(core::Status::New);
        i.tier = core::tierFromInt(q.value(5).toInt()).value_or(core::Tier::Tier1);
        i.detectedAt = q.value(6).toLongLong();
        out.append(i);
    }
    return out;
}

core::Incident AlertTriageService::promote(const QString& alertId, const core::Actor& actor, core::Category category)
{
    WriteTransaction tx(m_db.connection());
    const Alert alert = get(alertId);
    core::AlertRules::checkUntriaged(alert);
    const qint64 now = m_clock.nowMs();
    core::Incident draft = core::AlertRules::incidentFor(alert, now);
    draft.category = category;
    const core::Incident incident =
        IncidentService(m_db, m_clock)
            .create(draft, alert.assetIds, actor,
                    QCoreApplication::translate("muster::storage::AlertTriageService",
                                                "detected when the source raised the alert"),
                    {core::AlertRules::linkDraft(alert, true, now)});
    markTriaged(alert, core::AlertTriage::Promoted, QString(), incident.id, actor);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return incident;
}

core::Incident AlertTriageService::merge(const QString& alertId, const QString& incidentIdOrReference,
                                         const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    const Alert alert = get(alertId);
    core::AlertRules::checkUntriaged(alert);
    IncidentService incidents(m_db, m_clock);
    core::Incident incident = incidents.get(incidentIdOrReference);
    core::AlertRules::checkMergeTarget(incident);
    incident = incidents.append(incident.id, {core::AlertRules::linkDraft(alert, false, m_clock.nowMs())}, actor);
    const auto linked = AssetRepository(m_db).ofIncident(incident.id);
    for (const QString& assetId : alert.assetIds) {
        const bool already =
            std::any_of(linked.begin(), linked.end(), [&](const core::Asset& a) { return a.id == assetId; });
        if (!already) {
            incident = incidents.linkAsset(incident.id, assetId, actor);
        }
    }
    markTriaged(alert, core::AlertTriage::Merged, QString(), incident.id, actor);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return incident;
}

Alert AlertTriageService::dismiss(const QString& alertId, core::AlertTriage as, const QString& reason,
                                  const core::Actor& actor)
{
    core::AlertRules::checkDismissal(as, reason);
    WriteTransaction tx(m_db.connection());
    const Alert alert = get(alertId);
    core::AlertRules::checkUntriaged(alert);
    Alert saved = markTriaged(alert, as, reason, QString(), actor);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return saved;
}

Alert AlertTriageService::reopen(const QString& alertId)
{
    WriteTransaction tx(m_db.connection());
    Alert alert = get(alertId);
    if (!alert.isDismissed()) {
        throw Error(Error::Kind::Refused,
                    tr("Only a dismissed alert returns to the queue; this one is part of an incident."));
    }
    alert.triage = core::AlertTriage::Untriaged;
    alert.triageNote.clear();
    alert.triagedAt.reset();
    alert.triagedBy.clear();
    alert.updatedAt = m_clock.nowMs();
    AlertRepository(m_db).setTriage(alert);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return alert;
}

} // namespace muster::storage
