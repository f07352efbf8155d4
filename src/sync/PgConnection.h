#pragma once

#include "sync/PgError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace muster::sync {

struct ServerConfig;

// The result of one statement: text-format values, by row and column.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    // The value's bytes (UTF-8 text), empty for NULL.
    QByteArray bytes(int row, int column) const { return view(row, column).toByteArray(); }
    // The same without a copy, valid while this result lives.
    QByteArrayView view(int row, int column) const { return view(m_result, row, column); }
    QString text(int row, int column) const { return QString::fromUtf8(view(row, column)); }
    qint64 number(int row, int column) const { return view(row, column).toLongLong(); }
    bool boolean(int row, int column) const { return view(row, column) == "t"; }
    qint64 affected() const;

    // The libpq result this one holds (it stays the same when the PgResult is moved), and
    // a value of it read without a copy (a null view for NULL).
    const pg_result* handle() const { return m_result; }
    static QByteArrayView view(const pg_result* result, int row, int column);

private:
    pg_result* m_result = nullptr;
};

// One connection to the team server through libpq, used by one thread. Statements take
// text parameters (a null QByteArray is SQL NULL) and throw PgError on failure.
class PgConnection
{
public:
    // Connects; throws PgError (a connection problem when the server cannot be reached,
    // otherwise e.g. a refused login). `extra` are libpq keywords that override the
    // configuration (tests use them).
    explicit PgConnection(const ServerConfig& config, int connectTimeoutSeconds = 10);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    PgResult exec(const QString& sql, const QList<QByteArray>& params = {});
    // Runs a script of several statements (simple query protocol).
    void execScript(const QString& sql);

    // Sends a statement without waiting for it (test hooks pause in between), then waits.
    void send(const QString& sql, const QList<QByteArray>& params = {});
    PgResult receive();

    // LISTEN/NOTIFY: the socket to watch, and the channels that rang since last asked.
    int socket() const;
    QStringList takeNotifications();

    // A SCRAM verifier for ALTER ROLE ... PASSWORD, so that no plain password reaches the
    // server's logs.
    QByteArray encryptPassword(const QString& role, const QString& password);

    bool isOk() const;
    QString serverVersion() const;
    QString user() const;

    static QByteArray param(const QString& text) { return text.toUtf8(); }
    static QByteArray param(qint64 value) { return QByteArray::number(value); }
    static QByteArray null() { return {}; }

private:
    [[noreturn]] void fail(pg_result* result, const QString& sql);

    pg_conn* m_conn = nullptr;
    QString m_pendingSql;
};

} // namespace muster::sync
