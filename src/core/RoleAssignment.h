#pragma once

#include "core/WorkflowEnums.h"

#include <QString>

#include <optional>

namespace muster::core {

// One person's term in an incident role.
struct RoleAssignment
{
    QString id;
    QString incidentId;
    IncidentRole role = IncidentRole::Commander;
    QString personId;
    QString personName; // filled by queries
    qint64 assumedAt = 0;
    std::optional<qint64> handedOverAt; // empty while the term runs
};

} // namespace muster::core
