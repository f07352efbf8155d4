#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace muster::core {

// Kinds of timeline entries. Kinds are open-ended strings so that later workflows
// (tasks, communications, approvals, deadlines, alerts) can add their own.
namespace TimelineKind {
inline constexpr QLatin1String Created("created");
inline constexpr QLatin1String Transition("transition");
inline constexpr QLatin1String Note("note");
inline constexpr QLatin1String Escalation("escalation");
inline constexpr QLatin1String Deescalation("deescalation");
inline constexpr QLatin1String Assignment("assignment");
inline constexpr QLatin1String AssetLinked("asset_linked");
inline constexpr QLatin1String AssetUnlinked("asset_unlinked");
inline constexpr QLatin1String DetectionTime("detection_time");
inline constexpr QLatin1String FieldChange("field_change");
// Stakeholder workflows (roles, playbooks, tasks, approvals, communications, clocks).
inline constexpr QLatin1String RoleAssigned("role_assigned");
inline constexpr QLatin1String AttributesChanged("attributes_changed");
inline constexpr QLatin1String AccessChanged("access_changed");
inline constexpr QLatin1String PlaybookApplied("playbook_applied");
inline constexpr QLatin1String TaskAdded("task_added");
inline constexpr QLatin1String TaskStatusChanged("task_status");
inline constexpr QLatin1String TaskComment("task_comment");
inline constexpr QLatin1String Approval("approval");
inline constexpr QLatin1String CommunicationDrafted("communication_drafted");
inline constexpr QLatin1String CommunicationEdited("communication_edited");
inline constexpr QLatin1String CommunicationStatusChanged("communication_status");
inline constexpr QLatin1String CommunicationSent("communication_sent");
inline constexpr QLatin1String ClockEventRecorded("clock_event");
inline constexpr QLatin1String DeadlineStarted("deadline_started");
inline constexpr QLatin1String DeadlineMet("deadline_met");
inline constexpr QLatin1String DeadlineMissed("deadline_missed");
inline constexpr QLatin1String DeadlineWaived("deadline_waived");
} // namespace TimelineKind

QString timelineKindLabel(const QString& kind);

// Who did something.
struct Actor
{
    QString personId; // may be empty for the system or an unknown user
    QString name;

    static Actor system();
};

// An entry as a rule produces it, before it is chained and stored.
struct TimelineDraft
{
    QString kind;
    qint64 occurredAt = 0; // when it happened (may precede recording, e.g. backdated detection)
    QString text;          // human-readable summary
    QJsonObject data;      // structured facts the rules read back
};

// A stored, hash-chained entry. Append-only.
struct TimelineEntry
{
    QString id;
    QString incidentId;
    int seq = 0; // position in this desktop's copy of the chain
    qint64 occurredAt = 0;
    qint64 recordedAt = 0;
    QString actorId;
    QString actorName;
    QString kind;
    QString text;
    QString data; // compact JSON exactly as stored and hashed
    QString prevHash;
    QString hash;

    QJsonObject dataObject() const;
};

} // namespace muster::core
