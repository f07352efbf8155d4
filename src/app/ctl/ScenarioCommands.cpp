#include "app/ctl/Command.h"
#include "core/BuiltinScenarios.h"
#include "core/ScenarioFormat.h"
#include "storage/Database.h"
#include "storage/ScenarioLibrary.h"

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

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::jsonOption());
    parser.addOption(Context::databaseOption());
    ctx.parse(parser);
    // Without a database: the shipped library only.
    QList<storage::ScenarioLibrary::Entry> entries;
    if (parser.isSet(Context::databaseOption())) {
        auto db = ctx.openDatabase(parser);
        entries = storage::ScenarioLibrary(*db).entries();
    } else {
        for (const auto& s : core::BuiltinScenarios::all()) {
            entries.append({s.id, s.title, storage::ScenarioLibrary::Source::Builtin, QString(), 0, s, QString()});
        }
    }
    QJsonArray array;
    for (const auto& e : entries) {
        const QString source = e.source == storage::ScenarioLibrary::Source::Builtin    ? QStringLiteral("builtin")
                               : e.source == storage::ScenarioLibrary::Source::Imported ? QStringLiteral("imported")
                                                                                        : QStringLiteral("custom");
        if (parser.isSet(Context::jsonOption())) {
            QJsonObject o{{QStringLiteral("id"), e.key},
                          {QStringLiteral("title"), e.title},
                          {QStringLiteral("source"), source},
                          {QStringLiteral("valid"), e.scenario.has_value()}};
            if (e.scenario) {
                o.insert(QStringLiteral("category"), core::categories().key(e.scenario->category));
                o.insert(QStringLiteral("difficulty"), core::scenarioDifficulties().key(e.scenario->difficulty));
                o.insert(QStringLiteral("durationMinutes"), e.scenario->durationMinutes);
                o.insert(QStringLiteral("injects"), e.scenario->injects.size());
            }
            array.append(o);
        } else {
            ctx.out << QStringLiteral("%1  %2  %3\n").arg(e.key, -32).arg(source, -8).arg(e.title);
        }
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(array);
    }
    return Ok;
}

int importOpenAev(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("Replace a stored scenario with the same id."));
    parser.addOption(replaceOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("An OpenAEV scenario export (.json or .zip)."));
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const QString path = parser.positionalArguments().first();
    const auto result = storage::ScenarioLibrary(*db).importOpenAev(path, parser.isSet(replaceOption));
    const auto& s = result.scenario;
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("injects"), s.injects.size()},
            {QStringLiteral("roles"), s.roles.size()},
            {QStringLiteral("expectedActions"), s.allActions().size()},
            {QStringLiteral("unknownInjectTypes"), result.unknownInjectTypes},
            {QStringLiteral("unresolvedVariables"), QJsonArray::fromStringList(result.unresolvedVariables)}});
        return Ok;
    }
    ctx.out << tr("Imported \"%1\" as scenario %2: %3 injects, %4 roles, %5 expected actions.\n")
                   .arg(s.title, s.id)
                   .arg(s.injects.size())
                   .arg(s.roles.size())
                   .arg(s.allActions().size());
    if (result.unknownInjectTypes > 0) {
        ctx.out << tr("%1 injects of types without a tabletop meaning were kept with facilitator remarks.\n")
                       .arg(result.unknownInjectTypes);
    }
    if (!result.unresolvedVariables.isEmpty()) {
        ctx.out << tr("Unresolved variables for the facilitator to fill in: %1\n")
                       .arg(result.unresolvedVariables.join(QStringLiteral(", ")));
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
         QStringLiteral("scenarios list [--database FILE] [--json]"),
         tr("List the scenario library: the shipped scenarios, and with --database those stored in it."),
         list},
        {{QStringLiteral("scenarios"), QStringLiteral("import-openaev")},
         QStringLiteral("scenarios import-openaev FILE --database FILE [--replace] [--json]"),
         tr("Import an OpenAEV scenario export (JSON or ZIP) into the library; nothing is stored when it is "
            "malformed."),
         importOpenAev},
    };
}

} // namespace muster::ctl
