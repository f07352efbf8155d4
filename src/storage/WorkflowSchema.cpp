#include "storage/WorkflowSchema.h"

namespace muster::storage {

QStringList workflowSchema()
{
    return {
        // What playbooks and clocks need to know beyond category and severity.
        QStringLiteral("CREATE TABLE incident_attributes ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL UNIQUE REFERENCES incidents(id) ON DELETE CASCADE,"
                       " personal_data INTEGER NOT NULL DEFAULT 0,"
                       " employee_involved INTEGER NOT NULL DEFAULT 0,"
                       " customer_facing INTEGER NOT NULL DEFAULT 0,"
                       " regulated_sectors TEXT NOT NULL DEFAULT '',"
                       " jurisdictions TEXT NOT NULL DEFAULT '',"
                       " affected_individuals INTEGER CHECK (affected_individuals >= 0),"
                       " updated_at INTEGER NOT NULL)"),
        // Role terms: a handover ends one term and starts the next.
        QStringLiteral("CREATE TABLE incident_roles ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " person_id TEXT NOT NULL REFERENCES people(id),"
                       " assumed_at INTEGER NOT NULL,"
                       " handed_over_at INTEGER,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX incident_roles_current ON incident_roles(incident_id, role)"
                       " WHERE handed_over_at IS NULL"),
        QStringLiteral("CREATE INDEX incident_roles_person ON incident_roles(person_id, incident_id)"
                       " WHERE handed_over_at IS NULL"),
        // Who may see a confidential incident besides the Legal and HR functions.
        QStringLiteral("CREATE TABLE incident_access ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " added_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, person_id))"),
        QStringLiteral("CREATE INDEX incident_access_person ON incident_access(person_id)"),
        QStringLiteral("CREATE TABLE incident_playbooks ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " playbook_id TEXT NOT NULL,"
                       " playbook_version INTEGER NOT NULL,"
                       " applied_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, playbook_id))"),
        // Tasks: a key is unique within an incident, so that two playbooks naming the
        // same task add it once.
        QStringLiteral("CREATE TABLE tasks ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " task_key TEXT NOT NULL,"
                       " playbook_id TEXT NOT NULL DEFAULT '',"
                       " workstream TEXT NOT NULL,"
                       " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " owner_role TEXT NOT NULL DEFAULT '',"
                       " owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
                       " due_event TEXT NOT NULL DEFAULT '',"
                       " due_offset_minutes INTEGER NOT NULL DEFAULT 0,"
                       " due_at INTEGER,"
                       " status TEXT NOT NULL DEFAULT 'open',"
                       " status_reason TEXT NOT NULL DEFAULT '',"
                       " depends_on TEXT NOT NULL DEFAULT '',"
                       " approvals_required TEXT NOT NULL DEFAULT '',"
                       " hr_action INTEGER NOT NULL DEFAULT 0,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " completed_at INTEGER,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, task_key))"),
        QStringLiteral("CREATE INDEX tasks_owner ON tasks(owner_id, status, due_at)"),
        QStringLiteral("CREATE INDEX tasks_status_due ON tasks(status, due_at)"),
        QStringLiteral("CREATE TABLE task_comments ("
                       " id TEXT PRIMARY KEY,"
                       " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                       " author_id TEXT NOT NULL DEFAULT '',"
                       " author_name TEXT NOT NULL,"
                       " text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX task_comments_task ON task_comments(task_id, created_at)"),
        QStringLiteral("CREATE TABLE communications ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " template_id TEXT NOT NULL DEFAULT '',"
                       " audience TEXT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " recipients TEXT NOT NULL DEFAULT '',"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
                       " status TEXT NOT NULL DEFAULT 'draft',"
                       " created_at INTEGER NOT NULL,"
                       " sent_at INTEGER,"
                       " sent_by TEXT NOT NULL DEFAULT '',"
                       " sent_via TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX communications_incident ON communications(incident_id, created_at)"),
        // Every version of the text, so that what was approved and what was sent can be shown.
        QStringLiteral("CREATE TABLE communication_versions ("
                       " id TEXT PRIMARY KEY,"
                       " communication_id TEXT NOT NULL REFERENCES communications(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " subject TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " author_id TEXT NOT NULL DEFAULT '',"
                       " author_name TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (communication_id, version))"),
        // Who approved which version (and the hash of its exact text) of a communication
        // or a task.
        QStringLiteral("CREATE TABLE approvals ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " subject_kind TEXT NOT NULL CHECK (subject_kind IN ('communication', 'task')),"
                       " subject_id TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " text_hash TEXT NOT NULL,"
                       " person_id TEXT NOT NULL DEFAULT '',"
                       " person_name TEXT NOT NULL,"
                       " approved_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (subject_kind, subject_id, role, version))"),
        QStringLiteral("CREATE INDEX approvals_subject ON approvals(subject_id)"),
        QStringLiteral("CREATE TABLE clock_events ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " event TEXT NOT NULL,"
                       " occurred_at INTEGER NOT NULL,"
                       " recorded_at INTEGER NOT NULL,"
                       " person_id TEXT NOT NULL DEFAULT '',"
                       " person_name TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, event))"),
        QStringLiteral("CREATE TABLE deadlines ("
                       " id TEXT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                       " rule_id TEXT NOT NULL,"
                       " due_at INTEGER NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'pending',"
                       " completed_at INTEGER,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " started_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " UNIQUE (incident_id, rule_id))"),
        QStringLiteral("CREATE INDEX deadlines_status_due ON deadlines(status, due_at)"),
    };
}

} // namespace muster::storage
