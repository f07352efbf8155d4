#include "app/ctl/Command.h"
#include "app/ctl/WorkflowCli.h"
#include "core/ApprovalRules.h"
#include "core/DeadlineRules.h"
#include "core/Error.h"
#include "core/TaskRules.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"
#include "storage/WorkflowService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::TaskCommands", text);
}

QJsonObject toJson(const core::Task& t, const QList<core::ApprovalRole>& missing, qint64 now)
{
    QJsonArray approvals;
    for (const auto r : core::TaskRules::requiredApprovals(t)) {
        approvals.append(core::approvalRoles().key(r));
    }
    QJsonArray waiting;
    for (const auto r : missing) {
        waiting.append(core::approvalRoles().key(r));
    }
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("incident"), t.incidentReference},
        {QStringLiteral("key"), t.key},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("workstream"), core::workstreams().key(t.workstream)},
        {QStringLiteral("playbook"), t.playbookId},
        {QStringLiteral("owner"), t.ownerName},
        {QStringLiteral("owner_role"), t.ownerRole ? core::incidentRoles().key(*t.ownerRole) : QString()},
        {QStringLiteral("status"), core::taskStatuses().key(t.status)},
        {QStringLiteral("reason"), t.statusReason},
        {QStringLiteral("due_at"), workflow::isoUtc(t.dueAt)},
        {QStringLiteral("overdue"), t.isOverdue(now)},
        {QStringLiteral("depends_on"), QJsonArray::fromStringList(t.dependsOn)},
        {QStringLiteral("approvals_required"), approvals},
        {QStringLiteral("approvals_missing"), waiting},
        {QStringLiteral("hr_action"), t.hrAction}};
}

void printTask(Context& ctx, const core::Task& t, qint64 now)
{
    QString due = t.dueAt ? core::DeadlineRules::countdown(*t.dueAt, now) : tr("no due time");
    if (core::isFinished(t.status)) {
        due = core::taskStatuses().label(t.status).toLower();
    }
    ctx.out << QStringLiteral("%1  %2/%3  [%4]  %5  (%6; %7)\n")
                   .arg(t.id.left(8), t.incidentReference, t.key, core::taskStatuses().label(t.status), t.title,
                        t.ownerName.isEmpty() ? tr("unowned") : t.ownerName, due);
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The tasks of this incident."), tr("REF"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include finished tasks."));
    parser.addOption(incident);
    parser.addOption(all);
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    const auto actor = workflow::actor(parser, *db);
    storage::WorkflowService service(*db);
    QList<core::Task> tasks;
    if (parser.isSet(incident)) {
        const auto i = storage::IncidentService(*db).get(parser.value(incident));
        if (!storage::IncidentVisibility::maySee(*db, actor, i)) {
            throw core::Error(core::Error::Kind::NotFound, tr("No incident %1.").arg(parser.value(incident)));
        }
        for (const auto& t : service.tasks(i.id)) {
            if (parser.isSet(all) || !core::isFinished(t.status)) {
                tasks.append(t);
            }
        }
    } else {
        if (actor.personId.isEmpty()) {
            throw UsageError{tr("name an incident with --incident, or a person with --as for their tasks")};
        }
        tasks = service.tasksOf(actor, parser.isSet(all));
    }
    const qint64 now = core::SystemClock::instance().nowMs();
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& t : tasks) {
            out.append(toJson(t, service.missingApprovals(t), now));
        }
        ctx.printJson(out);
        return Ok;
    }
    if (tasks.isEmpty()) {
        ctx.out << tr("No tasks.\n");
    }
    for (const auto& t : tasks) {
        printTask(ctx, t, now);
    }
    return Ok;
}

int setStatus(Context& ctx, std::optional<core::TaskStatus> fixed)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (required for blocked and not-applicable)."),
                                    tr("TEXT"));
    parser.addOption(reason);
    ctx.parse(parser, fixed ? 1 : 2, fixed ? 1 : 2);
    core::TaskStatus status = fixed.value_or(core::TaskStatus::Open);
    if (!fixed) {
        QString key = parser.positionalArguments().at(1);
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto s = core::taskStatuses().fromKey(key);
        if (!s) {
            throw UsageError{tr("STATUS is one of %1").arg(core::taskStatuses().keys().join(QStringLiteral(", ")))};
        }
        status = *s;
    }
    auto db = ctx.openDatabase(parser);
    const auto t = storage::WorkflowService(*db).setTaskStatus(parser.positionalArguments().first(), status,
                                                               parser.value(reason), workflow::actor(parser, *db));
    printTask(ctx, t, core::SystemClock::instance().nowMs());
    return Ok;
}

int approve(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(workflow::roleOption());
    ctx.parse(parser, 1, 1);
    const auto r = std::optional<core::ApprovalRole>(workflow::approvalRole(parser));
    auto db = ctx.openDatabase(parser);
    storage::WorkflowService service(*db);
    const auto a = service.approveTask(parser.positionalArguments().first(), *r, workflow::actor(parser, *db));
    const auto t = service.task(a.subjectId);
    const auto missing = service.missingApprovals(t);
    ctx.out << (missing.isEmpty()
                    ? tr("Approved for %1; \"%2\" may start.\n").arg(core::approvalRoles().label(*r), t.title)
                    : tr("Approved for %1; \"%2\" still waits for %3.\n")
                          .arg(core::approvalRoles().label(*r), t.title, core::ApprovalRules::describe(missing)));
    return Ok;
}

int comment(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    ctx.parse(parser, 2, 2);
    auto db = ctx.openDatabase(parser);
    storage::WorkflowService(*db).commentOnTask(parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                                                workflow::actor(parser, *db));
    ctx.out << tr("Comment added.\n");
    return Ok;
}

} // namespace

QList<Command> taskCommands()
{
    const QString db = QStringLiteral("--database FILE");
    return {
        {{QStringLiteral("tasks"), QStringLiteral("list")},
         QStringLiteral("tasks list %1 [--incident REF] [--as PERSON] [--all] [--json]").arg(db),
         tr("List an incident's open tasks, or the tasks of the person given with --as across incidents."),
         list},
        {{QStringLiteral("tasks"), QStringLiteral("done")},
         QStringLiteral("tasks done %1 TASK [--as PERSON]").arg(db),
         tr("Mark a task done (TASK: its id, or INC-2026-0042/key)."),
         [](Context& ctx) {
             return setStatus(ctx, core::TaskStatus::Done);
         }},
        {{QStringLiteral("tasks"), QStringLiteral("status")},
         QStringLiteral("tasks status %1 TASK STATUS [--reason TEXT] [--as PERSON]").arg(db),
         tr("Set a task's status: open, in-progress, blocked, done or not-applicable."),
         [](Context& ctx) {
             return setStatus(ctx, std::nullopt);
         }},
        {{QStringLiteral("tasks"), QStringLiteral("approve")},
         QStringLiteral("tasks approve %1 TASK --role ROLE --as PERSON").arg(db),
         tr("Approve a task for a role (HR actions need HR and Legal)."),
         approve},
        {{QStringLiteral("tasks"), QStringLiteral("comment")},
         QStringLiteral("tasks comment %1 TASK TEXT [--as PERSON]").arg(db),
         tr("Comment on a task."),
         comment},
    };
}

} // namespace muster::ctl
