#include "storage/HuntService.h"

#include "core/Error.h"
#include "core/HuntRules.h"
#include "core/Ids.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"
#include "storage/DetectionRepository.h"
#include "storage/HuntRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/IntelRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QDateTime>

namespace muster::storage {

using core::Error;
using core::Hunt;
using core::HuntRules;

namespace {
const QStringList kChanged{QStringLiteral("hunts"), QStringLiteral("hunt_findings")};
}

HuntService::HuntService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Hunt HuntService::get(const QString& idOrReference) const
{
    auto hunt = HuntRepository(m_db).find(idOrReference);
    if (!hunt) {
        throw Error(Error::Kind::NotFound, tr("No hunt %1.").arg(idOrReference));
    }
    return *hunt;
}

QList<Hunt> HuntService::all() const
{
    return HuntRepository(m_db).all();
}

void HuntService::checkOwner(const QString& ownerId) const
{
    if (!ownerId.isEmpty() && !PeopleRepository(m_db).find(ownerId)) {
        throw Error(Error::Kind::BadInput, tr("Owner: no person %1 in the directory.").arg(ownerId));
    }
}

HuntService::Saved HuntService::create(Hunt hunt, const core::Actor& actor)
{
    Q_UNUSED(actor)
    Saved saved;
    saved.warnings = HuntRules::validate(hunt, AttackCatalogRepository(m_db).active());
    checkOwner(hunt.ownerId);
    const auto intel = IntelRepository(m_db).byIds(hunt.intelIds);
    if (intel.size() != hunt.intelIds.size()) {
        throw Error(Error::Kind::BadInput, tr("Intel: some of the linked intel items do not exist."));
    }
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db.connection());
    HuntRepository repo(m_db);
    hunt.id = core::newId();
    hunt.status = core::HuntStatus::Proposed;
    hunt.outcome = core::HuntOutcome::None;
    hunt.createdAt = now;
    hunt.updatedAt = now;
    hunt.findings.clear();
    const int year = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().year();
    hunt.reference = core::formatHuntReference(year, repo.nextNumber(year));
    repo.insert(hunt);
    tx.commit();
    m_db.notifyChanged(kChanged);
    saved.hunt = hunt;
    return saved;
}

HuntService::Saved HuntService::update(const Hunt& edited, const core::Actor& actor)
{
    Q_UNUSED(actor)
    WriteTransaction tx(m_db.connection());
    Hunt hunt = get(edited.id);
    hunt.title = edited.title;
    hunt.hypothesis = edited.hypothesis;
    hunt.attackIds = edited.attackIds;
    hunt.intelIds = edited.intelIds;
    hunt.dataSources = edited.dataSources;
    hunt.queries = edited.queries;
    hunt.timeboxStart = edited.timeboxStart;
    hunt.timeboxEnd = edited.timeboxEnd;
    hunt.ownerId = edited.ownerId;
    Saved saved;
    saved.warnings = HuntRules::validate(hunt, AttackCatalogRepository(m_db).active());
    checkOwner(hunt.ownerId);
    hunt.updatedAt = m_clock.nowMs();
    HuntRepository(m_db).update(hunt);
    tx.commit();
    m_db.notifyChanged(kChanged);
    saved.hunt = hunt;
    return saved;
}

Hunt HuntService::start(const QString& huntId, const core::Actor& actor)
{
    Q_UNUSED(actor)
    WriteTransaction tx(m_db.connection());
    Hunt hunt = get(huntId);
    HuntRules::start(hunt, m_clock.nowMs());
    HuntRepository(m_db).update(hunt);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return hunt;
}

Hunt HuntService::conclude(const QString& huntId, core::HuntOutcome outcome, const QString& note,
                           const QString& incident, const QString& detectionName, const core::Actor& actor)
{
    Q_UNUSED(actor)
    WriteTransaction tx(m_db.connection());
    Hunt hunt = get(huntId);
    QString incidentId;
    if (outcome == core::HuntOutcome::IncidentOpened && !incident.trimmed().isEmpty()) {
        const auto found = IncidentRepository(m_db).findByIdOrReference(incident.trimmed());
        if (!found) {
            throw Error(Error::Kind::BadInput, tr("Incident: no incident %1.").arg(incident.trimmed()));
        }
        incidentId = found->id;
    }
    const qint64 now = m_clock.nowMs();
    HuntRules::conclude(hunt, outcome, note, incidentId, detectionName, now);
    HuntRepository(m_db).update(hunt);
    QStringList tables = kChanged;
    if (outcome == core::HuntOutcome::DetectionCreated && !hunt.attackIds.isEmpty()) {
        DetectionRepository::Detection d;
        d.name = hunt.detectionName;
        d.attackIds = hunt.attackIds;
        d.source = tr("Hunt %1").arg(hunt.reference);
        d.huntId = hunt.id;
        DetectionRepository(m_db).add(d, now);
        tables.append(QStringLiteral("detections"));
    }
    tx.commit();
    m_db.notifyChanged(tables);
    return hunt;
}

Hunt HuntService::reopen(const QString& huntId, const core::Actor& actor)
{
    Q_UNUSED(actor)
    WriteTransaction tx(m_db.connection());
    Hunt hunt = get(huntId);
    HuntRules::reopen(hunt, m_clock.nowMs());
    HuntRepository(m_db).update(hunt);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return hunt;
}

Hunt HuntService::addFinding(const QString& huntId, const QString& text, const QString& evidence,
                             const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Hunt hunt = get(huntId);
    const qint64 now = m_clock.nowMs();
    const core::HuntFinding finding = HuntRules::finding(hunt, text, evidence, actor.name, now);
    HuntRepository repo(m_db);
    repo.insertFinding(hunt.id, finding);
    hunt.findings.append(finding);
    hunt.updatedAt = now;
    repo.update(hunt);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return hunt;
}

void HuntService::remove(const QString& huntId)
{
    WriteTransaction tx(m_db.connection());
    HuntRepository(m_db).remove(get(huntId).id);
    tx.commit();
    m_db.notifyChanged(kChanged);
}

} // namespace muster::storage
