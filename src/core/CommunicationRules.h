#pragma once

#include "core/Approval.h"
#include "core/Communication.h"
#include "core/IncidentEnums.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace muster::core {

// The lifecycle of a communication (draft -> in review -> approved -> sent) and its
// approval gate: nothing is marked sent until every role its audience needs has approved
// that exact text. Anything to an external audience needs Legal. An edit makes a new
// version and voids the approvals of the previous one.
class CommunicationRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::CommunicationRules)

public:
    // Incident team, executives: Communications. Employees: Communications and HR.
    // Regulator: Legal. Customers, partners, affected individuals, press: Legal and
    // Communications.
    static QList<ApprovalRole> requiredApprovals(Audience audience);
    static QString textHash(const Communication& communication);

    static TimelineDraft draft(Communication& communication, qint64 now);
    // Returns the draft, and whether approvals were voided.
    static TimelineDraft edit(Communication& communication, const QString& subject, const QString& body,
                              const QString& recipients, const QList<Approval>& approvals, qint64 now);
    static TimelineDraft submitForReview(Communication& communication, qint64 now);
    // Validates the approval (role needed, not sent, no fill-ins left) and moves the
    // status to Approved once nothing is missing. `approval` has role, person and time.
    static TimelineDraft approve(Communication& communication, Approval& approval, const QList<Approval>& existing,
                                 qint64 now);
    // Throws Error(Refused) unless the communication may be marked sent now.
    static void checkSendable(const Communication& communication, const QList<Approval>& approvals);
    // The timeline entry of a send, with the exact text sent.
    static TimelineDraft sent(Communication& communication, const QString& via, const QString& senderName, qint64 now);

    static QList<ApprovalRole> missing(const Communication& communication, const QList<Approval>& approvals);
};

// How often the incident team and executives get a status update, by severity.
struct StatusCadence
{
    QHash<Severity, int> minutes{
        {Severity::Sev1, 60}, {Severity::Sev2, 240}, {Severity::Sev3, 1440}, {Severity::Sev4, 0}};

    // 0: no regular updates.
    int intervalMinutes(Severity severity) const { return minutes.value(severity, 0); }
    // When the next update is due: the last update (or the declaration) plus the interval.
    std::optional<qint64> nextUpdateDue(Severity severity, std::optional<qint64> lastUpdate, qint64 declaredAt) const;
    // Audiences whose sent messages count as status updates.
    static bool isStatusUpdate(Audience audience);
};

} // namespace muster::core
