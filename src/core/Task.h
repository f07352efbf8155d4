#pragma once

#include "core/WorkflowEnums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// A piece of stakeholder work in an incident, added by a playbook or by hand.
struct Task
{
    QString id;
    QString incidentId;
    QString key;        // unique within the incident, e.g. "legal.privilege"
    QString playbookId; // empty for a task added by hand
    Workstream workstream = Workstream::Security;
    QString title;
    QString description;
    std::optional<IncidentRole> ownerRole; // the role that owns it when no person is named
    QString ownerId;                       // a person, overriding the role
    QString dueEvent;                      // a milestone key (TaskRules::dueEvents) or empty
    int dueOffsetMinutes = 0;
    std::optional<qint64> dueAt; // known once the milestone happened
    TaskStatus status = TaskStatus::Open;
    QString statusReason;  // why blocked or not applicable
    QStringList dependsOn; // keys of tasks that must be finished first
    QList<ApprovalRole> approvalsRequired;
    bool hrAction = false; // an action on an employee: HR and Legal must approve first
    int sortOrder = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> completedAt;

    // Filled by list queries for display.
    QString incidentReference;
    QString incidentTitle;
    QString ownerName; // the named person, or the current holder of the owner role
    int commentCount = 0;

    bool isOverdue(qint64 now) const { return !isFinished(status) && dueAt && now > *dueAt; }
};

struct TaskComment
{
    QString id;
    QString taskId;
    QString authorId;
    QString authorName;
    QString text;
    qint64 createdAt = 0;
};

} // namespace muster::core
