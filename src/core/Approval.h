#pragma once

#include "core/WorkflowEnums.h"

#include <QString>

namespace muster::core {

// Someone's approval, for a role, of one version of a communication or a task. The
// hash of the exact text approved is kept, so that an edit voids the approval.
struct Approval
{
    QString id;
    QString incidentId;
    QString subjectKind; // "communication" or "task"
    QString subjectId;
    ApprovalRole role = ApprovalRole::Legal;
    int version = 1;
    QString textHash;
    QString personId;
    QString personName;
    qint64 approvedAt = 0;
};

} // namespace muster::core
