#pragma once

#include "core/Alert.h"
#include "core/Clock.h"
#include "core/Incident.h"
#include "core/Timeline.h"

#include <QCoreApplication>

namespace muster::storage {

class Database;

// Tier 1's decisions on alerts, each in one write transaction. Promote and merge go
// through IncidentService, so the incident's timeline stays one hash chain.
class AlertTriageService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::AlertTriageService)

public:
    explicit AlertTriageService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    // Opens an incident from the alert: its title and severity, detected at the alert's
    // own time, linked to the matched assets (so a business-critical asset routes it to
    // Tier 2), with a timeline entry that links the alert.
    core::Incident promote(const QString& alertId, const core::Actor& actor,
                           core::Category category = core::Category::Other);
    // Adds the alert to an open incident's timeline and links its assets.
    core::Incident merge(const QString& alertId, const QString& incidentIdOrReference, const core::Actor& actor);
    // Dismisses as false positive or benign, with a reason.
    core::Alert dismiss(const QString& alertId, core::AlertTriage as, const QString& reason, const core::Actor& actor);
    // Takes a dismissal back (undo): the alert returns to the queue.
    core::Alert reopen(const QString& alertId);

    core::Alert get(const QString& alertId) const;
    // Incidents an alert may be merged into: not closed, not a false positive; newest first.
    QList<core::Incident> mergeTargets(int limit = 500) const;

private:
    core::Alert markTriaged(core::Alert alert, core::AlertTriage as, const QString& note, const QString& incidentId,
                            const core::Actor& actor);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
