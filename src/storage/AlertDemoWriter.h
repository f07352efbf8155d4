#pragma once

#include <QStringList>

namespace muster::storage {

class Database;

// Adds the alert intake of a demo organisation (people and assets from DemoDataWriter
// must be there): four sources with the token history a real set-up has (rotated and
// revoked tokens, a retired source), and about forty alerts over the last ten days as
// Prometheus Alertmanager, a SIEM through PagerDuty Events v2 and an EDR through the
// generic endpoint sent them: repeats, resolves from the source, alerts on
// business-critical assets, a tier 1 queue still waiting, and decisions taken by tier 1
// (promoted to incidents that were then worked, merged, dismissed with reasons).
// Payloads go through the real parsers and AlertIntake, decisions through
// AlertTriageService and IncidentService, so the timelines verify. `workflowIncidents`
// are the live incidents of WorkflowDemoWriter (ransomware, insider, supplier breach),
// into which the alerts that belong to them are merged; alerts for a missing one stay
// in the queue. Deterministic for `now`.
class AlertDemoWriter
{
public:
    struct Result
    {
        int sources = 0;
        int tokens = 0;
        int revokedTokens = 0;
        int alerts = 0;
        int occurrences = 0;
        int untriaged = 0;
        int promoted = 0;
        int merged = 0;
        int dismissed = 0;
        int resolved = 0;
    };

    static Result write(Database& db, qint64 now, const QStringList& workflowIncidents = {});
};

} // namespace muster::storage
