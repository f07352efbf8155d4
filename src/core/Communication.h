#pragma once

#include "core/WorkflowEnums.h"

#include <QString>

#include <optional>

namespace muster::core {

// A message about an incident to one audience, through one channel. Each edit makes a
// new version; approvals hold for the version (and exact text) they were given for.
struct Communication
{
    QString id;
    QString incidentId;
    QString templateId;
    Audience audience = Audience::IncidentTeam;
    Channel channel = Channel::Email;
    QString recipients; // e-mail addresses or a webhook name, as the channel needs
    QString subject;
    QString body;
    int version = 1;
    CommunicationStatus status = CommunicationStatus::Draft;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> sentAt;
    QString sentBy;
    QString sentVia; // "webhook SOC channel", "exported to notice.eml", "regulator portal"

    // Filled by list queries.
    QString incidentReference;
};

struct CommunicationVersion
{
    QString id;
    QString communicationId;
    int version = 1;
    QString subject;
    QString body;
    QString authorId;
    QString authorName;
    qint64 createdAt = 0;
};

} // namespace muster::core
