#include "app/ctl/Command.h"
#include "core/Error.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::DatabaseCommands", text);
}

int init(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser);
    const QString path = parser.value(Context::databaseOption());
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    auto db = ctx.openDatabase(parser, true);
    ctx.out << (existed ? tr("%1 is a Muster database (schema %2).\n") : tr("Created %1 (schema %2).\n"))
                   .arg(QDir::toNativeSeparators(db->path()))
                   .arg(db->schemaVersion());
    return Ok;
}

int check(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser);
    storage::Database::Options options;
    options.create = false;
    options.migrate = false;
    options.integrityCheckMaxBytes = std::numeric_limits<qint64>::max();
    const QString path = parser.value(Context::databaseOption());
    if (path.isEmpty()) {
        throw UsageError{tr("--database FILE is required")};
    }
    auto db = storage::Database::open(path, options);
    const int version = db->schemaVersion();
    ctx.out << tr("%1: Muster database, schema %2 of %3, integrity ok.\n")
                   .arg(QDir::toNativeSeparators(db->path()))
                   .arg(version)
                   .arg(storage::Database::latestSchemaVersion());
    if (version < storage::Database::latestSchemaVersion()) {
        ctx.out << tr("Migrations are pending; run: musterctl db migrate --database %1\n").arg(path);
    }
    return Ok;
}

int migrate(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser);
    storage::Database::Options options;
    options.create = false;
    options.migrate = false;
    const QString path = parser.value(Context::databaseOption());
    if (path.isEmpty()) {
        throw UsageError{tr("--database FILE is required")};
    }
    auto db = storage::Database::open(path, options);
    const int before = db->schemaVersion();
    const int applied = db->migrate();
    ctx.out << (applied == 0
                    ? tr("%1 is up to date (schema %2).\n").arg(path).arg(before)
                    : tr("Migrated %1 from schema %2 to %3.\n").arg(path).arg(before).arg(db->schemaVersion()));
    return Ok;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        {{QStringLiteral("db"), QStringLiteral("init")},
         QStringLiteral("db init --database FILE"),
         tr("Create a database file (or check that FILE is one) and bring it to the current schema."),
         init},
        {{QStringLiteral("db"), QStringLiteral("check")},
         QStringLiteral("db check --database FILE"),
         tr("Check that FILE is a healthy Muster database this version can open."),
         check},
        {{QStringLiteral("db"), QStringLiteral("migrate")},
         QStringLiteral("db migrate --database FILE"),
         tr("Apply pending schema migrations."),
         migrate},
    };
}

} // namespace muster::ctl
