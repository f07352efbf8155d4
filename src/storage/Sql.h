#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace muster::storage {

// A prepared statement that throws core::Error(Storage) on failure, with the SQL and
// the driver's message, so that no error passes silently.
class Query
{
public:
    Query(const QSqlDatabase& db, const QString& sql);

    Query& bind(const QString& placeholder, const QVariant& value);
    Query& bindOptional(const QString& placeholder, const std::optional<qint64>& value);
    // Executes; returns *this so that a single value can be read on.
    Query& exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& raw() { return m_query; }

    // Executes and returns the first column of the first row (null when no row).
    QVariant scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Executes a statement without parameters (DDL, PRAGMA); throws on failure.
void execute(const QSqlDatabase& db, const QString& sql);

// True when `table` exists in the file and holds a row (bookkeeping tables that older
// schemas lack). `table` is a constant of the caller, never user input.
bool hasRows(const QSqlDatabase& db, const QString& table);

// `values` as a JSON array of strings, for json_each() in a statement: many statements
// take a list of keys as one parameter. (Written directly: for the thousands of keys of
// a large pull, QJsonDocument took tens of milliseconds.)
QString jsonList(const QStringList& values);

// The id of the one row of `table` whose id starts with `prefix` (at least 6
// characters), for names typed on the command line; empty when none or several match.
// `table` is a constant of the caller, never user input.
QString uniqueIdWithPrefix(const QSqlDatabase& db, const QString& table, const QString& prefix);

// A write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE), so
// that two writers wait on the busy timeout instead of failing on upgrade. Rolls back
// unless committed. Opened while the connection already has one, it becomes a
// SAVEPOINT inside it, so a service can call another service within its transaction
// (an alert's promotion creates the incident and marks the alert in one commit).
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

inline QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> optionalMs(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return v.toLongLong();
}

inline QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace muster::storage
