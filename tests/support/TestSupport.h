#pragma once

#include "core/Clock.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace muster::test {

// A clock the test sets and advances.
class FixedClock final : public core::Clock
{
public:
    explicit FixedClock(qint64 now)
        : m_now(now)
    {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 now) { m_now = now; }
    void advanceMinutes(qint64 minutes) { m_now += minutes * 60'000; }

private:
    qint64 m_now;
};

// A fresh Muster database in a temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    storage::Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

// Epoch ms for a UTC date and time, for readable fixtures.
qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0);

// Where test data lives: the repository's tests/data and ../shared/data.
QString sourcePath(const QString& relative);
QString sharedDataPath(const QString& relative);

// Every index of a database file, as "table name: definition" (automatic ones without).
QStringList indexes(const QSqlDatabase& connection);

// The throwaway PostgreSQL cluster started by the CTest fixture (tests/pg/pg_cluster.sh).
class PgServer
{
public:
    // False (with the reason) when the fixture did not run; pg suites then fail.
    static bool available(QString* why = nullptr);
    static QString host();
    static int port();
    static QString superuser();
    // A new empty database with a unique name; returns its name.
    static QString createDatabase(const QString& prefix);
    // Opens a QPSQL connection; throws core::Error when it fails.
    static QSqlDatabase connect(const QString& connectionName, const QString& database, const QString& user = QString(),
                                const QString& password = QString());
    // A libpq connection string for `database`.
    static QString dsn(const QString& database, const QString& user = QString());
};

} // namespace muster::test
