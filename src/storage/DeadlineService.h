#pragma once

#include "core/Clock.h"
#include "core/Deadline.h"
#include "core/RegulatoryClock.h"
#include "core/Timeline.h"
#include "storage/DeadlineRepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Regulatory clocks of incidents: recording start events, meeting and waiving
// deadlines. Each request runs in one write transaction and appends its events to the
// incident's hash-chained timeline. Throws core::Error with a message for the user.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::DeadlineService)

public:
    explicit DeadlineService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    struct Candidate
    {
        const core::RegulatoryRule* rule = nullptr;
        bool applies = false; // by the incident's attributes
    };
    // The rules an event would start for an incident, and whether each applies.
    QList<Candidate> candidates(const QString& incident, core::ClockEvent event) const;

    struct Result
    {
        core::ClockEventRecord event;
        QList<core::Deadline> started;
        QList<core::Deadline> moved;
    };
    // Records (or corrects, with a note) when an event happened and starts the clocks
    // it drives: `ruleIds` when given (an empty list starts none), else the rules that
    // apply to the incident's attributes. Pending deadlines of rules already running
    // move with a correction.
    Result recordEvent(const QString& incident, core::ClockEvent event, qint64 at, const QString& note,
                       const std::optional<QStringList>& ruleIds, const core::Actor& actor);

    // The notification was made at `at`: met, or missed with the reasons for delay.
    // Starts the clocks that run from this submission (NIS2 final report, DORA reports).
    core::Deadline complete(const QString& deadlineId, qint64 at, const QString& reason, const core::Actor& actor);
    core::Deadline waive(const QString& deadlineId, const QString& reason, const core::Actor& actor);

    QList<core::Deadline> ofIncident(const QString& incident) const;
    QList<core::ClockEventRecord> eventsOf(const QString& incident) const;
    // Pending deadlines across the incidents `viewer` may see, soonest first.
    QList<core::Deadline> upcoming(const core::Actor& viewer, std::optional<qint64> dueBefore = std::nullopt,
                                   int limit = -1) const;
    // `filter.incidentId` may be a reference; the incident must be visible to `viewer`.
    QList<core::Deadline> list(const core::Actor& viewer, DeadlineRepository::Filter filter) const;
    // A deadline by id, or by unique id prefix (at least 6 characters).
    core::Deadline get(const QString& idOrPrefix) const;

private:
    QList<core::Deadline> schedule(const QString& incidentId, const QList<const core::RegulatoryRule*>& rules,
                                   QList<core::TimelineDraft>& drafts, qint64 now, QList<core::Deadline>* moved);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
