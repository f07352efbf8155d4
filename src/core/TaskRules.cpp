#include "core/TaskRules.h"

#include "core/ApprovalRules.h"
#include "core/Error.h"
#include "core/Ids.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster::core {

QStringList TaskRules::dueEvents()
{
    QStringList out{QStringLiteral("declared"),  QStringLiteral("detected"),   QStringLiteral("acknowledged"),
                    QStringLiteral("contained"), QStringLiteral("remediated"), QStringLiteral("added")};
    out += clockEvents().keys();
    return out;
}

QString TaskRules::dueEventLabel(const QString& event)
{
    if (event == QLatin1String("declared")) {
        return tr("declared");
    }
    if (event == QLatin1String("detected")) {
        return tr("detected");
    }
    if (event == QLatin1String("acknowledged")) {
        return tr("acknowledged");
    }
    if (event == QLatin1String("contained")) {
        return tr("contained");
    }
    if (event == QLatin1String("remediated")) {
        return tr("remediated");
    }
    if (event == QLatin1String("added")) {
        return tr("added");
    }
    if (const auto e = clockEvents().fromKey(event)) {
        return clockEvents().label(*e).toLower();
    }
    return event;
}

QHash<QString, qint64> TaskRules::milestones(const Incident& incident, const QList<ClockEventRecord>& clockEvents)
{
    QHash<QString, qint64> m;
    m.insert(QStringLiteral("declared"), incident.createdAt);
    m.insert(QStringLiteral("detected"), incident.detectedAt);
    if (incident.acknowledgedAt) {
        m.insert(QStringLiteral("acknowledged"), *incident.acknowledgedAt);
    }
    if (incident.containedAt) {
        m.insert(QStringLiteral("contained"), *incident.containedAt);
    }
    if (incident.remediatedAt) {
        m.insert(QStringLiteral("remediated"), *incident.remediatedAt);
    }
    for (const auto& e : clockEvents) {
        m.insert(core::clockEvents().key(e.event), e.occurredAt);
    }
    return m;
}

std::optional<qint64> TaskRules::dueAt(const Task& task, const QHash<QString, qint64>& milestones)
{
    if (task.dueEvent.isEmpty()) {
        return task.dueAt; // a fixed due time, or none
    }
    const qint64 offset = qint64(task.dueOffsetMinutes) * 60'000;
    if (task.dueEvent == QLatin1String("added")) {
        return task.createdAt + offset;
    }
    const auto it = milestones.constFind(task.dueEvent);
    if (it == milestones.constEnd()) {
        return std::nullopt;
    }
    return *it + offset;
}

QList<ApprovalRole> TaskRules::requiredApprovals(const Task& task)
{
    QList<ApprovalRole> out = task.approvalsRequired;
    if (task.hrAction) {
        for (const auto r : {ApprovalRole::Hr, ApprovalRole::Legal}) {
            if (!out.contains(r)) {
                out.append(r);
            }
        }
    }
    return out;
}

QString TaskRules::textHash(const Task& task)
{
    return ApprovalRules::textHash({task.key, task.title, task.description});
}

TimelineDraft TaskRules::add(Task& task, qint64 now)
{
    task.title = task.title.trimmed();
    if (task.title.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Title: a task needs a title."));
    }
    if (task.key.isEmpty()) {
        task.key = QStringLiteral("manual.") + newId().left(8);
    }
    task.createdAt = now;
    task.updatedAt = now;
    return TimelineDraft{QString(TimelineKind::TaskAdded), now,
                         tr("Task added (%1): %2").arg(workstreams().label(task.workstream), task.title),
                         QJsonObject{{QStringLiteral("task_id"), task.id}, {QStringLiteral("key"), task.key}}};
}

TimelineDraft TaskRules::changeStatus(Task& task, TaskStatus to, const QString& reason, const QList<Task>& siblings,
                                      const QList<Approval>& approvals, qint64 now)
{
    if (task.status == to) {
        throw Error(Error::Kind::Refused,
                    tr("\"%1\" is already %2.").arg(task.title, taskStatuses().label(to).toLower()));
    }
    const QString why = reason.trimmed();
    if ((to == TaskStatus::Blocked || to == TaskStatus::NotApplicable) && why.isEmpty()) {
        throw Error(Error::Kind::BadInput, to == TaskStatus::Blocked
                                               ? tr("Reason: say what \"%1\" is blocked on.").arg(task.title)
                                               : tr("Reason: say why \"%1\" does not apply.").arg(task.title));
    }
    if (to == TaskStatus::InProgress || to == TaskStatus::Done) {
        QStringList waiting;
        for (const QString& key : task.dependsOn) {
            const auto it = std::find_if(siblings.begin(), siblings.end(), [&](const Task& t) { return t.key == key; });
            if (it != siblings.end() && !isFinished(it->status)) {
                waiting.append(QStringLiteral("\"%1\"").arg(it->title));
            }
        }
        if (!waiting.isEmpty()) {
            throw Error(
                Error::Kind::Refused,
                tr("\"%1\" waits for %2 to be finished first.").arg(task.title, waiting.join(QStringLiteral(", "))));
        }
        const auto missing = ApprovalRules::missing(requiredApprovals(task), approvals, 1, textHash(task));
        if (!missing.isEmpty()) {
            throw Error(Error::Kind::Refused,
                        task.hrAction
                            ? tr("\"%1\" is an action on an employee: it cannot start until HR and Legal have both "
                                 "approved it. Still missing: %2.")
                                  .arg(task.title, ApprovalRules::describe(missing))
                            : tr("\"%1\" cannot start before it is approved by %2.")
                                  .arg(task.title, ApprovalRules::describe(missing)));
        }
    }
    const TaskStatus from = task.status;
    task.status = to;
    task.statusReason = (to == TaskStatus::Blocked || to == TaskStatus::NotApplicable) ? why : QString();
    task.completedAt = isFinished(to) ? std::optional<qint64>(now) : std::nullopt;
    task.updatedAt = now;
    QString text = tr("Task \"%1\": %2 → %3").arg(task.title, taskStatuses().label(from), taskStatuses().label(to));
    if (!why.isEmpty()) {
        text = tr("%1 (%2)").arg(text, why);
    }
    return TimelineDraft{QString(TimelineKind::TaskStatusChanged), now, text,
                         QJsonObject{{QStringLiteral("task_id"), task.id},
                                     {QStringLiteral("key"), task.key},
                                     {QStringLiteral("from"), taskStatuses().key(from)},
                                     {QStringLiteral("to"), taskStatuses().key(to)},
                                     {QStringLiteral("reason"), why}}};
}

TimelineDraft TaskRules::comment(const Task& task, const QString& text, qint64 now)
{
    if (text.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Comment: write something."));
    }
    return TimelineDraft{QString(TimelineKind::TaskComment), now, tr("On \"%1\": %2").arg(task.title, text.trimmed()),
                         QJsonObject{{QStringLiteral("task_id"), task.id}, {QStringLiteral("key"), task.key}}};
}

TimelineDraft TaskRules::assign(Task& task, const QString& personId, const QString& personName, qint64 now)
{
    task.ownerId = personId;
    task.updatedAt = now;
    return TimelineDraft{QString(TimelineKind::Assignment), now,
                         personId.isEmpty() ? tr("Task \"%1\" handed back to its role").arg(task.title)
                                            : tr("Task \"%1\" assigned to %2").arg(task.title, personName),
                         QJsonObject{{QStringLiteral("task_id"), task.id},
                                     {QStringLiteral("key"), task.key},
                                     {QStringLiteral("person_id"), personId}}};
}

} // namespace muster::core
