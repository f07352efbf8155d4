#include "storage/DemoTasks.h"

#include "core/Error.h"
#include "storage/WorkflowService.h"

namespace muster::storage {

void finishDemoTasks(Database& db, const core::Clock& clock, const QString& incidentId, const QString& reason,
                     const core::Actor& actor)
{
    WorkflowService workflow(db, clock);
    // Done in playbook order, so a task whose dependencies were just finished follows.
    for (const core::Task& t : workflow.tasks(incidentId)) {
        if (core::isFinished(t.status)) {
            continue;
        }
        try {
            workflow.setTaskStatus(t.id, core::TaskStatus::Done, QString(), actor);
        } catch (const core::Error&) {
            workflow.setTaskStatus(t.id, core::TaskStatus::NotApplicable, reason, actor);
        }
    }
}

void finishDueDemoTasks(Database& db, const core::Clock& clock, const QString& incidentId, const core::Actor& actor)
{
    WorkflowService workflow(db, clock);
    for (const core::Task& t : workflow.tasks(incidentId)) {
        if (!t.isOverdue(clock.nowMs())) {
            continue;
        }
        try {
            workflow.setTaskStatus(t.id, core::TaskStatus::Done, QString(), actor);
        } catch (const core::Error&) {
            // An approval or a dependency is missing: it stays open.
        }
    }
}

} // namespace muster::storage
