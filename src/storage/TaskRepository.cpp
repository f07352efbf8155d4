#include "storage/TaskRepository.h"

#include "core/Ids.h"
#include "core/TaskRules.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/IncidentVisibility.h"
#include "storage/Sql.h"

namespace muster::storage {

using core::Task;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.incident_id, t.task_key, t.playbook_id, t.workstream, t.title, t.description, t.owner_role, "
    "t.owner_id, t.due_event, t.due_offset_minutes, t.due_at, t.status, t.status_reason, t.depends_on, "
    "t.approvals_required, t.hr_action, t.sort_order, t.created_at, t.updated_at, t.completed_at, "
    "i.reference, i.title, COALESCE(op.name, rp.name, ''), "
    "(SELECT count(*) FROM task_comments c WHERE c.task_id = t.id) "
    "FROM tasks t JOIN incidents i ON i.id = t.incident_id "
    "LEFT JOIN people op ON op.id = t.owner_id "
    "LEFT JOIN incident_roles r ON r.incident_id = t.incident_id AND r.role = t.owner_role "
    " AND r.handed_over_at IS NULL "
    // The commander named on the incident holds the role until a term is recorded.
    "LEFT JOIN people rp ON rp.id = COALESCE(r.person_id, "
    " CASE WHEN t.owner_role = 'commander' THEN i.commander_id END) ");

QStringList split(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Task read(const Query& q)
{
    Task t;
    t.id = q.value(0).toString();
    t.incidentId = q.value(1).toString();
    t.key = q.value(2).toString();
    t.playbookId = q.value(3).toString();
    t.workstream = core::workstreams().fromKey(q.value(4).toString()).value_or(core::Workstream::Security);
    t.title = q.value(5).toString();
    t.description = q.value(6).toString();
    t.ownerRole = core::incidentRoles().fromKey(q.value(7).toString());
    t.ownerId = q.value(8).toString();
    t.dueEvent = q.value(9).toString();
    t.dueOffsetMinutes = q.value(10).toInt();
    t.dueAt = optionalMs(q.value(11));
    t.status = core::taskStatuses().fromKey(q.value(12).toString()).value_or(core::TaskStatus::Open);
    t.statusReason = q.value(13).toString();
    t.dependsOn = split(q.value(14).toString());
    for (const QString& k : split(q.value(15).toString())) {
        if (auto r = core::approvalRoles().fromKey(k)) {
            t.approvalsRequired.append(*r);
        }
    }
    t.hrAction = q.value(16).toBool();
    t.sortOrder = q.value(17).toInt();
    t.createdAt = q.value(18).toLongLong();
    t.updatedAt = q.value(19).toLongLong();
    t.completedAt = optionalMs(q.value(20));
    t.incidentReference = q.value(21).toString();
    t.incidentTitle = q.value(22).toString();
    t.ownerName = q.value(23).toString();
    t.commentCount = q.value(24).toInt();
    return t;
}

QString approvalKeys(const Task& t)
{
    QStringList keys;
    for (const auto r : t.approvalsRequired) {
        keys.append(core::approvalRoles().key(r));
    }
    return keys.join(QLatin1Char(','));
}

} // namespace

TaskRepository::TaskRepository(const Database& db)
    : m_db(db)
{}

QList<Task> TaskRepository::select(const QString& where, const QVariantMap& bindings) const
{
    Query q(m_db.connection(), kSelect + where);
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        q.bind(it.key(), it.value());
    }
    q.exec();
    QList<Task> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

QList<Task> TaskRepository::ofIncident(const QString& incidentId) const
{
    return select(QStringLiteral("WHERE t.incident_id = :incident ORDER BY t.sort_order, t.created_at"),
                  {{QStringLiteral(":incident"), incidentId}});
}

std::optional<Task> TaskRepository::find(const QString& id) const
{
    const auto list = select(QStringLiteral("WHERE t.id = :id"), {{QStringLiteral(":id"), id}});
    return list.isEmpty() ? std::nullopt : std::optional<Task>(list.first());
}

std::optional<Task> TaskRepository::findByKey(const QString& incidentId, const QString& key) const
{
    const auto list = select(QStringLiteral("WHERE t.incident_id = :incident AND t.task_key = :key"),
                             {{QStringLiteral(":incident"), incidentId}, {QStringLiteral(":key"), key}});
    return list.isEmpty() ? std::nullopt : std::optional<Task>(list.first());
}

QList<Task> TaskRepository::ownedBy(const core::Actor& person, bool includeFinished) const
{
    if (person.personId.isEmpty()) {
        return {};
    }
    const SqlCondition visible = IncidentVisibility::condition(m_db, person, QStringLiteral("i"));
    QVariantMap bindings = visible.bindings;
    bindings.insert(QStringLiteral(":me"), person.personId);
    QString where =
        QStringLiteral("WHERE (t.owner_id = :me OR (t.owner_id IS NULL AND rp.id = :me)) AND %1").arg(visible.sql);
    if (!includeFinished) {
        where += QStringLiteral(" AND t.status NOT IN ('done', 'not_applicable')");
    }
    where += QStringLiteral(" ORDER BY t.status IN ('done', 'not_applicable'), t.due_at IS NULL, t.due_at, "
                            "i.reference, t.sort_order");
    return select(where, bindings);
}

QStringList TaskRepository::keys(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT task_key FROM tasks WHERE incident_id = :incident"));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

int TaskRepository::nextSortOrder(const QString& incidentId) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM tasks WHERE incident_id = :incident"));
    q.bind(QStringLiteral(":incident"), incidentId);
    return q.scalar().toInt();
}

void TaskRepository::insert(const Task& t)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO tasks (id, incident_id, task_key, playbook_id, workstream, title, description, "
                           "owner_role, owner_id, due_event, due_offset_minutes, due_at, status, status_reason, "
                           "depends_on, approvals_required, hr_action, sort_order, created_at, completed_at, "
                           "updated_at) VALUES (:id, :incident, :key, :playbook, :workstream, :title, :description, "
                           ":owner_role, :owner, :due_event, :offset, :due, :status, :reason, :depends, :approvals, "
                           ":hr, :sort, :created, :completed, :updated)"));
    q.bind(QStringLiteral(":id"), t.id)
        .bind(QStringLiteral(":incident"), t.incidentId)
        .bind(QStringLiteral(":key"), t.key)
        .bind(QStringLiteral(":playbook"), t.playbookId)
        .bind(QStringLiteral(":workstream"), core::workstreams().key(t.workstream))
        .bind(QStringLiteral(":title"), t.title)
        .bind(QStringLiteral(":description"), t.description)
        .bind(QStringLiteral(":owner_role"), t.ownerRole ? core::incidentRoles().key(*t.ownerRole) : QString())
        .bind(QStringLiteral(":owner"), nullIfEmpty(t.ownerId))
        .bind(QStringLiteral(":due_event"), t.dueEvent)
        .bind(QStringLiteral(":offset"), t.dueOffsetMinutes)
        .bindOptional(QStringLiteral(":due"), t.dueAt)
        .bind(QStringLiteral(":status"), core::taskStatuses().key(t.status))
        .bind(QStringLiteral(":reason"), t.statusReason)
        .bind(QStringLiteral(":depends"), t.dependsOn.join(QLatin1Char(',')))
        .bind(QStringLiteral(":approvals"), approvalKeys(t))
        .bind(QStringLiteral(":hr"), t.hrAction ? 1 : 0)
        .bind(QStringLiteral(":sort"), t.sortOrder)
        .bind(QStringLiteral(":created"), t.createdAt)
        .bindOptional(QStringLiteral(":completed"), t.completedAt)
        .bind(QStringLiteral(":updated"), t.updatedAt)
        .exec();
}

void TaskRepository::update(const Task& t)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE tasks SET owner_id = :owner, due_at = :due, status = :status, "
                           "status_reason = :reason, completed_at = :completed, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":owner"), nullIfEmpty(t.ownerId))
        .bindOptional(QStringLiteral(":due"), t.dueAt)
        .bind(QStringLiteral(":status"), core::taskStatuses().key(t.status))
        .bind(QStringLiteral(":reason"), t.statusReason)
        .bindOptional(QStringLiteral(":completed"), t.completedAt)
        .bind(QStringLiteral(":updated"), t.updatedAt)
        .bind(QStringLiteral(":id"), t.id)
        .exec();
}

void TaskRepository::refreshDueTimes(const core::Incident& incident, qint64 now)
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, due_event, due_offset_minutes, due_at, created_at FROM tasks "
                                              "WHERE incident_id = :incident AND due_event NOT IN ('', 'added') "
                                              "AND status NOT IN ('done', 'not_applicable')"));
    q.bind(QStringLiteral(":incident"), incident.id).exec();
    QList<Task> tasks;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toString();
        t.dueEvent = q.value(1).toString();
        t.dueOffsetMinutes = q.value(2).toInt();
        t.dueAt = optionalMs(q.value(3));
        t.createdAt = q.value(4).toLongLong();
        tasks.append(t);
    }
    if (tasks.isEmpty()) {
        return;
    }
    const auto milestones = core::TaskRules::milestones(incident, DeadlineRepository(m_db).events(incident.id));
    Query set(m_db.connection(), QStringLiteral("UPDATE tasks SET due_at = :due, updated_at = :now WHERE id = :id"));
    for (const Task& t : tasks) {
        const auto due = core::TaskRules::dueAt(t, milestones);
        if (due != t.dueAt) {
            set.bindOptional(QStringLiteral(":due"), due)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":id"), t.id)
                .exec();
        }
    }
}

QList<core::TaskComment> TaskRepository::comments(const QString& taskId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, task_id, author_id, author_name, text, created_at "
                                              "FROM task_comments WHERE task_id = :task ORDER BY created_at, rowid"));
    q.bind(QStringLiteral(":task"), taskId).exec();
    QList<core::TaskComment> out;
    while (q.next()) {
        out.append(core::TaskComment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    }
    return out;
}

void TaskRepository::insertComment(const core::TaskComment& c)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO task_comments (id, task_id, author_id, author_name, text, "
                                              "created_at, updated_at) VALUES (:id, :task, :author_id, :author, "
                                              ":text, :created, :created)"));
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":task"), c.taskId)
        .bind(QStringLiteral(":author_id"), c.authorId)
        .bind(QStringLiteral(":author"), c.authorName)
        .bind(QStringLiteral(":text"), c.text)
        .bind(QStringLiteral(":created"), c.createdAt)
        .exec();
}

QHash<QString, int> TaskRepository::appliedPlaybooks(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT playbook_id, playbook_version FROM incident_playbooks "
                                              "WHERE incident_id = :incident"));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QHash<QString, int> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

void TaskRepository::recordPlaybook(const QString& incidentId, const QString& playbookId, int version, qint64 now)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO incident_playbooks (id, incident_id, playbook_id, playbook_version, applied_at, "
                       "updated_at) VALUES (:id, :incident, :playbook, :version, :now, :now) "
                       "ON CONFLICT (incident_id, playbook_id) DO UPDATE SET "
                       "playbook_version = excluded.playbook_version, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":playbook"), playbookId)
        .bind(QStringLiteral(":version"), version)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

} // namespace muster::storage
