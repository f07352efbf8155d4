#include "storage/ExerciseSchema.h"

namespace muster::storage {

QStringList exerciseSchema()
{
    return {
        // Scenarios imported or written by users (the shipped ones live in the program).
        QStringLiteral("CREATE TABLE scenarios ("
                       " id TEXT PRIMARY KEY,"
                       " scenario_key TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " source TEXT NOT NULL CHECK (source IN ('imported', 'custom')),"
                       " origin TEXT NOT NULL DEFAULT '',"
                       " json TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        // An exercise keeps the scenario as it was when planned (scenario_json), so that
        // later edits of the scenario do not change a drill's record.
        QStringLiteral("CREATE TABLE exercises ("
                       " id TEXT PRIMARY KEY,"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                       " scenario_key TEXT NOT NULL,"
                       " scenario_title TEXT NOT NULL,"
                       " scenario_json TEXT NOT NULL,"
                       " planned_at INTEGER NOT NULL,"
                       " facilitator_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " compression INTEGER NOT NULL CHECK (compression BETWEEN 1 AND 60),"
                       " status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'paused', 'ended')),"
                       " clock_base_ms INTEGER NOT NULL DEFAULT 0,"
                       " clock_running_since INTEGER,"
                       " started_at INTEGER,"
                       " ended_at INTEGER,"
                       " incident_id TEXT REFERENCES incidents(id) ON DELETE SET NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX exercises_scenario ON exercises(scenario_key, planned_at)"),
        QStringLiteral("CREATE INDEX exercises_planned ON exercises(planned_at)"),
        QStringLiteral("CREATE TABLE exercise_participants ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL,"
                       " person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, role_id, person_id))"),
        QStringLiteral("CREATE TABLE exercise_releases ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " inject_id TEXT NOT NULL,"
                       " scenario_ms INTEGER NOT NULL,"
                       " released_at INTEGER NOT NULL,"
                       " way TEXT NOT NULL CHECK (way IN ('schedule', 'manual', 'branch')),"
                       " released_by TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, inject_id))"),
        QStringLiteral("CREATE TABLE exercise_branch_choices ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " branch_id TEXT NOT NULL,"
                       " outcome_id TEXT NOT NULL,"
                       " scenario_ms INTEGER NOT NULL,"
                       " chosen_at INTEGER NOT NULL,"
                       " chosen_by TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, branch_id))"),
        QStringLiteral("CREATE TABLE exercise_log ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('decision', 'response', 'note')),"
                       " inject_id TEXT NOT NULL DEFAULT '',"
                       " role_id TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                       " rationale TEXT NOT NULL DEFAULT '',"
                       " approver TEXT NOT NULL DEFAULT '',"
                       " branch_id TEXT NOT NULL DEFAULT '',"
                       " outcome_id TEXT NOT NULL DEFAULT '',"
                       " action_id TEXT NOT NULL DEFAULT '',"
                       " scenario_ms INTEGER NOT NULL,"
                       " recorded_at INTEGER NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX exercise_log_exercise ON exercise_log(exercise_id, scenario_ms)"),
        QStringLiteral("CREATE TABLE exercise_ratings ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " action_id TEXT NOT NULL,"
                       " rating TEXT NOT NULL CHECK (rating IN ('P', 'S', 'M', 'U')),"
                       " observation TEXT NOT NULL DEFAULT '',"
                       " evaluator TEXT NOT NULL DEFAULT '',"
                       " rated_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, action_id))"),
        QStringLiteral("CREATE TABLE exercise_reviews ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " objective_id TEXT NOT NULL,"
                       " strengths TEXT NOT NULL DEFAULT '',"
                       " improvements TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, objective_id))"),
        QStringLiteral("CREATE TABLE exercise_discussion ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " phase_id TEXT NOT NULL,"
                       " question INTEGER NOT NULL CHECK (question >= 0),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (exercise_id, phase_id, question))"),
        QStringLiteral("CREATE TABLE improvement_items ("
                       " id TEXT PRIMARY KEY,"
                       " exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,"
                       " scenario_key TEXT NOT NULL,"
                       " objective_id TEXT NOT NULL DEFAULT '',"
                       " capability TEXT NOT NULL CHECK (length(trim(capability)) > 0),"
                       " action TEXT NOT NULL CHECK (length(trim(action)) > 0),"
                       " owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " due_at INTEGER,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX improvement_items_scenario ON improvement_items(scenario_key, created_at)"),
        QStringLiteral("CREATE INDEX improvement_items_owner ON improvement_items(owner_id, status)"),
    };
}

} // namespace muster::storage
