#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace muster::storage {

// The tables that sync with the team server, and what the sync layer learns about them
// from the local schema. Adding a table to sync is one entry in SyncRegistry::tables()
// (see docs/sync.md, "Adding a table"): the columns, their types, foreign keys and
// unique keys are read from SQLite itself (PRAGMA table_info and friends), and the
// capture triggers, the server DDL and the pull and push statements are generated from
// them, so that nothing is written twice.
//
// Type rules: INTEGER columns named *_at are instants (epoch ms locally, timestamptz on
// the server); columns listed in `booleans` are 0/1 locally and boolean on the server;
// other INTEGER columns are bigint, TEXT is text, REAL is double precision.
struct SyncTableSpec
{
    QString name;
    QString key = QStringLiteral("id"); // primary key column (TEXT)
    QStringList booleanColumns;         // INTEGER 0/1 columns that are booleans
    QStringList localOnlyColumns;       // columns that never leave this desktop
    bool isInsertOnly = false;          // rows are never updated or deleted (timeline)
    bool isMergeOnUnique = false;       // a row with the same unique key is the same row (link tables)

    // Chainable, for one-line registry entries.
    static SyncTableSpec table(const QString& name);
    SyncTableSpec keyedBy(const QString& column) const;
    SyncTableSpec booleans(const QStringList& columns) const;
    SyncTableSpec localOnly(const QStringList& columns) const;
    SyncTableSpec insertOnly() const;
    SyncTableSpec mergeOnUnique() const;
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
    // The column that ties a row to an incident ("id" for incidents itself, "incident_id"
    // for rows under an incident, empty for organisation-wide tables). Row-level security
    // and purging follow it.
    QString incidentColumn;

    const SyncColumn* column(const QString& name) const;
    QStringList columnNames() const;
};

class SyncRegistry
{
public:
    // The registered tables in dependency order (parents before children).
    static const QList<SyncTableSpec>& specs();

    // Describes every registered table from the schema of `db` (which must be migrated).
    // Throws core::Error(Storage) when a registered table is missing or malformed.
    static QList<SyncTable> describe(const QSqlDatabase& db);
    static SyncTable describe(const QSqlDatabase& db, const SyncTableSpec& spec);
};

} // namespace muster::storage
