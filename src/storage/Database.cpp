#include "storage/Database.h"

#include "core/Error.h"
#include "storage/DeferredIndexes.h"
#include "storage/Migrations.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <mutex>
#include <sqlite3.h>

namespace muster::storage {

using core::Error;

namespace {

// SQLite's process-wide settings, before its first connection: no memory statistics,
// which SQLite keeps under a global mutex taken around every allocation (Qt's driver
// already opens each connection without a mutex of its own; each thread has its own).
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::storage::Database", text);
}

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

struct Inspection
{
    bool empty = false; // an SQLite file without any tables: treat as new
    int schemaVersion = 0;
};

// Looks at an existing file through a read-only connection and throws when Muster must
// not open it. Nothing is written to the file.
Inspection inspect(const QString& path, bool checkIntegrity)
{
    const QString shown = QDir::toNativeSeparators(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::Io, tr("Cannot read %1: %2").arg(shown, f.errorString()));
        }
        const QByteArray header = f.read(16);
        if (header != QByteArray("SQLite format 3\0", 16)) {
            throw Error(Error::Kind::Conflict,
                        tr("%1 is not a Muster database: it is not an SQLite database file. Muster left it "
                           "untouched.")
                            .arg(shown));
        }
    }

    Inspection result;
    const QString name = QStringLiteral("muster-inspect-") + uniqueSuffix();
    QString problem;
    Error::Kind kind = Error::Kind::Conflict;
    {
        configureSqlite();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            problem = tr("Cannot open %1: %2").arg(shown, db.lastError().text());
            kind = Error::Kind::Io;
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                problem = tr("%1 is damaged and cannot be read (%2). Restore it from a backup; Muster left it "
                             "untouched.")
                              .arg(shown, q.lastError().text());
            } else {
                const int appId = q.value(0).toInt();
                QSqlQuery tables(db);
                tables.exec(
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
                const int tableCount = tables.next() ? tables.value(0).toInt() : 0;
                if (appId != Database::applicationId && (appId != 0 || tableCount > 0)) {
                    problem = tr("%1 is not a Muster database: it is an SQLite database of another program. "
                                 "Muster left it untouched.")
                                  .arg(shown);
                } else if (tableCount == 0) {
                    result.empty = true;
                } else {
                    QSqlQuery check(db);
                    QStringList issues;
                    if (!check.exec(checkIntegrity ? QStringLiteral("PRAGMA integrity_check")
                                                   : QStringLiteral("PRAGMA schema_version"))) {
                        issues.append(check.lastError().text());
                    }
                    while (check.next()) {
                        const QString line = check.value(0).toString();
                        if (checkIntegrity && line != QLatin1String("ok")) {
                            issues.append(line);
                        }
                    }
                    if (!issues.isEmpty()) {
                        problem = tr("%1 is damaged (the integrity check found: %2). Restore it from a backup; "
                                     "Muster left it untouched.")
                                      .arg(shown, issues.mid(0, 3).join(QStringLiteral("; ")));
                    } else {
                        QSqlQuery version(db);
                        if (version.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) &&
                            version.next()) {
                            result.schemaVersion = version.value(0).toInt();
                        }
                        if (result.schemaVersion > Database::latestSchemaVersion()) {
                            problem = tr("%1 was written by a newer version of Muster (database schema %2; this "
                                         "version knows up to %3). Update Muster to open it; the file was left "
                                         "untouched.")
                                          .arg(shown)
                                          .arg(result.schemaVersion)
                                          .arg(Database::latestSchemaVersion());
                        }
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty()) {
        throw Error(kind, problem);
    }
    return result;
}

} // namespace

Database::Database(QString path, const Options& options)
    : m_path(std::move(path))
    , m_options(options)
    , m_connectionPrefix(QStringLiteral("muster-%1-").arg(uniqueSuffix()))
{}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::removeDatabase(name);
        }
    }
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && info.isDir()) {
        throw Error(Error::Kind::BadInput, tr("%1 is a folder, not a database file.").arg(shown));
    }
    if (!info.exists()) {
        if (!options.create) {
            throw Error(Error::Kind::NotFound, tr("%1 does not exist.").arg(shown));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            throw Error(Error::Kind::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
    } else if (info.size() > 0) {
        inspect(path, info.size() <= options.integrityCheckMaxBytes);
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), options));
    db->connection(); // opens and configures the file now, so errors surface here
    if (options.migrate) {
        // A bulk writer that crashed left indexes unbuilt: build them, as that schema
        // defined them, before a migration changes it.
        if (DeferredIndexes::pending(db->connection())) {
            DeferredIndexes::build(*db);
        }
        db->migrate(options.targetVersion);
        // A bulk writer that crashed left the search index deferred: rebuild it.
        if (db->schemaVersion() >= 2 && SearchIndex::isDeferred(*db)) {
            SearchIndex::rebuild(*db);
        }
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    configureSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        const QString message = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Error::Kind::Io, message);
    }
    execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    execute(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    execute(db, QStringLiteral("PRAGMA cache_size = -32768"));

    QThread* thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        // Worker threads drop their connection when they finish.
        QObject::connect(
            thread, &QThread::finished, thread, [name] { QSqlDatabase::removeDatabase(name); }, Qt::DirectConnection);
    }
    return db;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

int Database::schemaVersion() const
{
    const QSqlDatabase db = connection();
    Query exists(db,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (exists.scalar().toInt() == 0) {
        return 0;
    }
    Query q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return q.scalar().toInt();
}

int Database::migrate(int targetVersion)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    const QSqlDatabase db = connection();
    int applied = 0;
    for (const Migration& m : migrations()) {
        if (m.version > target) {
            break;
        }
        WriteTransaction tx(db);
        execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at INTEGER NOT NULL)"));
        // Re-read inside the write lock: another process may have migrated meanwhile.
        Query current(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        if (current.scalar().toInt() >= m.version) {
            continue;
        }
        for (const QString& statement : m.statements) {
            execute(db, statement);
        }
        Query record(db, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                        "VALUES (:version, :description, :at)"));
        record.bind(QStringLiteral(":version"), m.version)
            .bind(QStringLiteral(":description"), QString::fromUtf8(m.description))
            .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
            .exec();
        execute(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        execute(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
        ++applied;
    }
    return applied;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    Query q(connection(), QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    return problems;
}

void Database::notifyChanged(const QStringList& tables)
{
    emit changed(tables);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/muster.sqlite");
}

} // namespace muster::storage
