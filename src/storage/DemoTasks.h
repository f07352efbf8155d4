#pragma once

#include "core/Clock.h"
#include "core/Timeline.h"

#include <QString>

namespace muster::storage {

class Database;

// Before a demo incident is closed: its playbook tasks that are still open are marked
// done where the rules allow it (no missing approval or unfinished dependency), else not
// applicable with `reason`, through WorkflowService, as a team tidying up would.
void finishDemoTasks(Database& db, const core::Clock& clock, const QString& incidentId, const QString& reason,
                     const core::Actor& actor);
// The playbook tasks of a demo incident that are due by now are marked done where the
// rules allow it (the others stay open, as a team that keeps up with its work would).
void finishDueDemoTasks(Database& db, const core::Clock& clock, const QString& incidentId, const core::Actor& actor);

} // namespace muster::storage
