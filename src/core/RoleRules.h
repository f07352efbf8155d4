#pragma once

#include "core/IncidentAttributes.h"
#include "core/RoleAssignment.h"
#include "core/Timeline.h"

#include <QCoreApplication>

#include <optional>

namespace muster::core {

// Roles, attributes and access lists of an incident: validation and timeline drafts.
class RoleRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::RoleRules)

public:
    // Assigning a role, or handing it over from `current` to `personId`. Refuses to
    // hand a role to the person who holds it. `at` may lie in the past (a handover
    // recorded afterwards) but not before the current term began.
    static TimelineDraft assign(IncidentRole role, const QString& personId, const QString& personName,
                                const std::optional<RoleAssignment>& current, qint64 at, qint64 now);
    static TimelineDraft release(const RoleAssignment& current, qint64 at, qint64 now);

    static TimelineDraft attributesChanged(const IncidentAttributes& from, const IncidentAttributes& to, qint64 now);
    static TimelineDraft accessChanged(const QString& personId, const QString& personName, bool granted, qint64 now);
};

} // namespace muster::core
