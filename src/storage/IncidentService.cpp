#include "storage/IncidentService.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/IncidentFacts.h"
#include "core/IncidentRules.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/IncidentWriter.h"
#include "storage/PeopleRepository.h"
#include "storage/PlaybookApplier.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace muster::storage {

using core::Error;
using core::Incident;
using core::IncidentRules;

namespace {
const QStringList kChangedTables{QStringLiteral("incidents"), QStringLiteral("timeline_entries")};
const QStringList kWithTasks{QStringLiteral("incidents"), QStringLiteral("timeline_entries"), QStringLiteral("tasks"),
                             QStringLiteral("incident_access")};
const QStringList kWithAssets{QStringLiteral("incidents"), QStringLiteral("timeline_entries"),
                              QStringLiteral("incident_assets"), QStringLiteral("tasks"),
                              QStringLiteral("incident_access")};
} // namespace

IncidentService::IncidentService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Incident IncidentService::get(const QString& idOrReference) const
{
    return IncidentWriter(m_db, m_clock).load(idOrReference);
}

void IncidentService::checkPerson(const QString& personId, const QString& field) const
{
    if (!personId.isEmpty() && !PeopleRepository(m_db).find(personId)) {
        throw Error(Error::Kind::BadInput, tr("%1: no person %2 in the directory.").arg(field, personId));
    }
}

Incident IncidentService::save(Incident incident, const core::Actor& actor, const QList<core::TimelineDraft>& drafts)
{
    return IncidentWriter(m_db, m_clock).save(std::move(incident), actor, drafts);
}

Incident IncidentService::applyPlaybooks(Incident incident, const core::Actor& actor)
{
    const auto drafts = PlaybookApplier(m_db).apply(incident, actor, m_clock.nowMs());
    return drafts.isEmpty() ? incident : save(std::move(incident), actor, drafts);
}

Incident IncidentService::append(const QString& incidentId, const QList<core::TimelineDraft>& drafts,
                                 const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    Incident saved = save(incident, actor, drafts);
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return saved;
}

Incident IncidentService::create(Incident incident, const QStringList& assetIds, const core::Actor& actor,
                                 const QString& detectionReason, const QList<core::TimelineDraft>& extraDrafts)
{
    checkPerson(incident.commanderId, tr("Commander"));
    for (const QString& p : incident.assigneeIds) {
        checkPerson(p, tr("Assignees"));
    }
    WriteTransaction tx(m_db.connection());
    AssetRepository assets(m_db);
    QList<core::Asset> linked;
    for (const QString& id : assetIds) {
        auto a = assets.find(id);
        if (!a) {
            throw Error(Error::Kind::BadInput, tr("Assets: no asset %1 in the inventory.").arg(id));
        }
        linked.append(*a);
    }
    const qint64 now = m_clock.nowMs();
    incident.id = core::newId();
    incident.createdAt = now;
    auto drafts = IncidentRules::create(incident, linked, now, detectionReason);
    IncidentRepository incidents(m_db);
    const int year = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().year();
    incident.reference = core::formatIncidentReference(year, incidents.nextNumber(year));
    // The asset links go right after the creation entry, before any routing they cause.
    qsizetype position = 1;
    for (const auto& a : linked) {
        drafts.insert(position++, IncidentRules::linkAsset(a, now));
    }
    drafts.append(extraDrafts);
    // Insert the row in the state before the timeline, then let save() fold the entries.
    Incident initial = incident;
    initial.updatedAt = now;
    incidents.insert(initial);
    for (const auto& a : linked) {
        assets.link(incident.id, a.id, now);
    }
    core::IncidentFacts blank;
    blank.copyTo(initial);
    initial.timelineHead.clear();
    Incident saved = applyPlaybooks(save(initial, actor, drafts), actor);
    tx.commit();
    m_db.notifyChanged(kWithTasks);
    return saved;
}

Incident IncidentService::transition(const QString& incidentId, core::Status to, const core::Actor& actor,
                                     const QString& note, std::optional<qint64> at)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    const qint64 now = m_clock.nowMs();
    const qint64 when = at.value_or(now);
    if (when > now) {
        throw Error(Error::Kind::BadInput, tr("Time: a status change cannot be recorded in the future."));
    }
    const auto draft = IncidentRules::transition(incident, to, when, note);
    Incident saved = save(incident, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return saved;
}

Incident IncidentService::changeTier(const QString& incidentId, core::Tier to, const QString& reason,
                                     const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    const auto linked = AssetRepository(m_db).ofIncident(incident.id);
    const auto draft = IncidentRules::changeTier(incident, to, reason, linked, m_clock.nowMs());
    Incident saved = save(incident, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return saved;
}

Incident IncidentService::addNote(const QString& incidentId, const QString& text, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    Incident saved = save(incident, actor, {IncidentRules::note(text, m_clock.nowMs())});
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return saved;
}

Incident IncidentService::setDetectionTime(const QString& incidentId, qint64 detectedAt, const QString& reason,
                                           const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    Incident saved =
        save(incident, actor, {IncidentRules::setDetectionTime(incident, detectedAt, reason, m_clock.nowMs())});
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return saved;
}

Incident IncidentService::linkAsset(const QString& incidentId, const QString& assetId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    AssetRepository assets(m_db);
    const auto asset = assets.find(assetId);
    if (!asset) {
        throw Error(Error::Kind::BadInput, tr("Assets: no asset %1 in the inventory.").arg(assetId));
    }
    auto linked = assets.ofIncident(incident.id);
    for (const auto& a : linked) {
        if (a.id == assetId) {
            throw Error(Error::Kind::Refused, tr("%1 is already linked to %2.").arg(a.name, incident.reference));
        }
    }
    const qint64 now = m_clock.nowMs();
    assets.link(incident.id, assetId, now);
    linked.append(*asset);
    QList<core::TimelineDraft> drafts{IncidentRules::linkAsset(*asset, now)};
    if (auto routing = IncidentRules::routeForAssets(incident, linked, now)) {
        drafts.append(*routing);
    }
    incident.priority = IncidentRules::priority(incident.severity, linked);
    Incident saved = applyPlaybooks(save(incident, actor, drafts), actor);
    tx.commit();
    m_db.notifyChanged(kWithAssets);
    return saved;
}

Incident IncidentService::unlinkAsset(const QString& incidentId, const QString& assetId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    AssetRepository assets(m_db);
    auto linked = assets.ofIncident(incident.id);
    const auto it = std::find_if(linked.begin(), linked.end(), [&](const core::Asset& a) { return a.id == assetId; });
    if (it == linked.end()) {
        throw Error(Error::Kind::BadInput,
                    tr("Assets: asset %1 is not linked to %2.").arg(assetId, incident.reference));
    }
    const core::Asset asset = *it;
    linked.erase(it);
    assets.unlink(incident.id, assetId);
    incident.priority = IncidentRules::priority(incident.severity, linked);
    Incident saved = applyPlaybooks(save(incident, actor, {IncidentRules::unlinkAsset(asset, m_clock.nowMs())}), actor);
    tx.commit();
    m_db.notifyChanged(kWithAssets);
    return saved;
}

Incident IncidentService::updateDetails(const QString& incidentId, const Details& d, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Incident incident = get(incidentId);
    const qint64 now = m_clock.nowMs();
    QList<core::TimelineDraft> drafts;
    PeopleRepository people(m_db);
    const auto personName = [&](const QString& id) {
        if (id.isEmpty()) {
            return tr("nobody");
        }
        auto p = people.find(id);
        return p ? p->name : id;
    };

    if (d.title && d.title->trimmed() != incident.title) {
        IncidentRules::validateTitle(*d.title);
        drafts.append(IncidentRules::changeField(QStringLiteral("title"), tr("Title"), incident.title,
                                                 d.title->trimmed(),
                                                 tr("Title changed to \"%1\"").arg(d.title->trimmed()), now));
        incident.title = d.title->trimmed();
    }
    if (d.summary && *d.summary != incident.summary) {
        drafts.append(IncidentRules::changeField(QStringLiteral("summary"), tr("Summary"), incident.summary, *d.summary,
                                                 tr("Summary updated"), now));
        incident.summary = *d.summary;
    }
    if (d.severity && *d.severity != incident.severity) {
        drafts.append(IncidentRules::changeField(
            QStringLiteral("severity"), tr("Severity"), core::toInt(incident.severity), core::toInt(*d.severity),
            tr("Severity changed from %1 to %2")
                .arg(core::severities().label(incident.severity), core::severities().label(*d.severity)),
            now));
        incident.severity = *d.severity;
        const auto linked = AssetRepository(m_db).ofIncident(incident.id);
        incident.priority = IncidentRules::priority(incident.severity, linked);
        if (auto routing = IncidentRules::routeForAssets(incident, linked, now)) {
            drafts.append(*routing);
        }
    }
    if (d.category && *d.category != incident.category) {
        drafts.append(IncidentRules::changeField(
            QStringLiteral("category"), tr("Category"), core::categories().key(incident.category),
            core::categories().key(*d.category),
            tr("Category changed from %1 to %2")
                .arg(core::categories().label(incident.category), core::categories().label(*d.category)),
            now));
        incident.category = *d.category;
    }
    if (d.attackIds && *d.attackIds != incident.attackIds) {
        for (const QString& id : *d.attackIds) {
            if (!core::isValidAttackId(id)) {
                throw Error(
                    Error::Kind::BadInput,
                    tr("ATT&CK techniques: \"%1\" is not a technique id; use the form T1234 or T1234.001.").arg(id));
            }
        }
        drafts.append(IncidentRules::changeField(
            QStringLiteral("attack_ids"), tr("ATT&CK techniques"), QJsonArray::fromStringList(incident.attackIds),
            QJsonArray::fromStringList(*d.attackIds),
            tr("ATT&CK techniques set to %1")
                .arg(d.attackIds->isEmpty() ? tr("none") : d.attackIds->join(QStringLiteral(", "))),
            now));
        incident.attackIds = *d.attackIds;
    }
    if (d.commanderId && *d.commanderId != incident.commanderId) {
        checkPerson(*d.commanderId, tr("Commander"));
        drafts.append(IncidentRules::assign(tr("Commander"), *d.commanderId, personName(*d.commanderId), now));
        incident.commanderId = *d.commanderId;
    }
    if (d.assigneeIds && *d.assigneeIds != incident.assigneeIds) {
        QStringList names;
        for (const QString& p : *d.assigneeIds) {
            checkPerson(p, tr("Assignees"));
            names.append(personName(p));
        }
        drafts.append(IncidentRules::changeField(
            QStringLiteral("assignees"), tr("Assignees"), QJsonArray::fromStringList(incident.assigneeIds),
            QJsonArray::fromStringList(*d.assigneeIds),
            tr("Assignees: %1").arg(names.isEmpty() ? tr("nobody") : names.join(QStringLiteral(", "))), now));
        incident.assigneeIds = *d.assigneeIds;
    }
    if (d.confidential && *d.confidential != incident.confidential) {
        drafts.append(IncidentRules::changeField(
            QStringLiteral("confidential"), tr("Confidential"), incident.confidential, *d.confidential,
            *d.confidential ? tr("Marked confidential") : tr("Confidential marking removed"), now));
        incident.confidential = *d.confidential;
    }
    if (d.detectionDetail && *d.detectionDetail != incident.detectionDetail) {
        drafts.append(IncidentRules::changeField(
            QStringLiteral("detection_detail"), tr("Detection"), incident.detectionDetail, *d.detectionDetail,
            tr("Detection source detail set to \"%1\"").arg(*d.detectionDetail), now));
        incident.detectionDetail = *d.detectionDetail;
    }
    if (drafts.isEmpty()) {
        return incident;
    }
    // A new category or severity may bring playbooks in.
    Incident saved = applyPlaybooks(save(incident, actor, drafts), actor);
    tx.commit();
    m_db.notifyChanged(kWithTasks);
    return saved;
}

Incident IncidentService::appendToTimeline(const QString& incidentId, const QList<core::TimelineDraft>& drafts,
                                           const core::Actor& actor)
{
    return save(get(incidentId), actor, drafts);
}

core::TimelineChain::Verification IncidentService::verify(const QString& incidentId) const
{
    const Incident incident = get(incidentId);
    return core::TimelineChain::verify(TimelineRepository(m_db).entries(incident.id), incident.timelineHead);
}

} // namespace muster::storage
