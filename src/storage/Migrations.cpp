#include "storage/Migrations.h"

#include "storage/ExerciseSchema.h"
#include "storage/IntakeSchema.h"
#include "storage/IntelSchema.h"
#include "storage/MetricsSchema.h"
#include "storage/SyncSchema.h"
#include "storage/WorkflowSchema.h"

namespace muster::storage {

namespace {

QStringList initialSchema()
{
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE people ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " function TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " team TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " deputy_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX people_name ON people(name)"),
        QStringLiteral("CREATE TABLE assets ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " identifier TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL,"
                       " business_critical INTEGER NOT NULL DEFAULT 0,"
                       " sensitivity TEXT NOT NULL,"
                       " risk_score INTEGER NOT NULL DEFAULT 0 CHECK (risk_score BETWEEN 0 AND 100),"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX assets_identifier ON assets(identifier) WHERE identifier <> ''"),
        QStringLiteral("CREATE TABLE incidents ("
                       " id TEXT PRIMARY KEY,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL,"
                       " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
                       " status TEXT NOT NULL,"
                       " tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),"
                       " priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),"
                       " detection_source TEXT NOT NULL,"
                       " detection_detail TEXT NOT NULL DEFAULT '',"
                       " attack_ids TEXT NOT NULL DEFAULT '',"
                       " commander_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " exercise INTEGER NOT NULL DEFAULT 0,"
                       " confidential INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " detected_at INTEGER NOT NULL,"
                       " acknowledged_at INTEGER,"
                       " contained_at INTEGER,"
                       " remediated_at INTEGER,"
                       " closed_at INTEGER,"
                       " timeline_head TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE incident_assignees ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " UNIQUE (incident_id, person_id))"),
        QStringLiteral("CREATE TABLE incident_assets ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,"
                       " linked_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, asset_id))"),
        QStringLiteral("CREATE TABLE timeline_entries ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " seq INTEGER NOT NULL,"
                       " occurred_at INTEGER NOT NULL,"
                       " recorded_at INTEGER NOT NULL,"
                       " actor_id TEXT NOT NULL DEFAULT '',"
                       " actor_name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " data TEXT NOT NULL DEFAULT '{}',"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " UNIQUE (incident_id, seq))"),
        // The timeline is append-only. These triggers stop accidents; the hash chain
        // detects whoever drops them.
        QStringLiteral("CREATE TRIGGER timeline_entries_no_update BEFORE UPDATE ON timeline_entries "
                       "BEGIN SELECT RAISE(ABORT, 'timeline entries are append-only'); END"),
    };
}

QStringList listIndexesAndSearch()
{
    return {
        QStringLiteral("CREATE INDEX incidents_detected ON incidents(detected_at)"),
        QStringLiteral("CREATE INDEX incidents_status ON incidents(status, detected_at)"),
        QStringLiteral("CREATE INDEX incidents_severity ON incidents(severity, detected_at)"),
        QStringLiteral("CREATE INDEX incidents_tier ON incidents(tier, detected_at)"),
        QStringLiteral("CREATE INDEX incidents_category ON incidents(category, detected_at)"),
        QStringLiteral("CREATE INDEX incidents_commander ON incidents(commander_id, detected_at)"),
        QStringLiteral("CREATE INDEX incident_assignees_person ON incident_assignees(person_id)"),
        QStringLiteral("CREATE INDEX incident_assets_asset ON incident_assets(asset_id)"),
        // Full-text search over title, summary and notes (SQLite FTS5). The rowid is
        // the incident's rowid.
        QStringLiteral("CREATE VIRTUAL TABLE incident_fts USING fts5("
                       " title, summary, notes, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO incident_fts (rowid, title, summary, notes)"
                       " SELECT i.rowid, i.title, i.summary,"
                       "  COALESCE((SELECT group_concat(t.text, ' ') FROM timeline_entries t"
                       "            WHERE t.incident_id = i.id AND t.kind = 'note'), '')"
                       " FROM incidents i"),
        // While a bulk writer holds a row here, the triggers leave the index alone and
        // the writer rebuilds it at the end (SearchIndex); a row left by a crash makes
        // the next open rebuild it. Local to this file, never synced.
        QStringLiteral("CREATE TABLE fts_control (deferred_since INTEGER NOT NULL)"),
        // Notes already on the timeline are indexed too: bulk writers and sync may
        // insert an incident's entries before its row.
        QStringLiteral("CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents"
                       " WHEN NOT EXISTS (SELECT 1 FROM fts_control) BEGIN"
                       " INSERT INTO incident_fts (rowid, title, summary, notes)"
                       " VALUES (new.rowid, new.title, new.summary,"
                       "  COALESCE((SELECT group_concat(t.text, ' ') FROM timeline_entries t"
                       "            WHERE t.incident_id = new.id AND t.kind = 'note'), '')); END"),
        QStringLiteral("CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, summary ON incidents BEGIN"
                       " UPDATE incident_fts SET title = new.title, summary = new.summary"
                       " WHERE rowid = new.rowid; END"),
        QStringLiteral("CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN"
                       " DELETE FROM incident_fts WHERE rowid = old.rowid; END"),
        QStringLiteral("CREATE TRIGGER timeline_fts_note AFTER INSERT ON timeline_entries"
                       " WHEN new.kind = 'note' AND NOT EXISTS (SELECT 1 FROM fts_control) BEGIN"
                       " UPDATE incident_fts SET notes = notes || ' ' || new.text"
                       " WHERE rowid = (SELECT rowid FROM incidents WHERE id = new.incident_id); END"),
    };
}

QStringList sortIndexes()
{
    return {
        // Every column the incident list sorts by has an index, so the first page of a
        // large list comes from an index scan, never from sorting the whole table.
        QStringLiteral("CREATE INDEX incidents_title ON incidents(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX incidents_priority ON incidents(priority, detected_at)"),
        QStringLiteral("CREATE INDEX incidents_acknowledged ON incidents(COALESCE(acknowledged_at, -1))"),
        QStringLiteral("CREATE INDEX incidents_updated ON incidents(updated_at)"),
    };
}

QStringList deferredIndexes()
{
    return {
        // The secondary indexes a bulk writer dropped, to build at its end
        // (DeferredIndexes); rows left by a crash make the next open build them. Local to
        // this file, never synced.
        QStringLiteral("CREATE TABLE index_control (name TEXT PRIMARY KEY, definition TEXT NOT NULL)"),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1, "Initial schema: settings, people, assets, incidents, timeline", initialSchema()},
        {2, "Incident list indexes and full-text search", listIndexesAndSearch()},
        {3, "Indexes for every sort order of the incident list", sortIndexes()},
        {4, "Stakeholder workflows: roles, playbooks, tasks, approvals, communications, deadlines", workflowSchema()},
        {5, "Scenarios, exercises, evaluations and improvement plans", exerciseSchema()},
        {6, "Covering index for MTTA and MTTR aggregates", metricsSchema()},
        {7, "Team sync: outbox, sync state, rejections, conflicts, append-only timeline", syncSchema()},
        {8, "Alert intake: sources, hashed tokens, alerts", intakeSchema()},
        {9, "Threat intelligence, ATT&CK catalog, observables, briefs and hunts", intelSchema()},
        {10, "Secondary indexes deferred by bulk writers", deferredIndexes()},
        {11, "The server's order of each timeline entry kept on the entry", timelineServerOrder()},
    };
    return list;
}

} // namespace muster::storage
