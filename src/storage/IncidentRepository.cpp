#include "storage/IncidentRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

using core::Incident;

namespace {

const QStringList kColumnNames{
    QStringLiteral("id"),
    QStringLiteral("reference"),
    QStringLiteral("title"),
    QStringLiteral("summary"),
    QStringLiteral("category"),
    QStringLiteral("severity"),
    QStringLiteral("status"),
    QStringLiteral("tier"),
    QStringLiteral("priority"),
    QStringLiteral("detection_source"),
    QStringLiteral("detection_detail"),
    QStringLiteral("attack_ids"),
    QStringLiteral("commander_id"),
    QStringLiteral("exercise"),
    QStringLiteral("confidential"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
    QStringLiteral("detected_at"),
    QStringLiteral("acknowledged_at"),
    QStringLiteral("contained_at"),
    QStringLiteral("remediated_at"),
    QStringLiteral("closed_at"),
    QStringLiteral("timeline_head"),
};
const QString kColumns = kColumnNames.join(QStringLiteral(", "));

} // namespace

QString IncidentRepository::columns(const QString& alias)
{
    if (alias.isEmpty()) {
        return kColumns;
    }
    QStringList prefixed;
    for (const QString& c : kColumnNames) {
        prefixed.append(alias + QLatin1Char('.') + c);
    }
    return prefixed.join(QStringLiteral(", "));
}

Incident IncidentRepository::read(const Query& q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.reference = q.value(1).toString();
    i.title = q.value(2).toString();
    i.summary = q.value(3).toString();
    i.category = core::categories().fromKey(q.value(4).toString()).value_or(core::Category::Other);
    i.severity = core::severityFromInt(q.value(5).toInt()).value_or(core::Severity::Sev3);
    i.status = core::statuses().fromKey(q.value(6).toString()).value_or(core::Status::New);
    i.tier = core::tierFromInt(q.value(7).toInt()).value_or(core::Tier::Tier1);
    i.priority = q.value(8).toInt();
    i.detectionSource = core::detectionSources().fromKey(q.value(9).toString()).value_or(core::DetectionSource::Tool);
    i.detectionDetail = q.value(10).toString();
    i.attackIds = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    i.commanderId = q.value(12).toString();
    i.exercise = q.value(13).toBool();
    i.confidential = q.value(14).toBool();
    i.createdAt = q.value(15).toLongLong();
    i.updatedAt = q.value(16).toLongLong();
    i.detectedAt = q.value(17).toLongLong();
    i.acknowledgedAt = optionalMs(q.value(18));
    i.containedAt = optionalMs(q.value(19));
    i.remediatedAt = optionalMs(q.value(20));
    i.closedAt = optionalMs(q.value(21));
    i.timelineHead = q.value(22).toString();
    return i;
}

namespace {

void bindAll(Query& q, const Incident& i)
{
    q.bind(QStringLiteral(":id"), i.id)
        .bind(QStringLiteral(":reference"), i.reference)
        .bind(QStringLiteral(":title"), i.title.trimmed())
        .bind(QStringLiteral(":summary"), i.summary)
        .bind(QStringLiteral(":category"), core::categories().key(i.category))
        .bind(QStringLiteral(":severity"), core::toInt(i.severity))
        .bind(QStringLiteral(":status"), core::statuses().key(i.status))
        .bind(QStringLiteral(":tier"), core::toInt(i.tier))
        .bind(QStringLiteral(":priority"), i.priority)
        .bind(QStringLiteral(":source"), core::detectionSources().key(i.detectionSource))
        .bind(QStringLiteral(":detail"), i.detectionDetail)
        .bind(QStringLiteral(":attack"), i.attackIds.join(QLatin1Char(',')))
        .bind(QStringLiteral(":commander"), nullIfEmpty(i.commanderId))
        .bind(QStringLiteral(":exercise"), i.exercise ? 1 : 0)
        .bind(QStringLiteral(":confidential"), i.confidential ? 1 : 0)
        .bind(QStringLiteral(":created"), i.createdAt)
        .bind(QStringLiteral(":updated"), i.updatedAt)
        .bind(QStringLiteral(":detected"), i.detectedAt)
        .bindOptional(QStringLiteral(":acknowledged"), i.acknowledgedAt)
        .bindOptional(QStringLiteral(":contained"), i.containedAt)
        .bindOptional(QStringLiteral(":remediated"), i.remediatedAt)
        .bindOptional(QStringLiteral(":closed"), i.closedAt)
        .bind(QStringLiteral(":head"), i.timelineHead);
}

std::optional<Incident> readOne(Query& q)
{
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return IncidentRepository::read(q);
}

} // namespace

IncidentRepository::IncidentRepository(const Database& db)
    : m_db(db)
{}

IncidentRepository::~IncidentRepository() = default;

std::optional<Incident> IncidentRepository::find(const QString& id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM incidents WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    auto incident = readOne(q);
    if (incident) {
        Query a(m_db.connection(), QStringLiteral("SELECT person_id FROM incident_assignees WHERE incident_id = :id "
                                                  "ORDER BY rowid"));
        a.bind(QStringLiteral(":id"), id).exec();
        while (a.next()) {
            incident->assigneeIds.append(a.value(0).toString());
        }
    }
    return incident;
}

std::optional<Incident> IncidentRepository::findByReference(const QString& reference) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM incidents WHERE reference = :r COLLATE NOCASE"));
    q.bind(QStringLiteral(":r"), reference.trimmed());
    const QVariant id = q.scalar();
    if (id.isNull()) {
        return std::nullopt;
    }
    return find(id.toString());
}

std::optional<Incident> IncidentRepository::findByIdOrReference(const QString& key) const
{
    if (auto byId = find(key.trimmed())) {
        return byId;
    }
    return findByReference(key);
}

int IncidentRepository::count() const
{
    return Query(m_db.connection(), QStringLiteral("SELECT count(*) FROM incidents")).scalar().toInt();
}

bool IncidentRepository::isEmpty() const
{
    return !Query(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents)")).scalar().toBool();
}

int IncidentRepository::nextNumber(int year) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(CAST(substr(reference, 10) AS INTEGER)), 0) FROM incidents "
                           "WHERE reference LIKE :prefix"));
    q.bind(QStringLiteral(":prefix"), QStringLiteral("INC-%1-%").arg(year));
    return q.scalar().toInt() + 1;
}

void IncidentRepository::insert(const Incident& incident)
{
    if (!m_insert) {
        m_insert = std::make_unique<Query>(
            m_db.connection(),
            QStringLiteral("INSERT INTO incidents (%1) VALUES (:id, :reference, :title, :summary, :category, "
                           ":severity, :status, :tier, :priority, :source, :detail, :attack, :commander, :exercise, "
                           ":confidential, :created, :updated, :detected, :acknowledged, :contained, :remediated, "
                           ":closed, :head)")
                .arg(kColumns));
    }
    bindAll(*m_insert, incident);
    m_insert->exec();
    writeAssignees(incident);
}

void IncidentRepository::update(const Incident& incident)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE incidents SET reference = :reference, title = :title, summary = :summary, "
                           "category = :category, severity = :severity, status = :status, tier = :tier, "
                           "priority = :priority, detection_source = :source, detection_detail = :detail, "
                           "attack_ids = :attack, commander_id = :commander, exercise = :exercise, "
                           "confidential = :confidential, created_at = :created, updated_at = :updated, "
                           "detected_at = :detected, acknowledged_at = :acknowledged, contained_at = :contained, "
                           "remediated_at = :remediated, closed_at = :closed, timeline_head = :head WHERE id = :id"));
    bindAll(q, incident);
    q.exec();
    Query clear(m_db.connection(), QStringLiteral("DELETE FROM incident_assignees WHERE incident_id = :id AND "
                                                  "person_id NOT IN (SELECT value FROM json_each(:keep))"));
    clear.bind(QStringLiteral(":id"), incident.id).bind(QStringLiteral(":keep"), jsonList(incident.assigneeIds)).exec();
    writeAssignees(incident);
}

void IncidentRepository::writeAssignees(const Incident& incident)
{
    if (incident.assigneeIds.isEmpty()) {
        return;
    }
    if (!m_insertAssignee) {
        m_insertAssignee = std::make_unique<Query>(
            m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO incident_assignees (id, incident_id, person_id) "
                                              "VALUES (:id, :incident, :person)"));
    }
    for (const QString& person : incident.assigneeIds) {
        m_insertAssignee->bind(QStringLiteral(":id"), core::newId())
            .bind(QStringLiteral(":incident"), incident.id)
            .bind(QStringLiteral(":person"), person)
            .exec();
    }
}

} // namespace muster::storage
