#include "app/ctl/Command.h"
#include "app/ctl/WorkflowCli.h"
#include "core/DeadlineRules.h"
#include "core/Duration.h"
#include "core/Error.h"
#include "core/ICalendar.h"
#include "storage/Database.h"
#include "storage/DeadlineService.h"
#include "storage/WorkflowSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::DeadlineCommands", text);
}

QCommandLineOption incidentOption()
{
    return QCommandLineOption(QStringLiteral("incident"), tr("The incident (reference or id)."), tr("REF"));
}

QJsonObject toJson(const core::Deadline& d, qint64 now)
{
    const auto* rule = core::RegulatoryClock::rule(d.ruleId);
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("incident"), d.incidentReference},
                       {QStringLiteral("incident_title"), d.incidentTitle},
                       {QStringLiteral("rule"), d.ruleId},
                       {QStringLiteral("regime"), rule ? rule->regime : QString()},
                       {QStringLiteral("title"), rule ? rule->title : QString()},
                       {QStringLiteral("source"), rule ? rule->source : QString()},
                       {QStringLiteral("due_at"), workflow::isoUtc(d.dueAt)},
                       {QStringLiteral("status"), core::deadlineStatuses().key(d.status)},
                       {QStringLiteral("overdue"), d.isOverdue(now)},
                       {QStringLiteral("minutes_left"), double((d.dueAt - now) / 60'000)},
                       {QStringLiteral("completed_at"), workflow::isoUtc(d.completedAt)},
                       {QStringLiteral("reason"), d.reason}};
}

void printDeadline(Context& ctx, const core::Deadline& d, qint64 now)
{
    const auto* rule = core::RegulatoryClock::rule(d.ruleId);
    const QString state =
        d.isOpen() ? core::DeadlineRules::countdown(d.dueAt, now) : core::deadlineStatuses().label(d.status).toLower();
    ctx.out << QStringLiteral("%1  %2  %3  %4  (%5)\n")
                   .arg(d.id.left(8), d.incidentReference, core::DeadlineRules::formatUtc(d.dueAt),
                        rule ? rule->displayName() : d.ruleId, state);
}

QList<core::Deadline> selected(Context& ctx, QCommandLineParser& parser, bool withWithin,
                               std::unique_ptr<storage::Database>& db, qint64 now)
{
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(incidentOption());
    const QCommandLineOption within(QStringLiteral("due-within"), tr("Only deadlines due within DURATION (24h, 3d)."),
                                    tr("DURATION"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include met, missed and waived deadlines."));
    if (withWithin) {
        parser.addOption(within);
    }
    parser.addOption(all);
    ctx.parse(parser);
    db = ctx.openDatabase(parser);
    storage::DeadlineRepository::Filter filter;
    filter.pendingOnly = !parser.isSet(all);
    filter.incidentId = parser.value(incidentOption());
    if (withWithin && parser.isSet(within)) {
        filter.dueBefore = now + core::Duration::parse(parser.value(within), QStringLiteral("--due-within"));
    }
    return storage::DeadlineService(*db).list(workflow::actor(parser, *db), filter);
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::jsonOption());
    std::unique_ptr<storage::Database> db;
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto deadlines = selected(ctx, parser, true, db, now);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& d : deadlines) {
            out.append(toJson(d, now));
        }
        ctx.printJson(out);
        return Ok;
    }
    if (deadlines.isEmpty()) {
        ctx.out << tr("No deadlines.\n");
    }
    for (const auto& d : deadlines) {
        printDeadline(ctx, d, now);
    }
    return Ok;
}

int exportIcs(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), tr("The .ics FILE to write."), tr("FILE"));
    parser.addOption(output);
    std::unique_ptr<storage::Database> db;
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto deadlines = selected(ctx, parser, false, db, now);
    if (!parser.isSet(output)) {
        throw UsageError{tr("--output FILE is required")};
    }
    QFile file(parser.value(output));
    const QByteArray ics =
        core::ICalendar::deadlines(deadlines, storage::WorkflowSettings(*db).notificationThresholds(), now);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ics) != ics.size()) {
        throw core::Error(core::Error::Kind::Io,
                          tr("%1: cannot write the file: %2").arg(file.fileName(), file.errorString()));
    }
    ctx.out << tr("Wrote %1 deadline(s) to %2.\n").arg(deadlines.size()).arg(file.fileName());
    return Ok;
}

core::ClockEvent parseEvent(const QString& text)
{
    QString key = text.trimmed();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto event = core::clockEvents().fromKey(key);
    if (!event) {
        QStringList keys = core::clockEvents().keys();
        for (QString& k : keys) {
            k.replace(QLatin1Char('_'), QLatin1Char('-'));
        }
        throw UsageError{tr("--event: \"%1\" is not one of %2").arg(text, keys.join(QStringLiteral(", ")))};
    }
    return *event;
}

int start(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(incidentOption());
    const QCommandLineOption event(QStringLiteral("event"),
                                   tr("became-aware, determined-incident, determined-material, classified-major, "
                                      "discovered or extortion-paid."),
                                   tr("EVENT"));
    const QCommandLineOption at(QStringLiteral("at"), tr("When it happened (ISO 8601, or now)."), tr("TIME"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  tr("Start this rule (repeatable); default: the rules that apply to the incident."),
                                  tr("RULE"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note; required when correcting a time."), tr("TEXT"));
    parser.addOption(event);
    parser.addOption(at);
    parser.addOption(rule);
    parser.addOption(note);
    ctx.parse(parser);
    if (!parser.isSet(incidentOption()) || !parser.isSet(event) || !parser.isSet(at)) {
        throw UsageError{tr("--incident, --event and --at are required")};
    }
    const auto e = parseEvent(parser.value(event));
    auto db = ctx.openDatabase(parser);
    const qint64 now = core::SystemClock::instance().nowMs();
    const qint64 when = workflow::parseTime(parser.value(at), QStringLiteral("--at"), now);
    storage::DeadlineService service(*db);
    const auto result =
        service.recordEvent(parser.value(incidentOption()), e, when, parser.value(note),
                            parser.isSet(rule) ? std::optional<QStringList>(parser.values(rule)) : std::nullopt,
                            workflow::actor(parser, *db));
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray started;
        for (const auto& d : service.ofIncident(result.event.incidentId)) {
            started.append(toJson(d, now));
        }
        ctx.printJson(QJsonObject{{QStringLiteral("event"), core::clockEvents().key(e)},
                                  {QStringLiteral("at"), workflow::isoUtc(when)},
                                  {QStringLiteral("deadlines"), started}});
        return Ok;
    }
    ctx.out << tr("%1 recorded at %2.\n").arg(core::clockEvents().label(e), core::DeadlineRules::formatUtc(when));
    if (result.started.isEmpty() && result.moved.isEmpty()) {
        ctx.out << tr("No regulatory clock applies to this incident's attributes; name one with --rule "
                      "(musterctl deadlines rules lists them).\n");
    }
    for (const auto& d : service.ofIncident(result.event.incidentId)) {
        if (std::any_of(result.started.begin(), result.started.end(), [&](const auto& s) { return s.id == d.id; }) ||
            std::any_of(result.moved.begin(), result.moved.end(), [&](const auto& s) { return s.id == d.id; })) {
            printDeadline(ctx, d, now);
        }
    }
    return Ok;
}

int met(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption at(QStringLiteral("at"), tr("When the notification was made (default: now)."), tr("TIME"),
                                QStringLiteral("now"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Reasons for delay (required when late)."),
                                    tr("TEXT"));
    parser.addOption(at);
    parser.addOption(reason);
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto d = storage::DeadlineService(*db).complete(
        parser.positionalArguments().first(), workflow::parseTime(parser.value(at), QStringLiteral("--at"), now),
        parser.value(reason), workflow::actor(parser, *db));
    printDeadline(ctx, d, now);
    return Ok;
}

int waive(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the duty does not apply."), tr("TEXT"));
    parser.addOption(reason);
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const auto d = storage::DeadlineService(*db).waive(parser.positionalArguments().first(), parser.value(reason),
                                                       workflow::actor(parser, *db));
    printDeadline(ctx, d, core::SystemClock::instance().nowMs());
    return Ok;
}

int rules(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    QJsonArray out;
    for (const auto& r : core::RegulatoryClock::rules()) {
        QStringList limbs;
        for (const auto& l : r.limbs) {
            limbs.append(tr("%1 after %2").arg(l.period.describe(), l.anchor));
        }
        if (parser.isSet(Context::jsonOption())) {
            out.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("regime"), r.regime},
                                   {QStringLiteral("title"), r.title},
                                   {QStringLiteral("source"), r.source},
                                   {QStringLiteral("url"), r.sourceUrl},
                                   {QStringLiteral("runs"), QJsonArray::fromStringList(limbs)}});
        } else {
            ctx.out << QStringLiteral("%1\n    %2\n    %3\n    %4\n")
                           .arg(r.id, r.displayName(), limbs.join(QStringLiteral("; ")), r.source);
        }
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(out);
    }
    return Ok;
}

} // namespace

QList<Command> deadlineCommands()
{
    const QString db = QStringLiteral("--database FILE");
    return {
        {{QStringLiteral("deadlines"), QStringLiteral("list")},
         QStringLiteral("deadlines list %1 [--incident REF] [--due-within 24h] [--all] [--as PERSON] [--json]").arg(db),
         tr("List regulatory deadlines, soonest first."),
         list},
        {{QStringLiteral("deadlines"), QStringLiteral("start")},
         QStringLiteral("deadlines start %1 --incident REF --event became-aware --at TIME [--rule RULE]... "
                        "[--note TEXT] [--as PERSON] [--json]")
             .arg(db),
         tr("Record when a start event happened and start the regulatory clocks it drives."),
         start},
        {{QStringLiteral("deadlines"), QStringLiteral("met")},
         QStringLiteral("deadlines met %1 DEADLINE [--at TIME] [--reason TEXT] [--as PERSON]").arg(db),
         tr("Record that the notification was made (late ones need --reason)."),
         met},
        {{QStringLiteral("deadlines"), QStringLiteral("waive")},
         QStringLiteral("deadlines waive %1 DEADLINE --reason TEXT [--as PERSON]").arg(db),
         tr("Waive a deadline that does not apply, with the reason."),
         waive},
        {{QStringLiteral("deadlines"), QStringLiteral("ics")},
         QStringLiteral("deadlines ics %1 --output FILE [--incident REF] [--all] [--as PERSON]").arg(db),
         tr("Export deadlines as an iCalendar file."),
         exportIcs},
        {{QStringLiteral("deadlines"), QStringLiteral("rules")},
         QStringLiteral("deadlines rules [--json]"),
         tr("List the regulatory rules Muster knows, with their legal sources."),
         rules},
    };
}

} // namespace muster::ctl
