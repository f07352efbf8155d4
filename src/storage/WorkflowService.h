#pragma once

#include "core/Approval.h"
#include "core/Clock.h"
#include "core/IncidentAttributes.h"
#include "core/PlaybookLibrary.h"
#include "core/RoleAssignment.h"
#include "core/Task.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Stakeholder work inside an incident: roles and handovers, the attributes playbooks
// match on, the access list of confidential incidents, and tasks with their status,
// comments and approvals. Each request runs in one write transaction and appends its
// events to the incident's hash-chained timeline through IncidentWriter. Throws
// core::Error with a message for the user; the database is then left as it was.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::WorkflowService)

public:
    explicit WorkflowService(Database& db, const core::Clock& clock = core::SystemClock::instance(),
                             const core::PlaybookLibrary& library = core::PlaybookLibrary::builtIn());

    // Roles. The current holders (the incident's commander counts as holding the
    // Commander role from the declaration until a handover is recorded).
    QList<core::RoleAssignment> roles(const QString& incident) const;
    QList<core::RoleAssignment> roleHistory(const QString& incident) const;
    // Assigns or hands over a role (at `at`, default now). On a confidential incident
    // the new holder joins the access list.
    core::RoleAssignment assignRole(const QString& incident, core::IncidentRole role, const QString& personId,
                                    const core::Actor& actor, std::optional<qint64> at = std::nullopt);
    void releaseRole(const QString& incident, core::IncidentRole role, const core::Actor& actor);

    // Attributes; a change applies the playbooks that newly match.
    core::IncidentAttributes attributes(const QString& incident) const;
    core::IncidentAttributes setAttributes(const QString& incident, core::IncidentAttributes attributes,
                                           const core::Actor& actor);
    // Applies newly matching playbooks; returns how many tasks were added.
    int applyPlaybooks(const QString& incident, const core::Actor& actor);

    // Access list of confidential incidents.
    QStringList accessList(const QString& incident) const;
    void grantAccess(const QString& incident, const QString& personId, const core::Actor& actor);
    void revokeAccess(const QString& incident, const QString& personId, const core::Actor& actor);

    // Tasks. A task is named by its id, a unique id prefix, or "INC-2026-0042/legal.privilege".
    QList<core::Task> tasks(const QString& incident) const;
    core::Task task(const QString& reference) const;
    // The tasks `person` owns by name or through a role, across visible incidents.
    QList<core::Task> tasksOf(const core::Actor& person, bool includeFinished = false) const;
    core::Task addTask(const QString& incident, core::Task task, const core::Actor& actor);
    core::Task setTaskStatus(const QString& task, core::TaskStatus status, const QString& reason,
                             const core::Actor& actor);
    core::Task assignTask(const QString& task, const QString& personId, const core::Actor& actor);
    core::TaskComment commentOnTask(const QString& task, const QString& text, const core::Actor& actor);
    QList<core::TaskComment> comments(const QString& task) const;
    // Records the actor's approval of the task for `role`; refuses when the actor may
    // not approve for that role or the task does not need it.
    core::Approval approveTask(const QString& task, core::ApprovalRole role, const core::Actor& actor);
    QList<core::Approval> taskApprovals(const QString& task) const;
    // The approvals a task still waits for.
    QList<core::ApprovalRole> missingApprovals(const core::Task& task) const;
    // For the tasks that need approvals: task id -> what they still wait for.
    QHash<QString, QList<core::ApprovalRole>> missingApprovals(const QList<core::Task>& tasks) const;

private:
    Database& m_db;
    const core::Clock& m_clock;
    const core::PlaybookLibrary& m_library;
};

} // namespace muster::storage
