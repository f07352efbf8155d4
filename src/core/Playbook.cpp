#include "core/Playbook.h"

#include "core/Incident.h"

namespace muster::core {

bool PlaybookCondition::matches(const Incident& incident, const IncidentAttributes& a) const
{
    if (!categories.isEmpty() && !categories.contains(incident.category)) {
        return false;
    }
    // SEV1 is the most severe: "at least SEV2" means SEV1 or SEV2.
    if (severityAtLeast && toInt(incident.severity) > toInt(*severityAtLeast)) {
        return false;
    }
    if (personalData && *personalData != a.personalData) {
        return false;
    }
    if (employeeInvolved && *employeeInvolved != a.employeeInvolved) {
        return false;
    }
    if (customerFacing && *customerFacing != a.customerFacing) {
        return false;
    }
    if (businessCriticalAsset && *businessCriticalAsset != a.businessCriticalAsset) {
        return false;
    }
    if (regulated && *regulated != a.regulated()) {
        return false;
    }
    if (!sectors.isEmpty() &&
        std::none_of(sectors.begin(), sectors.end(), [&](RegulatedSector s) { return a.hasSector(s); })) {
        return false;
    }
    if (!jurisdictions.isEmpty() && std::none_of(jurisdictions.begin(), jurisdictions.end(), [&](const QString& j) {
            return j == QLatin1String("EU") ? a.inEu() : a.inJurisdiction(j);
        })) {
        return false;
    }
    return true;
}

bool Playbook::matches(const Incident& incident, const IncidentAttributes& attributes) const
{
    return std::any_of(triggers.begin(), triggers.end(),
                       [&](const PlaybookCondition& c) { return c.matches(incident, attributes); });
}

int Playbook::taskCount() const
{
    int n = 0;
    for (const auto& w : workstreams) {
        n += int(w.tasks.size());
    }
    return n;
}

Task Playbook::makeTask(const PlaybookWorkstream& workstream, const PlaybookTask& t) const
{
    Task task;
    task.key = t.key;
    task.playbookId = id;
    task.workstream = workstream.workstream;
    task.title = t.title;
    task.description = t.description;
    task.ownerRole = t.ownerRole;
    task.dueEvent = t.dueEvent;
    task.dueOffsetMinutes = t.dueOffsetMinutes;
    task.dependsOn = t.dependsOn;
    task.approvalsRequired = t.approvals;
    task.hrAction = t.hrAction;
    return task;
}

} // namespace muster::core
