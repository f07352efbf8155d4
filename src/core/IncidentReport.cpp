#include "core/IncidentReport.h"

namespace muster::core {

bool IncidentReport::hasPrivilegedMaterial() const
{
    for (const WorkstreamTasks& w : workstreams) {
        if (w.privileged && !w.tasks.isEmpty()) {
            return true;
        }
    }
    return false;
}

QString IncidentReport::chainStatement() const
{
    if (verification.entryCount == 0) {
        return tr("The timeline has no entries, so there is no hash chain to verify.");
    }
    if (verification.ok) {
        return tr("The hash chain of all %n timeline entries verifies: no entry has been changed, removed or "
                  "inserted since it was recorded.",
                  nullptr, verification.entryCount);
    }
    return tr("The hash chain does NOT verify: %1 The record from entry %2 on cannot be relied upon.")
        .arg(verification.problem)
        .arg(verification.brokenSeq);
}

QString IncidentReport::confidentialityMarking() const
{
    return incident.confidential ? tr("CONFIDENTIAL — %1 — restricted to the incident's access list, Legal and HR")
                                       .arg(incident.reference)
                                 : QString();
}

QString IncidentReport::privilegeMarking()
{
    return tr("PRIVILEGED & CONFIDENTIAL — prepared at the direction of counsel");
}

} // namespace muster::core
