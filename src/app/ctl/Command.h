#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace muster::storage {
class Database;
}

namespace muster::ctl {

// Exit codes of musterctl.
enum ExitCode
{
    Ok = 0,
    BadInput = 1, // invalid data, refused action, broken file, failed check
    Usage = 2,    // unknown command or option, missing argument
};

// Thrown for usage errors; main prints the message with a hint and exits with 2.
struct UsageError
{
    QString message;
};

// What a command sees: its arguments (after the command words) and the streams.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(muster::ctl::Context)

public:
    Context(QStringList args, QTextStream& out, QTextStream& err);

    QStringList args;
    QTextStream& out;
    QTextStream& err;

    // Parses `args` with the given options; throws UsageError on unknown options or
    // when the number of positional arguments is outside [minPositional, maxPositional].
    void parse(QCommandLineParser& parser, int minPositional = 0, int maxPositional = 0) const;
    // The --database option shared by most commands.
    static QCommandLineOption databaseOption();
    static QCommandLineOption jsonOption();
    // The --dsn option of the team-server commands (a libpq connection string).
    static QCommandLineOption dsnOption();
    // Opens the database named by --database (required); throws core::Error or UsageError.
    std::unique_ptr<storage::Database> openDatabase(const QCommandLineParser& parser, bool create = false) const;
    void printJson(const QJsonValue& value) const;
};

struct Command
{
    QStringList words; // e.g. {"db", "init"}
    QString synopsis;  // e.g. "db init --database FILE"
    QString summary;
    std::function<int(Context&)> run;
};

const QList<Command>& commands();

// Command groups, each in its own file.
QList<Command> databaseCommands();
QList<Command> demoCommands();
QList<Command> incidentCommands();
QList<Command> deadlineCommands();
QList<Command> taskCommands();
QList<Command> communicationCommands();
QList<Command> intakeCommands();
QList<Command> scenarioCommands();
QList<Command> exerciseCommands();
QList<Command> attackCommands();
QList<Command> intelCommands();
QList<Command> huntCommands();
QList<Command> serverCommands();
QList<Command> syncCommands();
QList<Command> metricsCommands();
QList<Command> reportCommands();

// Whether a command lays out documents (reports, PDF exports) and so needs a
// QGuiApplication for fonts; musterctl then runs on the offscreen platform.
bool needsGuiApplication(const QStringList& args);

} // namespace muster::ctl
