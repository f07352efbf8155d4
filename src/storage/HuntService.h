#pragma once

#include "core/Clock.h"
#include "core/Hunt.h"
#include "core/Timeline.h"

#include <QCoreApplication>

namespace muster::storage {

class Database;

// Carries out requests on hunts through core::HuntRules, each in one transaction. A
// hunt concluded with "detection created or improved" adds the detection to the
// coverage; one concluded with "incident opened" links the incident. GUI and
// musterctl both go through here.
class HuntService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::HuntService)

public:
    explicit HuntService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    struct Saved
    {
        core::Hunt hunt;
        QStringList warnings; // unknown or revoked ATT&CK ids, kept but flagged
    };

    Saved create(core::Hunt hunt, const core::Actor& actor);
    // Edits the descriptive fields (not status, outcome or findings).
    Saved update(const core::Hunt& hunt, const core::Actor& actor);
    core::Hunt start(const QString& huntId, const core::Actor& actor);
    // `incident` is an incident id or reference (for IncidentOpened).
    core::Hunt conclude(const QString& huntId, core::HuntOutcome outcome, const QString& note, const QString& incident,
                        const QString& detectionName, const core::Actor& actor);
    core::Hunt reopen(const QString& huntId, const core::Actor& actor);
    core::Hunt addFinding(const QString& huntId, const QString& text, const QString& evidence,
                          const core::Actor& actor);
    void remove(const QString& huntId);

    core::Hunt get(const QString& idOrReference) const;
    QList<core::Hunt> all() const;

private:
    void checkOwner(const QString& ownerId) const;

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
