#include "app/ctl/Command.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::ctl {

Context::Context(QStringList arguments, QTextStream& output, QTextStream& errors)
    : args(std::move(arguments))
    , out(output)
    , err(errors)
{}

void Context::parse(QCommandLineParser& parser, int minPositional, int maxPositional) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("musterctl"));
    if (!parser.parse(withProgram)) {
        throw UsageError{parser.errorText()};
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional) {
        throw UsageError{tr("missing argument")};
    }
    if (maxPositional >= 0 && n > maxPositional) {
        throw UsageError{tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(maxPositional))};
    }
}

QCommandLineOption Context::databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                              tr("The Muster database FILE."), tr("FILE"));
}

QCommandLineOption Context::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text."));
}

QCommandLineOption Context::dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"),
                              tr("The team server as a libpq connection string, e.g. \"host=db.example.org "
                                 "dbname=muster user=alice\". Passwords come from ~/.pgpass or PGPASSWORD."),
                              tr("DSN"));
}

std::unique_ptr<storage::Database> Context::openDatabase(const QCommandLineParser& parser, bool create) const
{
    const QString path = parser.value(databaseOption());
    if (path.isEmpty()) {
        throw UsageError{tr("--database FILE is required")};
    }
    storage::Database::Options options;
    options.create = create;
    return storage::Database::open(path, options);
}

void Context::printJson(const QJsonValue& value) const
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

const QList<Command>& commands()
{
    static const QList<Command> list = [] {
        QList<Command> all;
        all += databaseCommands();
        all += demoCommands();
        all += incidentCommands();
        all += deadlineCommands();
        all += taskCommands();
        all += communicationCommands();
        all += intakeCommands();
        all += scenarioCommands();
        all += exerciseCommands();
        all += attackCommands();
        all += intelCommands();
        all += huntCommands();
        all += serverCommands();
        all += syncCommands();
        all += metricsCommands();
        all += reportCommands();
        return all;
    }();
    return list;
}

} // namespace muster::ctl
