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

} // namespace muster::storage
