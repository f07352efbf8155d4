#pragma once

#include "core/Communication.h"
#include "core/Timeline.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Communications and every version of their text.
class CommunicationRepository
{
public:
    explicit CommunicationRepository(const Database& db);

    QList<core::Communication> ofIncident(const QString& incidentId) const;
    std::optional<core::Communication> find(const QString& id) const;
    QList<core::CommunicationVersion> versions(const QString& communicationId) const;
    // When the incident team or executives last got a status update.
    std::optional<qint64> lastStatusUpdate(const QString& incidentId) const;

    // Insert and update also store the current text as a version row when it is new.
    void insert(const core::Communication& communication, const core::Actor& author);
    void update(const core::Communication& communication, const core::Actor& author);

private:
    void writeVersion(const core::Communication& communication, const core::Actor& author);

    const Database& m_db;
};

} // namespace muster::storage
