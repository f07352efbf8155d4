#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace muster::storage {

// A statement prepared once and run many times through SQLite's own interface, for bulk
// work (applying a pulled page of thousands of rows) where QSqlQuery's cost per call —
// named parameters, QVariant copies, result caching — outweighs SQLite's own. It runs on
// the connection of `db`, inside whatever transaction that connection has open.
//
// Parameters are positional and numbered from 1 (?1, ?2, …). Values bind as Query does:
// a QVariant without a value is NULL, a null QString is '' (Muster's text columns are NOT
// NULL with '' for "none").
// Failures throw core::Error(Storage) with SQLite's message and the SQL.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase& db, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    BulkStatement& bind(int index, const QVariant& value);
    // UTF-8 text that stays where it is until the statement has run (not copied).
    BulkStatement& bindUtf8(int index, QByteArrayView utf8);
    BulkStatement& bind(int index, const QString& value);
    BulkStatement& bind(int index, qint64 value);
    BulkStatement& bind(int index, const std::optional<qint64>& value);
    BulkStatement& bindNull(int index);

    // Runs a statement that returns no rows; returns how many rows it changed.
    int run();
    // Steps once: true while a row is ready (read it with the column functions).
    bool next();
    // Runs and returns the first column of the first row (an invalid QVariant when none).
    QVariant scalar();
    // Ends a statement read with next() before its last row, and forgets the bindings.
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<QByteArray> m_utf8; // per parameter: its text, as bound
};

// Whether the open transaction of `db` has foreign keys that point at no row (counted by
// SQLite while they are deferred, PRAGMA defer_foreign_keys); the commit would fail.
bool hasUnresolvedForeignKeys(const QSqlDatabase& db);

// Switches the triggers of `db`'s connection off while it lives, and back on after
// (SQLITE_DBCONFIG_ENABLE_TRIGGER; TEMP triggers still run). Other connections are not
// affected. SQLite re-prepares the connection's statements on their next run.
class TriggersOff
{
public:
    explicit TriggersOff(const QSqlDatabase& db);
    ~TriggersOff();
    TriggersOff(const TriggersOff&) = delete;
    TriggersOff& operator=(const TriggersOff&) = delete;

private:
    sqlite3* m_db = nullptr;
    int m_was = 1;
};

// Which of `tables` the calling thread's connection to `db` wrote rows of (inserted,
// updated or deleted) while this lives, committed or not: for telling views what a
// writer on another thread changed. It holds SQLite's update hook of that connection,
// so one at a time per connection.
class ChangeRecorder
{
public:
    ChangeRecorder(const QSqlDatabase& db, const QStringList& tables);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // The tables written, in the order they were given.
    QStringList changed() const;

private:
    static void written(void* recorder, int operation, const char* database, const char* table, qint64 rowid);

    sqlite3* m_db = nullptr;
    QStringList m_tables;
    std::vector<QByteArray> m_names; // m_tables, UTF-8
    std::vector<bool> m_written;
    std::size_t m_last = 0; // the table written last: rows come in runs
};

} // namespace muster::storage
