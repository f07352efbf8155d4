#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

namespace muster::storage {

// The tables that sync with the team server, and what the sync layer learns about them
// from the local schema. Adding a table to sync is one entry in SyncRegistry::tables()
// (see docs/sync.md, "Adding a table"): the columns, their types, foreign keys and
// unique keys are read from SQLite itself (PRAGMA table_info and friends), and the
// capture triggers, the server DDL and the pull and push statements are generated from
// them, so that nothing is written twice.
//
// Type rules: INTEGER columns named *_at (or listed in `instants`) are instants (epoch ms
// locally, timestamptz on the server); columns listed in `booleans` are 0/1 locally and
// boolean on the server; other INTEGER columns are bigint, TEXT is text, REAL is double
// precision.
struct SyncTableSpec
{
    QString name;
    QString key = QStringLiteral("id"); // primary key column (TEXT)
    QStringList booleanColumns;         // INTEGER 0/1 columns that are booleans
    QStringList instantColumns;         // INTEGER epoch-ms columns not named *_at
    QStringList localOnlyColumns;       // columns that never leave this desktop
    bool isInsertOnly = false;          // rows are never updated or deleted (timeline)
    bool isMergeOnUnique = false;       // a row with the same unique key is the same row (link tables)
    QString numberedColumn;             // a unique reference numbered per series (INC-2026-0042)
    QString localRowsColumn;            // rows whose `localRowsColumn` is one of `localRowsValues`
    QStringList localRowsValues;        // never leave this desktop (secrets)

    // Chainable, for one-line registry entries.
    static SyncTableSpec table(const QString& name);
    SyncTableSpec keyedBy(const QString& column) const;
    SyncTableSpec booleans(const QStringList& columns) const;
    SyncTableSpec instants(const QStringList& columns) const;
    SyncTableSpec localOnly(const QStringList& columns) const;
    SyncTableSpec insertOnly() const;
    SyncTableSpec mergeOnUnique() const;
    SyncTableSpec numbered(const QString& column) const;
    SyncTableSpec localRows(const QString& column, const QStringList& values) const;
};

struct SyncColumn
{
    enum class Type
    {
        Text,
        Integer,
        Real,
        Bool,
        Instant, // epoch ms locally, timestamptz on the server
    };
    QString name;
    Type type = Type::Text;
    bool notNull = false;
    QString defaultSql; // SQLite's default expression, as declared ("''", "0", "'{}'"), or empty
};

struct SyncForeignKey
{
    QString column;
    QString parentTable;
    QString parentColumn;
    QString onDelete; // "CASCADE", "SET NULL", "NO ACTION", ...
};

struct SyncUniqueKey
{
    QStringList columns;
    QString where; // for partial unique indexes, the condition as written; else empty
};

// A registered table as the local schema describes it.
struct SyncTable
{
    QString name;
    QString key;
    QList<SyncColumn> columns; // synced columns (localOnly excluded), key first
    QStringList localOnly;
    QList<SyncForeignKey> foreignKeys; // among synced columns
    QList<SyncUniqueKey> uniqueKeys;   // besides the primary key
    bool insertOnly = false;
    bool mergeOnUnique = false;
    QString numbered; // the reference column numbered per series, or empty
    // Rows that never leave this desktop: `localRowsColumn` is one of `localRowsValues`.
    QString localRowsColumn;
    QStringList localRowsValues;
    // The column that ties a row to an incident ("id" for incidents itself, "incident_id"
    // for rows under an incident, empty for organisation-wide tables). Row-level security
    // and purging follow it. A nullable one (`incidentOptional`) links a row to an
    // incident: with NULL the row is the organisation's (an alert not yet triaged).
    QString incidentColumn;
    bool incidentOptional = false;
    // For a row under an incident through its parent (task_comments.task_id -> tasks): the
    // NOT NULL, ON DELETE CASCADE foreign key to that parent, which is itself under an
    // incident; empty column otherwise. The parent's visibility is the row's.
    SyncForeignKey underParent;

    const SyncColumn* column(const QString& name) const;
    QStringList columnNames() const;
    // Whether rows of this table can be under a (confidential) incident.
    bool underIncident() const { return !incidentColumn.isEmpty() || !underParent.column.isEmpty(); }
    // A condition on a row (columns qualified by `row`, "NEW" or "OLD" in a trigger, empty
    // for none) that is true when the row syncs; "1" for every row.
    QString syncedRowSql(const QString& row) const;
};

class SyncRegistry
{
public:
    // The registered tables in dependency order (parents before children).
    static const QList<SyncTableSpec>& specs();

    // Describes every registered table from the schema of `db` (which must be migrated),
    // with which incident each table's rows are under. Throws core::Error(Storage) when a
    // registered table is missing or malformed.
    static QList<SyncTable> describe(const QSqlDatabase& db);
    // One table, without `underParent` (that needs the tables before it).
    static SyncTable describe(const QSqlDatabase& db, const SyncTableSpec& spec);

    // The tables of a migrated desktop database that deliberately do not sync, each with
    // the reason (docs/sync.md lists them; a test checks that every table is one or the
    // other).
    static const QList<std::pair<QString, const char*>>& unsynced();
};

} // namespace muster::storage
