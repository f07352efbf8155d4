#pragma once

#include "core/Clock.h"
#include "core/Incident.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>

namespace muster::storage {

class Database;

// The one way events reach an incident's timeline. Inside the caller's write
// transaction, save() seals the drafts onto the hash chain after the incident's head,
// folds them into IncidentFacts, and stores the incident with its new head. Every
// service that records events (IncidentService, WorkflowService, CommunicationService,
// DeadlineService) goes through here.
class IncidentWriter
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::IncidentWriter)

public:
    IncidentWriter(Database& db, const core::Clock& clock);

    // Finds by id or reference; throws Error(NotFound).
    core::Incident load(const QString& idOrReference) const;
    core::Incident save(core::Incident incident, const core::Actor& actor, const QList<core::TimelineDraft>& drafts);

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
