#pragma once

#include "core/Approval.h"
#include "core/Deadline.h"
#include "core/Incident.h"
#include "core/Task.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace muster::core {

// The rules tasks obey: due times from milestones, status changes that wait for
// dependencies and approvals, the HR-action gate.
class TaskRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::TaskRules)

public:
    // Milestones a task can be due after: declared, detected, acknowledged, contained,
    // remediated, added (when the task was added), and the clock events (became_aware, ...).
    static QStringList dueEvents();
    static QString dueEventLabel(const QString& event);
    static QHash<QString, qint64> milestones(const Incident& incident, const QList<ClockEventRecord>& clockEvents);
    static std::optional<qint64> dueAt(const Task& task, const QHash<QString, qint64>& milestones);

    // An HR action needs HR and Legal on top of what the playbook asks for.
    static QList<ApprovalRole> requiredApprovals(const Task& task);
    // The hash the approvals of a task are bound to.
    static QString textHash(const Task& task);

    // Validates a task added by hand and fills its key.
    static TimelineDraft add(Task& task, qint64 now);
    // Changes the status; refuses to start or finish a task whose dependencies are not
    // finished or whose approvals are missing, and wants a reason for Blocked and Not
    // applicable. `siblings` are the incident's other tasks.
    static TimelineDraft changeStatus(Task& task, TaskStatus to, const QString& reason, const QList<Task>& siblings,
                                      const QList<Approval>& approvals, qint64 now);
    static TimelineDraft comment(const Task& task, const QString& text, qint64 now);
    static TimelineDraft assign(Task& task, const QString& personId, const QString& personName, qint64 now);
};

} // namespace muster::core
