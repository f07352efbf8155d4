#include "app/ctl/Command.h"
#include "core/BuiltinScenarios.h"
#include "core/ScenarioFormat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::ScenarioCommands", text);
}

QJsonObject problemJson(const core::ScenarioProblem& p)
{
    return QJsonObject{{QStringLiteral("file"), p.file},
                       {QStringLiteral("path"), p.path},
                       {QStringLiteral("line"), p.line},
                       {QStringLiteral("column"), p.column},
                       {QStringLiteral("message"), p.message}};
}

int validate(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::jsonOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Scenario files to check."), QStringLiteral("FILE..."));
    ctx.parse(parser, 1, -1);
    const bool json = parser.isSet(Context::jsonOption());
    int invalid = 0;
    QJsonArray results;
    for (const QString& path : parser.positionalArguments()) {
        const auto result = core::ScenarioFormat::parseFile(path);
        if (json) {
            QJsonArray problems;
            for (const auto& p : result.problems) {
                problems.append(problemJson(p));
            }
            QJsonObject entry{{QStringLiteral("file"), path},
                              {QStringLiteral("valid"), result.ok()},
                              {QStringLiteral("problems"), problems}};
            if (result.scenario) {
                entry.insert(QStringLiteral("id"), result.scenario->id);
                entry.insert(QStringLiteral("injects"), result.scenario->injects.size());
                entry.insert(QStringLiteral("branches"), result.scenario->branchCount());
            }
            results.append(entry);
        } else if (result.ok()) {
            ctx.out << tr("%1: valid (%2, %3 injects, %4 branches)\n")
                           .arg(QDir::toNativeSeparators(path), result.scenario->id)
                           .arg(result.scenario->injects.size())
                           .arg(result.scenario->branchCount());
        } else {
            for (const auto& p : result.problems) {
                ctx.err << p.toString() << QLatin1Char('\n');
            }
        }
        invalid += result.ok() ? 0 : 1;
    }
    if (json) {
        ctx.printJson(results);
    } else if (invalid > 0) {
        ctx.err << tr("%1 of %2 files are invalid.\n").arg(invalid).arg(parser.positionalArguments().size());
    }
    ctx.out.flush();
    ctx.err.flush();
    return invalid > 0 ? BadInput : Ok;
}

int listBuiltin(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    QJsonArray array;
    for (const auto& s : core::BuiltinScenarios::all()) {
        if (parser.isSet(Context::jsonOption())) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("category"), core::categories().key(s.category)},
                                     {QStringLiteral("difficulty"), core::scenarioDifficulties().key(s.difficulty)},
                                     {QStringLiteral("durationMinutes"), s.durationMinutes},
                                     {QStringLiteral("injects"), s.injects.size()},
                                     {QStringLiteral("source"), QStringLiteral("builtin")}});
        } else {
            ctx.out << QStringLiteral("%1  %2 (%3 min)\n").arg(s.id, -32).arg(s.title).arg(s.durationMinutes);
        }
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(array);
    }
    return Ok;
}

} // namespace

QList<Command> scenarioCommands()
{
    return {
        {{QStringLiteral("scenarios"), QStringLiteral("validate")},
         QStringLiteral("scenarios validate FILE... [--json]"),
         tr("Check scenario files; lists every problem with file, line and JSON path (exit 1 if any is invalid)."),
         validate},
        {{QStringLiteral("scenarios"), QStringLiteral("list")},
         QStringLiteral("scenarios list [--json]"),
         tr("List the scenarios that ship with Muster."),
         listBuiltin},
    };
}

} // namespace muster::ctl
