#pragma once

#include "core/IncidentEnums.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace muster::core {

// The incident lifecycle: the one transition table of Muster.
//
//   New -> Acknowledged -> Investigating -> Contained -> Remediated -> Closed
//   with Reopened and False positive as explicit paths.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::Lifecycle)

public:
    static QList<Status> allowedFrom(Status from);
    static bool isAllowed(Status from, Status to);
    // Empty when allowed; otherwise a message that names the allowed transitions.
    static std::optional<QString> refusal(Status from, Status to);
    // An incident in one of these states is still being worked on.
    static bool isOpen(Status status);
};

} // namespace muster::core
