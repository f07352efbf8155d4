#include "app/ctl/Command.h"
#include "core/AarRenderer.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/ExerciseRules.h"
#include "storage/Database.h"
#include "storage/ExerciseService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::ExerciseCommands", text);
}

QJsonValue optionalMs(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject exerciseJson(const core::Exercise& e, qint64 now)
{
    QJsonArray participants;
    for (const auto& p : e.participants) {
        participants.append(QJsonObject{{QStringLiteral("role"), p.roleId},
                                        {QStringLiteral("personId"), p.personId},
                                        {QStringLiteral("name"), p.personName}});
    }
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("reference"), e.reference},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("scenario"), e.scenarioKey},
                       {QStringLiteral("scenarioTitle"), e.scenarioTitle},
                       {QStringLiteral("status"), core::exerciseStatuses().key(e.status)},
                       {QStringLiteral("plannedAt"), double(e.plannedAt)},
                       {QStringLiteral("startedAt"), optionalMs(e.startedAt)},
                       {QStringLiteral("endedAt"), optionalMs(e.endedAt)},
                       {QStringLiteral("facilitator"), e.facilitatorName},
                       {QStringLiteral("compression"), e.clock.compression},
                       {QStringLiteral("scenarioElapsedMs"), double(e.clock.elapsedMs(now))},
                       {QStringLiteral("incident"), e.incidentReference},
                       {QStringLiteral("participants"), participants}};
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto exercises = storage::ExerciseService(*db).list();
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray array;
        for (const auto& e : exercises) {
            array.append(exerciseJson(e, now));
        }
        ctx.printJson(array);
        return Ok;
    }
    if (exercises.isEmpty()) {
        ctx.out << tr("No exercises.\n");
    }
    for (const auto& e : exercises) {
        ctx.out << QStringLiteral("%1  %2  %3  %4 (%5)\n")
                       .arg(e.reference, core::AarRenderer::formatDate(e.plannedAt))
                       .arg(core::exerciseStatuses().label(e.status), -8)
                       .arg(e.title, e.scenarioTitle);
    }
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addPositionalArgument(QStringLiteral("EXERCISE"), tr("Reference (EX-2026-0001) or id."));
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const qint64 now = core::SystemClock::instance().nowMs();
    const auto r = storage::ExerciseService(*db).record(parser.positionalArguments().first());
    const auto& e = r.exercise;
    const auto statuses = core::ExerciseRules::injectStatuses(r);
    if (parser.isSet(Context::jsonOption())) {
        QJsonObject o = exerciseJson(e, now);
        QJsonArray injects;
        for (const auto& st : statuses) {
            static const char* names[] = {"released", "scheduled",    "selected",
                                          "waiting",  "not_selected", "contingency"};
            injects.append(QJsonObject{{QStringLiteral("id"), st.injectId},
                                       {QStringLiteral("title"), r.scenario.inject(st.injectId)->title},
                                       {QStringLiteral("state"), QLatin1String(names[int(st.state)])},
                                       {QStringLiteral("atMs"), optionalMs(st.dueMs)}});
        }
        o.insert(QStringLiteral("injects"), injects);
        o.insert(QStringLiteral("openBranches"), QJsonArray::fromStringList(core::ExerciseRules::openBranches(r)));
        o.insert(QStringLiteral("logEntries"), r.log.size());
        o.insert(QStringLiteral("ratings"), r.ratings.size());
        o.insert(QStringLiteral("improvementItems"), r.improvements.size());
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << tr("%1  %2\n").arg(e.reference, e.title);
    ctx.out << tr("Scenario:     %1 (%2)\n").arg(e.scenarioTitle, e.scenarioKey);
    ctx.out << tr("Status:       %1, scenario time %2 at %3x\n")
                   .arg(core::exerciseStatuses().label(e.status), core::formatScenarioTime(e.clock.elapsedMs(now)))
                   .arg(e.clock.compression);
    ctx.out << tr("Planned:      %1\n").arg(core::AarRenderer::formatDateTime(e.plannedAt));
    ctx.out << tr("Facilitator:  %1\n").arg(e.facilitatorName.isEmpty() ? tr("not set") : e.facilitatorName);
    if (!e.incidentReference.isEmpty()) {
        ctx.out << tr("Incident:     %1\n").arg(e.incidentReference);
    }
    ctx.out << tr("Participants:\n");
    for (const auto& role : r.scenario.roles) {
        const QStringList people = e.peopleInRole(role.id);
        ctx.out << QStringLiteral("  %1: %2\n")
                       .arg(role.name, people.isEmpty() ? tr("(not staffed)") : people.join(QStringLiteral(", ")));
    }
    ctx.out << tr("Injects:\n");
    for (const auto& st : statuses) {
        const QString at = st.dueMs ? core::formatScenarioTime(*st.dueMs) : QStringLiteral("  –  ");
        QString state;
        switch (st.state) {
        case core::ExerciseRules::InjectState::Released:
            state = tr("released");
            break;
        case core::ExerciseRules::InjectState::Scheduled:
            state = tr("scheduled");
            break;
        case core::ExerciseRules::InjectState::Selected:
            state = tr("selected by a branch");
            break;
        case core::ExerciseRules::InjectState::Waiting:
            state = tr("waiting for a branch");
            break;
        case core::ExerciseRules::InjectState::NotSelected:
            state = tr("not selected");
            break;
        case core::ExerciseRules::InjectState::Contingency:
            state = tr("contingency (by hand)");
            break;
        }
        ctx.out
            << QStringLiteral("  %1  %2  %3\n").arg(at, 6).arg(state, -22).arg(r.scenario.inject(st.injectId)->title);
    }
    ctx.out << tr("Log: %1 entries; ratings: %2 of %3 expected actions; improvement items: %4\n")
                   .arg(r.log.size())
                   .arg(r.ratings.size())
                   .arg(r.scenario.allActions().size())
                   .arg(r.improvements.size());
    return Ok;
}

int report(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("markdown (default), html or json."),
                                          tr("FORMAT"), QStringLiteral("markdown"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE instead of standard output."), tr("FILE"));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("EXERCISE"), tr("Reference (EX-2026-0001) or id."));
    ctx.parse(parser, 1, 1);
    const QString format = parser.isSet(Context::jsonOption()) ? QStringLiteral("json") : parser.value(formatOption);
    if (format != QLatin1String("markdown") && format != QLatin1String("html") && format != QLatin1String("json")) {
        throw UsageError{tr("--format takes markdown, html or json")};
    }
    auto db = ctx.openDatabase(parser);
    const auto aar = storage::ExerciseService(*db).report(parser.positionalArguments().first());
    QString text;
    if (format == QLatin1String("json")) {
        text = QString::fromUtf8(QJsonDocument(core::AarRenderer::json(aar)).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("html")) {
        text = core::AarRenderer::html(aar);
    } else {
        text = core::AarRenderer::markdown(aar);
    }
    if (!parser.isSet(outputOption)) {
        ctx.out << text;
        return Ok;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        throw core::Error(core::Error::Kind::Io,
                          tr("Cannot write %1: %2").arg(parser.value(outputOption), file.errorString()));
    }
    ctx.out << tr("Wrote the after-action report of %1 to %2.\n").arg(aar.reference, parser.value(outputOption));
    return Ok;
}

} // namespace

QList<Command> exerciseCommands()
{
    return {
        {{QStringLiteral("exercises"), QStringLiteral("list")},
         QStringLiteral("exercises list --database FILE [--json]"),
         tr("List the exercises, newest first."),
         list},
        {{QStringLiteral("exercises"), QStringLiteral("show")},
         QStringLiteral("exercises show EXERCISE --database FILE [--json]"),
         tr("Show an exercise: plan, clock, injects and their state, log and evaluation counts."),
         show},
        {{QStringLiteral("exercises"), QStringLiteral("report")},
         QStringLiteral("exercises report EXERCISE --database FILE [--format markdown|html|json] [--json] [-o FILE]"),
         tr("The after-action report with improvement plan."),
         report},
    };
}

} // namespace muster::ctl
