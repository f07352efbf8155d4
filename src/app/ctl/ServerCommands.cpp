#include "app/ctl/Command.h"
#include "core/Error.h"
#include "sync/PgConnection.h"
#include "sync/ServerConfig.h"
#include "sync/ServerSchema.h"

#include <QFile>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::ServerCommands", text);
}

QString requiredDsn(const QCommandLineParser& parser)
{
    const QString dsn = parser.value(Context::dsnOption());
    if (dsn.isEmpty()) {
        throw UsageError{tr("--dsn DSN is required")};
    }
    return dsn;
}

int printSql(Context& ctx)
{
    QCommandLineParser parser;
    ctx.parse(parser);
    ctx.out << sync::ServerSchema::script();
    ctx.out.flush();
    return Ok;
}

int init(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::dsnOption());
    ctx.parse(parser);
    sync::PgConnection connection(sync::ServerConfig::fromDsn(requiredDsn(parser)));
    sync::ServerSchema::install(connection);
    const auto db = connection.exec(QStringLiteral("SELECT current_database()"));
    ctx.out << tr("The team server in database %1 is ready (Muster server schema %2, sync protocol %3).\n")
                   .arg(db.text(0, 0))
                   .arg(sync::ServerSchema::kSchemaVersion)
                   .arg(sync::ServerSchema::kProtocol);
    return Ok;
}

int addLogin(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::dsnOption());
    const QCommandLineOption login(QStringLiteral("login"), tr("The PostgreSQL login role to create or update."),
                                   tr("ROLE"));
    const QCommandLineOption person(QStringLiteral("person"), tr("The id of the person in the directory."), tr("ID"));
    const QCommandLineOption leadership(QStringLiteral("leadership"), tr("Read-only access (leadership)."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Set the role's password from the first line of FILE."), tr("FILE"));
    parser.addOptions({login, person, leadership, passwordFile});
    ctx.parse(parser);
    const QString role = parser.value(login).trimmed();
    const QString personId = parser.value(person).trimmed();
    if (role.isEmpty() || personId.isEmpty()) {
        throw UsageError{tr("--login ROLE and --person ID are required")};
    }
    QString password;
    if (parser.isSet(passwordFile)) {
        QFile f(parser.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            throw core::Error(core::Error::Kind::Io,
                              tr("Cannot read %1: %2").arg(parser.value(passwordFile), f.errorString()));
        }
        password = QString::fromUtf8(f.readLine()).trimmed();
        if (password.isEmpty()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("%1: the first line (the password) is empty.").arg(parser.value(passwordFile)));
        }
    }
    sync::PgConnection c(sync::ServerConfig::fromDsn(requiredDsn(parser)));
    sync::ServerSchema::addLogin(c, role, personId, parser.isSet(leadership), password);
    ctx.out << (parser.isSet(leadership) ? tr("%1 signs in as person %2 with read-only (leadership) access.\n")
                                         : tr("%1 signs in as person %2 and may read and write.\n"))
                   .arg(role, personId);
    return Ok;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {{QStringLiteral("server"), QStringLiteral("init")},
         QStringLiteral("server init --dsn DSN"),
         tr("Create or upgrade the team server's schema, roles and row-level security (as a superuser)."),
         init},
        {{QStringLiteral("server"), QStringLiteral("sql")},
         QStringLiteral("server sql"),
         tr("Print the SQL that server init runs (docs/server.sql)."),
         printSql},
        {{QStringLiteral("server"), QStringLiteral("add-login")},
         QStringLiteral("server add-login --dsn DSN --login ROLE --person ID [--leadership] [--password-file FILE]"),
         tr("Let a person sign in to the team server as their own PostgreSQL role."),
         addLogin},
    };
}

} // namespace muster::ctl
