#include "storage/SyncSchema.h"

namespace muster::storage {

QStringList syncSchema()
{
    return {
        // One row per local change, in the order they happened. `data` holds the changed
        // columns with their new values (every column for an insert), `base` the same
        // columns with their values before the change (updates only), as JSON objects.
        QStringLiteral("CREATE TABLE sync_outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " mutation_id TEXT NOT NULL UNIQUE,"
                       " table_name TEXT NOT NULL,"
                       " row_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),"
                       " data TEXT,"
                       " base TEXT,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX sync_outbox_row ON sync_outbox(table_name, row_id)"),
        // Key/value state of this desktop's sync: desktop id, cursor, pull in progress.
        QStringLiteral("CREATE TABLE sync_state ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        // One row. `applying` is set inside the transaction that applies pulled changes,
        // so that the capture triggers do not queue them again; `purging` additionally
        // lets that transaction delete the timeline of an incident this desktop lost
        // access to. Both are reset before the transaction commits; a crash rolls back.
        QStringLiteral("CREATE TABLE sync_apply ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " applying INTEGER NOT NULL DEFAULT 0,"
                       " purging INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO sync_apply (id) VALUES (1)"),
        // The server's order of timeline entries (local seq is this desktop's own); kept
        // on the entries themselves since migration 11 (timelineServerOrder()).
        QStringLiteral("CREATE TABLE sync_entry_order ("
                       " entry_id TEXT PRIMARY KEY,"
                       " server_seq INTEGER NOT NULL) WITHOUT ROWID"),
        // Incidents whose timeline grew during the pull in progress: their derived columns
        // are written when the pull ends, once the whole timeline is here.
        QStringLiteral("CREATE TABLE sync_refold ("
                       " incident_id TEXT PRIMARY KEY) WITHOUT ROWID"),
        // Changes the server refused, kept for the user to review.
        QStringLiteral("CREATE TABLE sync_rejections ("
                       " mutation_id TEXT PRIMARY KEY,"
                       " table_name TEXT NOT NULL,"
                       " row_id TEXT NOT NULL,"
                       " op TEXT NOT NULL,"
                       " data TEXT,"
                       " reason TEXT NOT NULL,"
                       " code TEXT NOT NULL DEFAULT '',"
                       " rejected_at INTEGER NOT NULL,"
                       " dismissed INTEGER NOT NULL DEFAULT 0)"),
        // Fields where a change of this desktop and a change of another one met. The
        // later one in the server's order won; both values are kept here.
        QStringLiteral("CREATE TABLE sync_conflicts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " mutation_id TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " row_id TEXT NOT NULL,"
                       " column_name TEXT NOT NULL,"
                       " base TEXT,"
                       " theirs TEXT,"
                       " ours TEXT,"
                       " other TEXT NOT NULL DEFAULT '',"
                       " detected_at INTEGER NOT NULL,"
                       " dismissed INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (mutation_id, column_name))"),
        // Notes reach the incident search index one by one as they are written here; those
        // that arrive from a pull are indexed in bulk at the end of each page instead
        // (rewriting the notes column once per note makes a large pull quadratic).
        QStringLiteral("DROP TRIGGER timeline_fts_note"),
        QStringLiteral("CREATE TRIGGER timeline_fts_note AFTER INSERT ON timeline_entries"
                       " WHEN new.kind = 'note' AND IFNULL((SELECT applying FROM sync_apply), 0) = 0 BEGIN"
                       " UPDATE incident_fts SET notes = notes || ' ' || new.text"
                       " WHERE rowid = (SELECT rowid FROM incidents WHERE id = new.incident_id); END"),
        // The timeline is append-only against deletes too, except for the purge of an
        // incident this desktop may no longer read (docs/sync.md, "Losing access").
        QStringLiteral("CREATE TRIGGER timeline_entries_no_delete BEFORE DELETE ON timeline_entries"
                       " WHEN IFNULL((SELECT purging FROM sync_apply), 0) = 0"
                       " BEGIN SELECT RAISE(ABORT, 'timeline entries are append-only'); END"),
    };
}

QStringList timelineServerOrder()
{
    return {
        // The server's order of an entry (its _seq), or NULL while the server has not
        // ordered it. It was a row of its own in sync_entry_order, keyed by the entry's
        // random UUID: a second B-tree insert for every entry a pull writes.
        QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN server_seq INTEGER"),
        // The one thing written on an existing entry is the order the server gave it; the
        // guard names the columns it keeps (a column added to the timeline must join it:
        // tst_database checks every one).
        QStringLiteral("DROP TRIGGER timeline_entries_no_update"),
        QStringLiteral("CREATE TRIGGER timeline_entries_no_update BEFORE UPDATE OF id, incident_id, seq, "
                       "occurred_at, recorded_at, actor_id, actor_name, kind, text, data, prev_hash, hash "
                       "ON timeline_entries BEGIN SELECT RAISE(ABORT, 'timeline entries are append-only'); END"),
        QStringLiteral("UPDATE timeline_entries SET server_seq = o.server_seq FROM sync_entry_order o "
                       "WHERE o.entry_id = timeline_entries.id"),
        QStringLiteral("DROP TABLE sync_entry_order"),
    };
}

} // namespace muster::storage
