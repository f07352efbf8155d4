#pragma once

#include "core/Clock.h"
#include "core/Incident.h"
#include "core/TimelineChain.h"

#include <QCoreApplication>

#include <optional>

namespace muster::storage {

class Database;

// Carries out requests on incidents: loads the incident, asks core::IncidentRules
// whether the request is allowed, appends the resulting timeline entries to the hash
// chain, folds them into the incident's derived fields and saves, all in one write
// transaction. Throws core::Error with a message for the user; the database is then
// left as it was. The GUI and musterctl both go through here.
class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::IncidentService)

public:
    explicit IncidentService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    // `incident` carries the user's fields; id, reference and derived fields are filled.
    // A detection time earlier than now needs `detectionReason` (see IncidentRules::create).
    // `extraDrafts` are further entries a feature records at creation (the alert an
    // incident was promoted from), chained after the creation entries.
    core::Incident create(core::Incident incident, const QStringList& assetIds, const core::Actor& actor,
                          const QString& detectionReason = QString(),
                          const QList<core::TimelineDraft>& extraDrafts = {});
    // Appends entries that a feature's own rules made (an alert merged into the
    // incident, a resolve reported by a source) to the hash chain and refolds the facts.
    core::Incident append(const QString& incidentId, const QList<core::TimelineDraft>& drafts,
                          const core::Actor& actor);
    core::Incident transition(const QString& incidentId, core::Status to, const core::Actor& actor,
                              const QString& note = QString(), std::optional<qint64> at = std::nullopt);
    core::Incident changeTier(const QString& incidentId, core::Tier to, const QString& reason,
                              const core::Actor& actor);
    core::Incident addNote(const QString& incidentId, const QString& text, const core::Actor& actor);
    core::Incident setDetectionTime(const QString& incidentId, qint64 detectedAt, const QString& reason,
                                    const core::Actor& actor);
    core::Incident linkAsset(const QString& incidentId, const QString& assetId, const core::Actor& actor);
    core::Incident unlinkAsset(const QString& incidentId, const QString& assetId, const core::Actor& actor);

    // Edits the descriptive fields; each change is a timeline entry with old and new value.
    struct Details
    {
        std::optional<QString> title;
        std::optional<QString> summary;
        std::optional<core::Severity> severity;
        std::optional<core::Category> category;
        std::optional<QStringList> attackIds;
        std::optional<QString> commanderId;
        std::optional<QStringList> assigneeIds;
        std::optional<bool> confidential;
        std::optional<QString> detectionDetail;
    };
    core::Incident updateDetails(const QString& incidentId, const Details& details, const core::Actor& actor);

    core::TimelineChain::Verification verify(const QString& incidentId) const;

    // Appends entries that another feature's rules produced (an observable, a sighting)
    // to the incident's hash chain through the one save path. Call it inside your own
    // WriteTransaction, and notify the change after committing.
    core::Incident appendToTimeline(const QString& incidentId, const QList<core::TimelineDraft>& drafts,
                                    const core::Actor& actor);

    // Finds by id or reference; throws NotFound.
    core::Incident get(const QString& idOrReference) const;

private:
    core::Incident save(core::Incident incident, const core::Actor& actor, const QList<core::TimelineDraft>& drafts);
    void checkPerson(const QString& personId, const QString& field) const;
    // Adds the tasks of playbooks that newly match (storage::PlaybookApplier).
    core::Incident applyPlaybooks(core::Incident incident, const core::Actor& actor);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
