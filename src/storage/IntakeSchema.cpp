#include "storage/IntakeSchema.h"

namespace muster::storage {

QStringList intakeSchema()
{
    return {
        QStringLiteral("CREATE TABLE alert_sources ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),"
                       " severity_map TEXT NOT NULL DEFAULT '{}',"
                       " mapping TEXT NOT NULL DEFAULT '{}',"
                       " rate_per_second REAL NOT NULL DEFAULT 50 CHECK (rate_per_second > 0),"
                       " burst INTEGER NOT NULL DEFAULT 200 CHECK (burst > 0),"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        // Tokens are stored only as SHA-256 hashes; the hint is the first characters,
        // so a person can tell tokens apart.
        QStringLiteral("CREATE TABLE alert_tokens ("
                       " id TEXT PRIMARY KEY,"
                       " source_id TEXT NOT NULL REFERENCES alert_sources(id) ON DELETE CASCADE,"
                       " token_hash TEXT NOT NULL UNIQUE,"
                       " hint TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " revoked_at INTEGER,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX alert_tokens_source ON alert_tokens(source_id)"),
        QStringLiteral("CREATE TABLE alerts ("
                       " id TEXT PRIMARY KEY,"
                       " source_id TEXT NOT NULL REFERENCES alert_sources(id),"
                       " dedup_key TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
                       " severity_text TEXT NOT NULL DEFAULT '',"
                       " rule TEXT NOT NULL DEFAULT '',"
                       " group_key TEXT NOT NULL DEFAULT '',"
                       " labels TEXT NOT NULL DEFAULT '{}',"
                       " raw TEXT NOT NULL DEFAULT '{}',"
                       " received_at INTEGER NOT NULL,"
                       " source_time INTEGER,"
                       " last_seen_at INTEGER NOT NULL,"
                       " occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences >= 1),"
                       " state TEXT NOT NULL,"
                       " acknowledged_at INTEGER,"
                       " resolved_at INTEGER,"
                       " business_critical INTEGER NOT NULL DEFAULT 0,"
                       " minimum_tier INTEGER NOT NULL DEFAULT 1 CHECK (minimum_tier BETWEEN 1 AND 3),"
                       " triage TEXT NOT NULL DEFAULT 'untriaged',"
                       " triage_note TEXT NOT NULL DEFAULT '',"
                       " triaged_at INTEGER,"
                       " triaged_by TEXT NOT NULL DEFAULT '',"
                       " incident_id TEXT REFERENCES incidents(id) ON DELETE SET NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (source_id, dedup_key))"),
        QStringLiteral("CREATE INDEX alerts_queue ON alerts(triage, received_at)"),
        QStringLiteral("CREATE INDEX alerts_received ON alerts(received_at)"),
        QStringLiteral("CREATE INDEX alerts_incident ON alerts(incident_id)"),
        QStringLiteral("CREATE TABLE alert_assets ("
                       " id TEXT PRIMARY KEY,"
                       " alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,"
                       " asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,"
                       " UNIQUE (alert_id, asset_id))"),
        QStringLiteral("CREATE INDEX alert_assets_asset ON alert_assets(asset_id)"),
    };
}

} // namespace muster::storage
