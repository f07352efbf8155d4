#pragma once

#include "core/Approval.h"
#include "core/Asset.h"
#include "core/Communication.h"
#include "core/Deadline.h"
#include "core/Incident.h"
#include "core/IncidentAttributes.h"
#include "core/RoleAssignment.h"
#include "core/Task.h"
#include "core/Timeline.h"
#include "core/TimelineChain.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace muster::core {

// The record of one incident as a document for legal, auditors and leadership: what it
// was, what it touched, who did what, the whole hash-chained timeline with the result of
// verifying it, the stakeholder work, what was said to whom in the exact approved words,
// how the regulatory deadlines were met, and the lessons learned. Renderers (the reports
// library: PDF, HTML, Markdown) only lay it out; storage::ReportService fills it.
struct IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::IncidentReport)

public:
    struct Role
    {
        IncidentRole role = IncidentRole::Commander;
        QString person;
        qint64 from = 0;
        std::optional<qint64> until; // empty while the term runs
    };
    struct Stakeholder
    {
        QString name;
        QString function; // translated label
        QString why;      // "access list", "task owner", "approver"
    };
    struct WorkstreamTasks
    {
        Workstream workstream = Workstream::Security;
        bool privileged = false; // see isPrivileged()
        QList<Task> tasks;
    };
    struct SentCommunication
    {
        Communication communication;
        QString approvedSubject; // the text of the version that was sent (what was approved)
        QString approvedBody;
        int versionCount = 1;
        QList<Approval> approvals; // for the sent version
    };
    struct DeadlineRecord
    {
        Deadline deadline;
        QString rule;     // "GDPR Art. 33 — Notify the supervisory authority"
        QString audience; // who is notified
        QString source;   // the legal source
    };
    struct Lesson
    {
        QString author;
        qint64 at = 0;
        QString text;
    };

    QString organisation;
    qint64 generatedAt = 0;
    QString generatedBy;

    Incident incident;
    QString commanderName;
    QStringList assigneeNames;
    IncidentAttributes attributes;
    QList<Asset> assets;
    QList<Role> roles; // every term, in order of assumption
    QList<Stakeholder> stakeholders;
    QList<TimelineEntry> timeline;
    TimelineChain::Verification verification;
    QList<WorkstreamTasks> workstreams; // in the order of core::workstreams(), only those with tasks
    QList<SentCommunication> sent;      // in the order they were sent
    int unsentCommunications = 0;       // drafts, in review or approved but not sent
    QList<ClockEventRecord> clockEvents;
    QList<DeadlineRecord> deadlines;        // by due time
    std::optional<TaskStatus> reviewStatus; // the post-incident review task, when there is one
    QList<Lesson> lessons;

    // Material prepared for or by counsel is labelled privileged: the Legal workstream's
    // tasks, their comments and reasons. The one statement of that rule.
    static bool isPrivileged(Workstream workstream) { return workstream == Workstream::Legal; }
    bool hasPrivilegedMaterial() const;
    // The key of the baseline playbook's post-incident review task, whose comments are
    // the lessons learned ("record actions with owners and dates").
    static QString reviewTaskKey() { return QStringLiteral("incident.review"); }

    // Plain words for the document.
    QString chainStatement() const;
    QString confidentialityMarking() const; // empty for incidents that are not confidential
    static QString privilegeMarking();
};

} // namespace muster::core
