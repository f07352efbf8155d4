#pragma once

#include "core/Incident.h"
#include "core/PlaybookLibrary.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>

namespace muster::storage {

class Database;

// Adds the tasks of newly matching playbooks to an incident, inside the caller's write
// transaction, and returns the timeline drafts that say which playbook added what. A
// playbook marked confidential makes the incident confidential and seeds its access
// list with the people already working on it. IncidentService calls this whenever
// category, severity or linked assets change; WorkflowService when attributes change.
class PlaybookApplier
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::PlaybookApplier)

public:
    explicit PlaybookApplier(Database& db, const core::PlaybookLibrary& library = core::PlaybookLibrary::builtIn());

    QList<core::TimelineDraft> apply(core::Incident& incident, const core::Actor& actor, qint64 now);

    // Puts the commander, assignees, role holders and `actor` on the access list;
    // returns the drafts for the people added.
    static QList<core::TimelineDraft> seedAccessList(Database& db, const core::Incident& incident,
                                                     const core::Actor& actor, qint64 now);

private:
    Database& m_db;
    const core::PlaybookLibrary& m_library;
};

} // namespace muster::storage
