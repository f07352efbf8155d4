#include "TestSupport.h"

#include "core/Error.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace muster::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("muster.sqlite")))
{
    m_db = storage::Database::open(m_path);
}

void TempDatabase::reopen()
{
    m_db.reset();
    m_db = storage::Database::open(m_path);
}

qint64 utcMs(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("MUSTER_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QString sharedDataPath(const QString& relative)
{
    return qEnvironmentVariable("MUSTER_SHARED_DATA") + QLatin1Char('/') + relative;
}

namespace {

QHash<QString, QString> pgEnv()
{
    static const QHash<QString, QString> values = [] {
        QHash<QString, QString> out;
        QFile f(qEnvironmentVariable("MUSTER_TEST_PG_ENV"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                const qsizetype eq = line.indexOf('=');
                if (eq > 0) {
                    out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
                }
            }
        }
        return out;
    }();
    return values;
}

} // namespace

bool PgServer::available(QString* why)
{
    if (qEnvironmentVariableIsEmpty("MUSTER_TEST_PG_ENV")) {
        if (why) {
            *why = QStringLiteral("MUSTER_TEST_PG_ENV is not set: run the pg suites through CTest");
        }
        return false;
    }
    if (!pgEnv().contains(QStringLiteral("MUSTER_PG_PORT"))) {
        if (why) {
            *why = QStringLiteral("the PostgreSQL fixture did not start (no port in %1)")
                       .arg(qEnvironmentVariable("MUSTER_TEST_PG_ENV"));
        }
        return false;
    }
    return true;
}

QString PgServer::host()
{
    return pgEnv().value(QStringLiteral("MUSTER_PG_HOST"), QStringLiteral("127.0.0.1"));
}

int PgServer::port()
{
    return pgEnv().value(QStringLiteral("MUSTER_PG_PORT")).toInt();
}

QString PgServer::superuser()
{
    return pgEnv().value(QStringLiteral("MUSTER_PG_USER"), QStringLiteral("postgres"));
}

QSqlDatabase PgServer::connect(const QString& connectionName, const QString& database, const QString& user,
                               const QString& password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(port());
    db.setDatabaseName(database);
    db.setUserName(user.isEmpty() ? superuser() : user);
    db.setPassword(password);
    if (!db.open()) {
        throw core::Error(core::Error::Kind::Io, db.lastError().text());
    }
    return db;
}

QString PgServer::createDatabase(const QString& prefix)
{
    const QString name = (prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(10)).toLower();
    const QString conn = QStringLiteral("create-") + name;
    {
        QSqlDatabase admin = connect(conn, QStringLiteral("postgres"));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            throw core::Error(core::Error::Kind::Io, q.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return name;
}

QString PgServer::dsn(const QString& database, const QString& user)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(host())
        .arg(port())
        .arg(database, user.isEmpty() ? superuser() : user);
}

QStringList indexes(const QSqlDatabase& connection)
{
    QSqlQuery q(connection);
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT tbl_name || ' ' || name || ': ' || IFNULL(sql, '') FROM sqlite_master WHERE "
                               "type = 'index' ORDER BY name"))) {
        return {q.lastError().text()};
    }
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

} // namespace muster::test
