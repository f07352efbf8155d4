#pragma once

#include "core/IncidentFacts.h"
#include "sync/SyncPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace muster::storage {
class BulkStatement;
class Database;
struct SyncUniqueKey;
} // namespace muster::storage

struct pg_result;

namespace muster::sync {

// The timelines a pull brought whole — the incident had no entry here when its first
// pulled entry arrived — kept in memory so that the refold at the pull's end need not read
// them back. The Puller holds it across pages. An incident that is purged, loses an entry
// or meets an entry it did not bring is no longer whole (it is refolded from the
// database); so is every incident once kMaxEntries entries are kept.
class PulledTimelines
{
public:
    // About 0.6 kB each (a pull of 100,000 rows keeps 51,000 in 30 MB); incidents beyond
    // are refolded from the database.
    static constexpr qsizetype kMaxEntries = 100'000;

    struct Timeline
    {
        qsizetype count = 0; // entries, of any kind
        QString head;        // the hash of the last one
        // The entries that change facts (the others fold to nothing), in local seq order,
        // each with its place in the server's order.
        QList<core::TimelineEntry> facts;
        QList<std::optional<qint64>> order;
        bool inServerOrder = true; // local seq order is the server's (a first pull's)
    };

    // A page's first entry of `incidentId`; `fresh` when the incident had no entry here.
    void begin(const QString& incidentId, bool fresh);
    // An entry of `incidentId` the page wrote (`inserted`) or found already here (then
    // the database holds what folding needs: the incident is no longer whole).
    void add(const QString& incidentId, core::TimelineEntry entry, qint64 serverSeq, bool inserted);
    void forget(const QString& incidentId);
    // The whole timeline of `incidentId`, or null.
    const Timeline* whole(const QString& incidentId) const;

private:
    QHash<QString, Timeline> m_whole;
    QSet<QString> m_partial;
    qsizetype m_entries = 0;
    QString m_lastId; // the incident add() found last, while m_whole is unchanged
    Timeline* m_last = nullptr;
};

// Applies rows pulled from the server to the local database, inside the caller's write
// transaction and (for everything but writeCorrections) inside
// storage::SyncCapture::ApplyMode with purge allowed, so that nothing is queued again.
//
// - A column with a change of this desktop still waiting in the outbox keeps the local
//   value (it will reach the server later and win there by last writer).
// - A row deleted here and not yet pushed is not brought back.
// - A tombstone deletes the row (an incident: purges it with everything under it).
// - Timeline entries are added by union with the next local seq; their server order is
//   kept on the entry (timeline_entries.server_seq). The incidents whose timeline grew
//   are refolded.
// - A row that collides with a different local row on a unique key: in merge-on-unique
//   tables (same key means the same link or fact) the local row takes the server's key;
//   a numbered reference (INC-2026-0042) makes the local row take the next free local
//   number until the server's number arrives; other rows set the local row aside as a
//   conflict.
// - A row whose parent is missing here gets the parent fetched from the server (through
//   the fetch callback); a parent the server no longer has takes the child with it.
class LocalApplier
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::LocalApplier)

public:
    struct Row
    {
        QList<QVariant> values; // in the plan table's column order, SQLite types
        bool deleted = false;
        qint64 serverSeq = -1;
        // The server's result the row was read from, when the reader keeps it alive while
        // the row is applied (a pull's page): text is bound from there as it came, UTF-8,
        // instead of being encoded again from `values`.
        const pg_result* source = nullptr;
        int sourceRow = -1;
    };
    // Fetches rows of `table` by key from the server.
    using Fetch = std::function<QList<Row>(const SyncPlan::Table& table, const QStringList& keys)>;

    LocalApplier(storage::Database& db, const SyncPlan& plan, Fetch fetch);
    ~LocalApplier();

    // Keeps the timelines this applier writes whole in `timelines`, and refolds from
    // there (a pull's applier; the caller keeps it alive).
    void keepTimelinesIn(PulledTimelines* timelines) { m_timelines = timelines; }

    void apply(const SyncPlan::Table& table, const QList<Row>& rows);
    // Fetches the missing parents of the rows applied since the last call, keeps the head
    // of each timeline that grew valid and notes those incidents in sync_refold. Call in
    // apply mode before the transaction the rows were applied in commits.
    void finish();
    // At the end of a pull, with every timeline complete: refolds the noted incidents
    // again and keeps their facts for writeCorrections(). In apply mode.
    void refoldNoted();
    // Writes the derived metric columns whose refolded value differs, as ordinary
    // (captured) changes, so that the server converges too. Call after apply mode ended.
    void writeCorrections();

    enum class Purge
    {
        Hidden,  // this desktop may no longer read it: everything that refers to it goes
        Deleted, // it is gone: rows that only link to it (ON DELETE SET NULL) stay, unlinked
    };
    // Removes an incident and everything under it from this desktop (rows that refer to it,
    // rows that refer to those and go with them, in any local table), with the changes to
    // them that were waiting; records one rejection naming why (requires purge mode).
    void purgeIncident(const QString& incidentId, const QString& reason, Purge why);

    // Removes a row the server does not have (its insert was refused): an incident is
    // purged, a timeline entry leaves and its incident is refolded (requires purge mode).
    void removeLocal(const SyncPlan::Table& table, const QString& key);

    int appliedRows() const { return m_appliedRows; }

    // Gives the local row `from` of a merge-on-unique table the server's key `to`: what
    // refers to it follows, its waiting changes become changes of `to`, and its own insert
    // is dropped (the server's row stands for it). Requires apply mode.
    static void rekeyLocal(storage::Database& db, const SyncPlan& plan, const QString& table, const QString& from,
                           const QString& to);

private:
    struct Pending
    {
        bool deleted = false;
        QSet<QString> columns;
    };
    QHash<QString, Pending> pendingFor(const SyncPlan::Table& table, const QList<Row>& rows);
    struct Shape;
    void applyInsertOnly(const SyncPlan::Table& table, const Shape& shape, const Row& row, QStringList& applied);
    static bool isLocalRow(const SyncPlan::Table& table, const Shape& shape, const Row& row);
    // Binds the row's values as parameters 1…n.
    static void bindRow(storage::BulkStatement& q, const SyncPlan::Table& table, const Row& row);
    void applyRow(const SyncPlan::Table& table, const Shape& shape, const Row& row, const Pending& pending);
    void upsert(const SyncPlan::Table& table, const Shape& shape, const Row& row, const Pending& pending);
    // Returns whether a local row was re-keyed to this one (merge on unique).
    bool resolveUniqueCollisions(const SyncPlan::Table& table, const Shape& shape, const Row& row);
    void setAside(const storage::SyncTable& table, const QString& localKey, const QString& serverKey,
                  const QString& columns);
    void renumber(const storage::SyncTable& table, const QString& localKey, const QString& reference);
    void rekey(const SyncPlan::Table& table, const QString& localKey, const Row& row);
    void fetchMissingParents();
    bool exists(const QString& table, const QString& column, const QVariant& value);
    // What is worked out once per table and applier: its statements and where its columns
    // are.
    struct Shape
    {
        // A row without local changes waiting: INSERT … ON CONFLICT DO UPDATE.
        storage::BulkStatement* upsert = nullptr;
        // Insert-only tables: INSERT … ON CONFLICT DO NOTHING (+ local seq, + the
        // server's order).
        storage::BulkStatement* insert = nullptr;
        // Timeline entries: writes the server's order on an entry that was here already
        // (`insert` writes it on a new one).
        storage::BulkStatement* reorder = nullptr;
        // Numbered insert-only tables: the next local seq of a scope.
        storage::BulkStatement* nextSeq = nullptr;
        int scopeColumn = -1;
        int localRowsColumn = -1;
        bool numbered = false; // a local seq per incident is a parameter of `insert`, after the columns
        bool ordered = false;  // the server's order is the last parameter of `insert`
        // Timeline entries: where the fields folding reads are among the columns (kind is
        // -1 for other tables).
        struct EntryColumns
        {
            int occurredAt = -1, recordedAt = -1, kind = -1, data = -1, hash = -1;
        } entry;
        struct Unique
        {
            const storage::SyncUniqueKey* key = nullptr;
            QList<int> columns;                     // parameters 1…n; the row's own key is n + 1
            storage::BulkStatement* find = nullptr; // the key of another local row with these values
        };
        QList<Unique> uniques;
    };
    const Shape& shape(const SyncPlan::Table& table);
    static QString upsertSql(const storage::SyncTable& t, const QSet<QString>& pendingColumns);
    // The head and derived columns of an incident, read by `q` from column `first` on
    // (timeline_head, status, tier, detected_at, acknowledged_at, contained_at,
    // remediated_at, closed_at); none if they are not what a fold gives.
    static std::optional<std::pair<QString, core::IncidentFacts>> storedFacts(const storage::BulkStatement& q,
                                                                              int first);
    void refold(const QString& incidentId, const core::IncidentFacts& facts, const QString& head);
    // A statement prepared once per applier.
    storage::BulkStatement& statement(const QString& sql);

    storage::Database& m_db;
    const SyncPlan& m_plan;
    Fetch m_fetch;
    QHash<QString, std::shared_ptr<storage::BulkStatement>> m_statements; // by SQL
    QHash<QString, std::shared_ptr<const Shape>> m_shapes;                // by table (kept where they are)
    struct Numbering
    {
        int next = 1;         // the next local seq of the scope's entries
        bool touched = false; // in m_touched
        QString head;         // the hash of the last entry written here (the highest seq)
    };
    QHash<QString, Numbering> m_numbering;          // by scope (incident; timeline entries are the one numbered table)
    std::pair<QString, Numbering*> m_lastNumbering; // the last looked up; reset when one is removed
    Numbering* numberingOf(const QString& scope);
    QSet<QString> m_touched;               // incidents whose timeline grew or was ordered
    QHash<QString, QStringList> m_applied; // table -> keys written since the last finish()
    QHash<QString, core::IncidentFacts> m_corrections;
    PulledTimelines* m_timelines = nullptr;
    int m_appliedRows = 0;
};

} // namespace muster::sync
