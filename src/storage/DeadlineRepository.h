#pragma once

#include "core/Deadline.h"
#include "core/Timeline.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Clock start events and regulatory deadlines.
class DeadlineRepository
{
public:
    explicit DeadlineRepository(const Database& db);

    QList<core::ClockEventRecord> events(const QString& incidentId) const;
    std::optional<core::ClockEventRecord> event(const QString& incidentId, core::ClockEvent event) const;
    // Inserts, or replaces the time of, the incident's record of that event.
    void saveEvent(const core::ClockEventRecord& record);

    QList<core::Deadline> ofIncident(const QString& incidentId) const;
    std::optional<core::Deadline> find(const QString& id) const;
    void insert(const core::Deadline& deadline);
    void update(const core::Deadline& deadline);

    struct Filter
    {
        QString incidentId; // empty: all incidents
        bool pendingOnly = true;
        std::optional<qint64> dueFrom;   // inclusive
        std::optional<qint64> dueBefore; // exclusive
        bool realIncidentsOnly = false;  // leave out exercise incidents
        int limit = -1;
    };
    // Across the incidents `viewer` may see, by due time.
    QList<core::Deadline> list(const core::Actor& viewer, const Filter& filter) const;

private:
    const Database& m_db;
};

} // namespace muster::storage
