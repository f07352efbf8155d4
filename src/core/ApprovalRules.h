#pragma once

#include "core/Approval.h"
#include "core/Person.h"
#include "core/Timeline.h"
#include "core/WorkflowEnums.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace muster::core {

// Approval gates: who may approve for a role, and what is still missing. The gates of
// communications (CommunicationRules) and of HR actions (TaskRules) are built on this.
class ApprovalRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::ApprovalRules)

public:
    static inline const QString communicationKind = QStringLiteral("communication");
    static inline const QString taskKind = QStringLiteral("task");

    // SHA-256 (hex) over the length-prefixed UTF-8 of the parts: the exact text approved.
    static QString textHash(const QStringList& parts);

    // Legal: the Legal function, outside counsel, or the incident's Legal lead.
    // HR: the HR function or the incident's HR lead.
    // Communications: the Communications function, the Communications lead or the Commander.
    // Executive: the Executive function.
    static bool mayApprove(ApprovalRole role, std::optional<PersonFunction> function,
                           const QList<IncidentRole>& heldRoles);
    // Throws Error(Refused) with who may approve instead.
    static void checkMayApprove(ApprovalRole role, const Actor& actor, std::optional<PersonFunction> function,
                                const QList<IncidentRole>& heldRoles);

    // The roles in `required` without an approval of exactly this version and text.
    static QList<ApprovalRole> missing(const QList<ApprovalRole>& required, const QList<Approval>& approvals,
                                       int version, const QString& textHash);
    static QString describe(const QList<ApprovalRole>& roles); // "Legal and HR"

    static TimelineDraft approved(const Approval& approval, const QString& subjectTitle, qint64 now);
};

} // namespace muster::core
