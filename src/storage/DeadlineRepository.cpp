#include "storage/DeadlineRepository.h"

#include "storage/Database.h"
#include "storage/IncidentVisibility.h"
#include "storage/Sql.h"

namespace muster::storage {

namespace {

const QString kDeadlineColumns = QStringLiteral(
    "d.id, d.incident_id, d.rule_id, d.due_at, d.status, d.completed_at, d.reason, d.started_at, d.updated_at, "
    "i.reference, i.title");

core::Deadline readDeadline(const Query& q)
{
    core::Deadline d;
    d.id = q.value(0).toString();
    d.incidentId = q.value(1).toString();
    d.ruleId = q.value(2).toString();
    d.dueAt = q.value(3).toLongLong();
    d.status = core::deadlineStatuses().fromKey(q.value(4).toString()).value_or(core::DeadlineStatus::Pending);
    d.completedAt = optionalMs(q.value(5));
    d.reason = q.value(6).toString();
    d.startedAt = q.value(7).toLongLong();
    d.updatedAt = q.value(8).toLongLong();
    d.incidentReference = q.value(9).toString();
    d.incidentTitle = q.value(10).toString();
    return d;
}

core::ClockEventRecord readEvent(const Query& q)
{
    core::ClockEventRecord e;
    e.id = q.value(0).toString();
    e.incidentId = q.value(1).toString();
    e.event = core::clockEvents().fromKey(q.value(2).toString()).value_or(core::ClockEvent::BecameAware);
    e.occurredAt = q.value(3).toLongLong();
    e.recordedAt = q.value(4).toLongLong();
    e.personId = q.value(5).toString();
    e.personName = q.value(6).toString();
    e.note = q.value(7).toString();
    return e;
}

const QString kEventColumns =
    QStringLiteral("id, incident_id, event, occurred_at, recorded_at, person_id, person_name, note");

} // namespace

DeadlineRepository::DeadlineRepository(const Database& db)
    : m_db(db)
{}

QList<core::ClockEventRecord> DeadlineRepository::events(const QString& incidentId) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM clock_events WHERE incident_id = :incident ORDER BY occurred_at")
                .arg(kEventColumns));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QList<core::ClockEventRecord> out;
    while (q.next()) {
        out.append(readEvent(q));
    }
    return out;
}

std::optional<core::ClockEventRecord> DeadlineRepository::event(const QString& incidentId, core::ClockEvent event) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM clock_events WHERE incident_id = :incident AND event = :event")
                .arg(kEventColumns));
    q.bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":event"), core::clockEvents().key(event))
        .exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return readEvent(q);
}

void DeadlineRepository::saveEvent(const core::ClockEventRecord& e)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO clock_events (id, incident_id, event, occurred_at, recorded_at, person_id, "
                           "person_name, note, updated_at) VALUES (:id, :incident, :event, :occurred, :recorded, "
                           ":person_id, :person, :note, :recorded) ON CONFLICT (incident_id, event) DO UPDATE SET "
                           "occurred_at = excluded.occurred_at, recorded_at = excluded.recorded_at, "
                           "person_id = excluded.person_id, person_name = excluded.person_name, note = excluded.note, "
                           "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":incident"), e.incidentId)
        .bind(QStringLiteral(":event"), core::clockEvents().key(e.event))
        .bind(QStringLiteral(":occurred"), e.occurredAt)
        .bind(QStringLiteral(":recorded"), e.recordedAt)
        .bind(QStringLiteral(":person_id"), e.personId)
        .bind(QStringLiteral(":person"), e.personName)
        .bind(QStringLiteral(":note"), e.note)
        .exec();
}

QList<core::Deadline> DeadlineRepository::ofIncident(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM deadlines d JOIN incidents i ON i.id = d.incident_id "
                                              "WHERE d.incident_id = :incident ORDER BY d.due_at")
                                   .arg(kDeadlineColumns));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QList<core::Deadline> out;
    while (q.next()) {
        out.append(readDeadline(q));
    }
    return out;
}

std::optional<core::Deadline> DeadlineRepository::find(const QString& id) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM deadlines d JOIN incidents i ON i.id = d.incident_id WHERE d.id = :id")
                .arg(kDeadlineColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return readDeadline(q);
}

void DeadlineRepository::insert(const core::Deadline& d)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO deadlines (id, incident_id, rule_id, due_at, status, completed_at, reason, "
                           "started_at, updated_at) VALUES (:id, :incident, :rule, :due, :status, :completed, "
                           ":reason, :started, :updated)"));
    q.bind(QStringLiteral(":id"), d.id)
        .bind(QStringLiteral(":incident"), d.incidentId)
        .bind(QStringLiteral(":rule"), d.ruleId)
        .bind(QStringLiteral(":due"), d.dueAt)
        .bind(QStringLiteral(":status"), core::deadlineStatuses().key(d.status))
        .bindOptional(QStringLiteral(":completed"), d.completedAt)
        .bind(QStringLiteral(":reason"), d.reason)
        .bind(QStringLiteral(":started"), d.startedAt)
        .bind(QStringLiteral(":updated"), d.updatedAt)
        .exec();
}

void DeadlineRepository::update(const core::Deadline& d)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE deadlines SET due_at = :due, status = :status, completed_at = :completed, "
                           "reason = :reason, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":due"), d.dueAt)
        .bind(QStringLiteral(":status"), core::deadlineStatuses().key(d.status))
        .bindOptional(QStringLiteral(":completed"), d.completedAt)
        .bind(QStringLiteral(":reason"), d.reason)
        .bind(QStringLiteral(":updated"), d.updatedAt)
        .bind(QStringLiteral(":id"), d.id)
        .exec();
}

QList<core::Deadline> DeadlineRepository::list(const core::Actor& viewer, const Filter& filter) const
{
    const SqlCondition visible = IncidentVisibility::condition(m_db, viewer, QStringLiteral("i"));
    QString sql = QStringLiteral("SELECT %1 FROM deadlines d JOIN incidents i ON i.id = d.incident_id WHERE %2")
                      .arg(kDeadlineColumns, visible.sql);
    if (!filter.incidentId.isEmpty()) {
        sql += QStringLiteral(" AND d.incident_id = :incident");
    }
    if (filter.pendingOnly) {
        sql += QStringLiteral(" AND d.status = 'pending'");
    }
    if (filter.dueFrom) {
        sql += QStringLiteral(" AND d.due_at >= :from");
    }
    if (filter.dueBefore) {
        sql += QStringLiteral(" AND d.due_at < :before");
    }
    if (filter.realIncidentsOnly) {
        sql += QStringLiteral(" AND i.exercise = 0");
    }
    sql += QStringLiteral(" ORDER BY d.due_at, i.reference");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT :limit");
    }
    Query q(m_db.connection(), sql);
    visible.bindTo(q);
    if (!filter.incidentId.isEmpty()) {
        q.bind(QStringLiteral(":incident"), filter.incidentId);
    }
    if (filter.dueFrom) {
        q.bind(QStringLiteral(":from"), *filter.dueFrom);
    }
    if (filter.dueBefore) {
        q.bind(QStringLiteral(":before"), *filter.dueBefore);
    }
    if (filter.limit >= 0) {
        q.bind(QStringLiteral(":limit"), filter.limit);
    }
    q.exec();
    QList<core::Deadline> out;
    while (q.next()) {
        out.append(readDeadline(q));
    }
    return out;
}

} // namespace muster::storage
