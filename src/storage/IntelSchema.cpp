#include "storage/IntelSchema.h"

namespace muster::storage {

QStringList intelSchema()
{
    return {
        // The active ATT&CK catalog in its compact JSON form, one row per domain; absent
        // until a bundle is imported (Muster then uses the catalog it ships).
        QStringLiteral("CREATE TABLE attack_catalog ("
                       " id TEXT PRIMARY KEY,"
                       " domain TEXT NOT NULL UNIQUE,"
                       " version TEXT NOT NULL DEFAULT '',"
                       " modified TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " data TEXT NOT NULL,"
                       " imported_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE tracked_groups ("
                       " id TEXT PRIMARY KEY,"
                       " group_id TEXT NOT NULL UNIQUE,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE intel_items ("
                       " id TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " stix_id TEXT UNIQUE,"
                       " stix_type TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " confidence INTEGER CHECK (confidence BETWEEN 0 AND 100),"
                       " first_seen INTEGER,"
                       " last_seen INTEGER,"
                       " valid_from INTEGER,"
                       " valid_until INTEGER,"
                       " tlp TEXT NOT NULL,"
                       " revoked INTEGER NOT NULL DEFAULT 0,"
                       " pattern TEXT NOT NULL DEFAULT '',"
                       " pattern_type TEXT NOT NULL DEFAULT '',"
                       " attack_ids TEXT NOT NULL DEFAULT '',"
                       " labels TEXT NOT NULL DEFAULT '',"
                       " aliases TEXT NOT NULL DEFAULT '',"
                       " stix_modified TEXT NOT NULL DEFAULT '',"
                       " stix TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX intel_items_kind ON intel_items(kind, updated_at)"),
        // The values an indicator names, normalised, so that observables match by index.
        QStringLiteral("CREATE TABLE intel_indicator_values ("
                       " id TEXT PRIMARY KEY,"
                       " item_id TEXT NOT NULL REFERENCES intel_items(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " is_range INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (item_id, kind, value))"),
        QStringLiteral("CREATE INDEX intel_indicator_values_match ON intel_indicator_values(kind, value)"),
        QStringLiteral("CREATE INDEX intel_indicator_values_ranges ON intel_indicator_values(kind) WHERE is_range = 1"),
        QStringLiteral("CREATE TABLE intel_relationships ("
                       " id TEXT PRIMARY KEY,"
                       " stix_id TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL,"
                       " source_ref TEXT NOT NULL,"
                       " target_ref TEXT NOT NULL,"
                       " stix TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX intel_relationships_source ON intel_relationships(source_ref)"),
        QStringLiteral("CREATE INDEX intel_relationships_target ON intel_relationships(target_ref)"),
        // STIX objects of types Muster does not model, kept as they came.
        QStringLiteral("CREATE TABLE stix_objects ("
                       " id TEXT PRIMARY KEY,"
                       " stix_id TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " stix TEXT NOT NULL,"
                       " imported_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE intel_imports ("
                       " id TEXT PRIMARY KEY,"
                       " origin TEXT NOT NULL,"
                       " actor_name TEXT NOT NULL,"
                       " imported_at INTEGER NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE incident_observables ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " observed_at INTEGER NOT NULL,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, kind, value))"),
        QStringLiteral("CREATE INDEX incident_observables_value ON incident_observables(kind, value)"),
        QStringLiteral("CREATE TABLE intel_sightings ("
                       " id TEXT PRIMARY KEY,"
                       " item_id TEXT NOT NULL REFERENCES intel_items(id) ON DELETE CASCADE,"
                       " observable_id TEXT NOT NULL REFERENCES incident_observables(id) ON DELETE CASCADE,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " matched_value TEXT NOT NULL,"
                       " seen_at INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (item_id, observable_id))"),
        QStringLiteral("CREATE INDEX intel_sightings_incident ON intel_sightings(incident_id)"),
        QStringLiteral("CREATE TABLE intel_briefs ("
                       " id TEXT PRIMARY KEY,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                       " audience TEXT NOT NULL,"
                       " tlp TEXT NOT NULL,"
                       " sections TEXT NOT NULL DEFAULT '[]',"
                       " item_ids TEXT NOT NULL DEFAULT '[]',"
                       " recipient_ids TEXT NOT NULL DEFAULT '[]',"
                       " author_name TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        // Who received what, when: append-only, like the timeline.
        QStringLiteral("CREATE TABLE intel_distributions ("
                       " id TEXT PRIMARY KEY,"
                       " brief_id TEXT NOT NULL DEFAULT '',"
                       " what TEXT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " tlp TEXT NOT NULL,"
                       " recipients TEXT NOT NULL DEFAULT '',"
                       " recipient_ids TEXT NOT NULL DEFAULT '[]',"
                       " destination TEXT NOT NULL DEFAULT '',"
                       " item_count INTEGER NOT NULL DEFAULT 0,"
                       " withheld_count INTEGER NOT NULL DEFAULT 0,"
                       " actor_id TEXT NOT NULL DEFAULT '',"
                       " actor_name TEXT NOT NULL,"
                       " distributed_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX intel_distributions_brief ON intel_distributions(brief_id, distributed_at)"),
        QStringLiteral("CREATE TRIGGER intel_distributions_no_update BEFORE UPDATE ON intel_distributions "
                       "BEGIN SELECT RAISE(ABORT, 'the distribution log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER intel_distributions_no_delete BEFORE DELETE ON intel_distributions "
                       "BEGIN SELECT RAISE(ABORT, 'the distribution log is append-only'); END"),
        QStringLiteral("CREATE TABLE hunts ("
                       " id TEXT PRIMARY KEY,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                       " hypothesis TEXT NOT NULL,"
                       " attack_ids TEXT NOT NULL DEFAULT '',"
                       " intel_ids TEXT NOT NULL DEFAULT '[]',"
                       " data_sources TEXT NOT NULL DEFAULT '[]',"
                       " queries TEXT NOT NULL DEFAULT '[]',"
                       " timebox_start INTEGER,"
                       " timebox_end INTEGER,"
                       " owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " status TEXT NOT NULL,"
                       " outcome TEXT NOT NULL DEFAULT 'none',"
                       " outcome_note TEXT NOT NULL DEFAULT '',"
                       " incident_id TEXT REFERENCES incidents(id) ON DELETE SET NULL,"
                       " detection_name TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " started_at INTEGER,"
                       " concluded_at INTEGER,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX hunts_status ON hunts(status, updated_at)"),
        QStringLiteral("CREATE TABLE hunt_findings ("
                       " id TEXT PRIMARY KEY,"
                       " hunt_id TEXT NOT NULL REFERENCES hunts(id) ON DELETE CASCADE,"
                       " recorded_at INTEGER NOT NULL,"
                       " author_name TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX hunt_findings_hunt ON hunt_findings(hunt_id, recorded_at)"),
        // Detection rules known to cover techniques (entered, or created by a hunt).
        QStringLiteral("CREATE TABLE detections ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " attack_ids TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " hunt_id TEXT REFERENCES hunts(id) ON DELETE SET NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
    };
}

} // namespace muster::storage
