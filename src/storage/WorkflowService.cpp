#include "storage/WorkflowService.h"

#include "core/ApprovalRules.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/RoleRules.h"
#include "core/TaskRules.h"
#include "storage/ApprovalRepository.h"
#include "storage/Database.h"
#include "storage/IncidentAttributesRepository.h"
#include "storage/IncidentWriter.h"
#include "storage/PeopleRepository.h"
#include "storage/PlaybookApplier.h"
#include "storage/RoleRepository.h"
#include "storage/Sql.h"
#include "storage/TaskRepository.h"

namespace muster::storage {

using core::Error;
using core::Incident;

namespace {
const QStringList kRoleTables{QStringLiteral("incident_roles"), QStringLiteral("incident_access"),
                              QStringLiteral("incidents"), QStringLiteral("timeline_entries"), QStringLiteral("tasks")};
const QStringList kTaskTables{QStringLiteral("tasks"), QStringLiteral("task_comments"), QStringLiteral("approvals"),
                              QStringLiteral("incidents"), QStringLiteral("timeline_entries")};
const QStringList kAttributeTables{
    QStringLiteral("incident_attributes"), QStringLiteral("incident_playbooks"), QStringLiteral("tasks"),
    QStringLiteral("incident_access"),     QStringLiteral("incidents"),          QStringLiteral("timeline_entries")};
} // namespace

WorkflowService::WorkflowService(Database& db, const core::Clock& clock, const core::PlaybookLibrary& library)
    : m_db(db)
    , m_clock(clock)
    , m_library(library)
{}

QList<core::RoleAssignment> WorkflowService::roles(const QString& incident) const
{
    const Incident i = IncidentWriter(m_db, m_clock).load(incident);
    auto current = RoleRepository(m_db).current(i.id);
    const bool commanderRecorded = std::any_of(current.begin(), current.end(),
                                               [](const auto& a) { return a.role == core::IncidentRole::Commander; });
    if (!commanderRecorded && !i.commanderId.isEmpty()) {
        core::RoleAssignment a;
        a.incidentId = i.id;
        a.role = core::IncidentRole::Commander;
        a.personId = i.commanderId;
        const auto p = PeopleRepository(m_db).find(i.commanderId);
        a.personName = p ? p->name : i.commanderId;
        a.assumedAt = i.createdAt;
        current.prepend(a);
    }
    std::sort(current.begin(), current.end(), [](const auto& a, const auto& b) { return a.role < b.role; });
    return current;
}

QList<core::RoleAssignment> WorkflowService::roleHistory(const QString& incident) const
{
    return RoleRepository(m_db).history(IncidentWriter(m_db, m_clock).load(incident).id);
}

core::RoleAssignment WorkflowService::assignRole(const QString& incident, core::IncidentRole role,
                                                 const QString& personId, const core::Actor& actor,
                                                 std::optional<qint64> at)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    const auto person = PeopleRepository(m_db).find(personId);
    if (!person) {
        throw Error(Error::Kind::BadInput,
                    tr("%1: no person %2 in the directory.").arg(core::incidentRoles().label(role), personId));
    }
    const qint64 now = m_clock.nowMs();
    const qint64 when = at.value_or(now);
    std::optional<core::RoleAssignment> current;
    for (const auto& a : roles(i.id)) {
        if (a.role == role) {
            current = a;
        }
    }
    QList<core::TimelineDraft> drafts{core::RoleRules::assign(role, person->id, person->name, current, when, now)};
    RoleRepository repo(m_db);
    if (current) {
        if (current->id.isEmpty()) {
            // The commander named on the incident: record the term that ends now.
            core::RoleAssignment previous = *current;
            previous.id = core::newId();
            previous.handedOverAt = when;
            repo.insert(previous, now);
        } else {
            repo.endTerm(current->id, when, now);
        }
    }
    core::RoleAssignment next;
    next.id = core::newId();
    next.incidentId = i.id;
    next.role = role;
    next.personId = person->id;
    next.personName = person->name;
    next.assumedAt = when;
    repo.insert(next, now);
    if (role == core::IncidentRole::Commander) {
        i.commanderId = person->id;
    }
    if (i.confidential && AccessListRepository(m_db).add(i.id, person->id, now)) {
        drafts.append(core::RoleRules::accessChanged(person->id, person->name, true, now));
    }
    writer.save(i, actor, drafts);
    tx.commit();
    m_db.notifyChanged(kRoleTables);
    return next;
}

void WorkflowService::releaseRole(const QString& incident, core::IncidentRole role, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    const qint64 now = m_clock.nowMs();
    const auto current = RoleRepository(m_db).current(i.id, role);
    if (!current) {
        throw Error(Error::Kind::Refused, tr("Nobody holds the role %1.").arg(core::incidentRoles().label(role)));
    }
    const auto draft = core::RoleRules::release(*current, now, now);
    RoleRepository(m_db).endTerm(current->id, now, now);
    if (role == core::IncidentRole::Commander) {
        i.commanderId.clear();
    }
    writer.save(i, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kRoleTables);
}

core::IncidentAttributes WorkflowService::attributes(const QString& incident) const
{
    return IncidentAttributesRepository(m_db).get(IncidentWriter(m_db, m_clock).load(incident).id);
}

core::IncidentAttributes WorkflowService::setAttributes(const QString& incident, core::IncidentAttributes attributes,
                                                        const core::Actor& actor)
{
    attributes.jurisdictions = core::IncidentAttributeRules::normaliseJurisdictions(attributes.jurisdictions);
    if (attributes.affectedIndividuals && *attributes.affectedIndividuals < 0) {
        throw Error(Error::Kind::BadInput, tr("Affected individuals: enter a number of people, 0 or more."));
    }
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    IncidentAttributesRepository repo(m_db);
    const auto before = repo.get(i.id);
    attributes.businessCriticalAsset = before.businessCriticalAsset;
    if (before == attributes) {
        return before;
    }
    const qint64 now = m_clock.nowMs();
    repo.save(i.id, attributes, now);
    QList<core::TimelineDraft> drafts{core::RoleRules::attributesChanged(before, attributes, now)};
    drafts += PlaybookApplier(m_db, m_library).apply(i, actor, now);
    writer.save(i, actor, drafts);
    tx.commit();
    m_db.notifyChanged(kAttributeTables);
    return attributes;
}

int WorkflowService::applyPlaybooks(const QString& incident, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    const int before = int(TaskRepository(m_db).keys(i.id).size());
    const auto drafts = PlaybookApplier(m_db, m_library).apply(i, actor, m_clock.nowMs());
    if (drafts.isEmpty()) {
        return 0;
    }
    writer.save(i, actor, drafts);
    const int added = int(TaskRepository(m_db).keys(i.id).size()) - before;
    tx.commit();
    m_db.notifyChanged(kAttributeTables);
    return added;
}

QStringList WorkflowService::accessList(const QString& incident) const
{
    return AccessListRepository(m_db).of(IncidentWriter(m_db, m_clock).load(incident).id);
}

void WorkflowService::grantAccess(const QString& incident, const QString& personId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    const auto person = PeopleRepository(m_db).find(personId);
    if (!person) {
        throw Error(Error::Kind::BadInput, tr("Access list: no person %1 in the directory.").arg(personId));
    }
    const qint64 now = m_clock.nowMs();
    if (!AccessListRepository(m_db).add(i.id, person->id, now)) {
        throw Error(Error::Kind::Refused, tr("%1 is already on the access list.").arg(person->name));
    }
    writer.save(i, actor, {core::RoleRules::accessChanged(person->id, person->name, true, now)});
    tx.commit();
    m_db.notifyChanged({QStringLiteral("incident_access"), QStringLiteral("timeline_entries")});
}

void WorkflowService::revokeAccess(const QString& incident, const QString& personId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    const auto person = PeopleRepository(m_db).find(personId);
    if (!AccessListRepository(m_db).remove(i.id, personId)) {
        throw Error(Error::Kind::Refused, tr("%1 is not on the access list.").arg(person ? person->name : personId));
    }
    writer.save(i, actor,
                {core::RoleRules::accessChanged(personId, person ? person->name : personId, false, m_clock.nowMs())});
    tx.commit();
    m_db.notifyChanged({QStringLiteral("incident_access"), QStringLiteral("timeline_entries")});
}

QList<core::Task> WorkflowService::tasks(const QString& incident) const
{
    return TaskRepository(m_db).ofIncident(IncidentWriter(m_db, m_clock).load(incident).id);
}

core::Task WorkflowService::task(const QString& reference) const
{
    const QString key = reference.trimmed();
    TaskRepository repo(m_db);
    if (auto t = repo.find(key)) {
        return *t;
    }
    if (key.contains(QLatin1Char('/'))) {
        const Incident i = IncidentWriter(m_db, m_clock).load(key.section(QLatin1Char('/'), 0, 0));
        if (auto t = repo.findByKey(i.id, key.section(QLatin1Char('/'), 1))) {
            return *t;
        }
    } else if (const QString id = uniqueIdWithPrefix(m_db.connection(), QStringLiteral("tasks"), key); !id.isEmpty()) {
        return *repo.find(id);
    }
    throw Error(Error::Kind::NotFound, tr("No task %1; name a task by its id or as INC-2026-0042/key.").arg(reference));
}

QList<core::Task> WorkflowService::tasksOf(const core::Actor& person, bool includeFinished) const
{
    return TaskRepository(m_db).ownedBy(person, includeFinished);
}

core::Task WorkflowService::addTask(const QString& incident, core::Task task, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(incident);
    TaskRepository repo(m_db);
    const qint64 now = m_clock.nowMs();
    task.id = core::newId();
    task.incidentId = i.id;
    task.playbookId.clear();
    const auto draft = core::TaskRules::add(task, now);
    if (repo.keys(i.id).contains(task.key)) {
        throw Error(Error::Kind::Refused, tr("%1 already has a task %2.").arg(i.reference, task.key));
    }
    if (!task.ownerId.isEmpty() && !PeopleRepository(m_db).find(task.ownerId)) {
        throw Error(Error::Kind::BadInput, tr("Owner: no person %1 in the directory.").arg(task.ownerId));
    }
    task.sortOrder = repo.nextSortOrder(i.id);
    repo.insert(task);
    writer.save(i, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kTaskTables);
    return *repo.find(task.id);
}

core::Task WorkflowService::setTaskStatus(const QString& taskRef, core::TaskStatus status, const QString& reason,
                                          const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    core::Task t = task(taskRef);
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(t.incidentId);
    TaskRepository repo(m_db);
    const auto draft = core::TaskRules::changeStatus(t, status, reason, repo.ofIncident(i.id),
                                                     ApprovalRepository(m_db).of(core::ApprovalRules::taskKind, t.id),
                                                     m_clock.nowMs());
    repo.update(t);
    writer.save(i, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kTaskTables);
    return *repo.find(t.id);
}

core::Task WorkflowService::assignTask(const QString& taskRef, const QString& personId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    core::Task t = task(taskRef);
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(t.incidentId);
    QString name;
    if (!personId.isEmpty()) {
        const auto p = PeopleRepository(m_db).find(personId);
        if (!p) {
            throw Error(Error::Kind::BadInput, tr("Owner: no person %1 in the directory.").arg(personId));
        }
        name = p->name;
    }
    if (personId == t.ownerId) {
        return t;
    }
    const auto draft = core::TaskRules::assign(t, personId, name, m_clock.nowMs());
    TaskRepository repo(m_db);
    repo.update(t);
    writer.save(i, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kTaskTables);
    return *repo.find(t.id);
}

core::TaskComment WorkflowService::commentOnTask(const QString& taskRef, const QString& text, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    const core::Task t = task(taskRef);
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(t.incidentId);
    const qint64 now = m_clock.nowMs();
    const auto draft = core::TaskRules::comment(t, text, now);
    core::TaskComment c{core::newId(), t.id, actor.personId, actor.name, text.trimmed(), now};
    TaskRepository(m_db).insertComment(c);
    writer.save(i, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kTaskTables);
    return c;
}

QList<core::TaskComment> WorkflowService::comments(const QString& taskRef) const
{
    return TaskRepository(m_db).comments(task(taskRef).id);
}

core::Approval WorkflowService::approveTask(const QString& taskRef, core::ApprovalRole role, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    const core::Task t = task(taskRef);
    IncidentWriter writer(m_db, m_clock);
    Incident i = writer.load(t.incidentId);
    const auto required = core::TaskRules::requiredApprovals(t);
    if (!required.contains(role)) {
        throw Error(Error::Kind::Refused, required.isEmpty()
                                              ? tr("\"%1\" needs no approval.").arg(t.title)
                                              : tr("\"%1\" needs the approval of %2, not %3.")
                                                    .arg(t.title, core::ApprovalRules::describe(required),
                                                         core::approvalRoles().label(role)));
    }
    const auto person = PeopleRepository(m_db).find(actor.personId);
    core::ApprovalRules::checkMayApprove(role, actor,
                                         person ? std::optional<core::PersonFunction>(person->function) : std::nullopt,
                                         RoleRepository(m_db).heldBy(i.id, actor.personId));
    ApprovalRepository approvals(m_db);
    const QString hash = core::TaskRules::textHash(t);
    const auto existing = approvals.of(core::ApprovalRules::taskKind, t.id);
    if (core::ApprovalRules::missing({role}, existing, 1, hash).isEmpty()) {
        throw Error(Error::Kind::Refused,
                    tr("\"%1\" is already approved for %2.").arg(t.title, core::approvalRoles().label(role)));
    }
    const qint64 now = m_clock.nowMs();
    core::Approval a;
    a.id = core::newId();
    a.incidentId = i.id;
    a.subjectKind = core::ApprovalRules::taskKind;
    a.subjectId = t.id;
    a.role = role;
    a.version = 1;
    a.textHash = hash;
    a.personId = actor.personId;
    a.personName = actor.name;
    a.approvedAt = now;
    approvals.insert(a);
    writer.save(i, actor, {core::ApprovalRules::approved(a, t.title, now)});
    tx.commit();
    m_db.notifyChanged(kTaskTables);
    return a;
}

QList<core::Approval> WorkflowService::taskApprovals(const QString& taskRef) const
{
    return ApprovalRepository(m_db).of(core::ApprovalRules::taskKind, task(taskRef).id);
}

QList<core::ApprovalRole> WorkflowService::missingApprovals(const core::Task& t) const
{
    return core::ApprovalRules::missing(core::TaskRules::requiredApprovals(t),
                                        ApprovalRepository(m_db).of(core::ApprovalRules::taskKind, t.id), 1,
                                        core::TaskRules::textHash(t));
}

QHash<QString, QList<core::ApprovalRole>> WorkflowService::missingApprovals(const QList<core::Task>& tasks) const
{
    QHash<QString, QList<core::ApprovalRole>> out;
    for (const auto& t : tasks) {
        if (!core::TaskRules::requiredApprovals(t).isEmpty()) {
            out.insert(t.id, missingApprovals(t));
        }
    }
    return out;
}

} // namespace muster::storage
