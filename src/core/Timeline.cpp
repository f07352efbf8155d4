#include "core/Timeline.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace muster::core {

QString timelineKindLabel(const QString& kind)
{
    const char* context = "muster::core::TimelineKind";
    if (kind == TimelineKind::Created) {
        return QCoreApplication::translate(context, "Created");
    }
    if (kind == TimelineKind::Transition) {
        return QCoreApplication::translate(context, "Status");
    }
    if (kind == TimelineKind::Note) {
        return QCoreApplication::translate(context, "Note");
    }
    if (kind == TimelineKind::Escalation) {
        return QCoreApplication::translate(context, "Escalation");
    }
    if (kind == TimelineKind::Deescalation) {
        return QCoreApplication::translate(context, "De-escalation");
    }
    if (kind == TimelineKind::Assignment) {
        return QCoreApplication::translate(context, "Assignment");
    }
    if (kind == TimelineKind::AssetLinked) {
        return QCoreApplication::translate(context, "Asset linked");
    }
    if (kind == TimelineKind::AssetUnlinked) {
        return QCoreApplication::translate(context, "Asset unlinked");
    }
    if (kind == TimelineKind::DetectionTime) {
        return QCoreApplication::translate(context, "Detection time");
    }
    if (kind == TimelineKind::FieldChange) {
        return QCoreApplication::translate(context, "Change");
    }
    if (kind == TimelineKind::RoleAssigned) {
        return QCoreApplication::translate(context, "Role");
    }
    if (kind == TimelineKind::AttributesChanged) {
        return QCoreApplication::translate(context, "Attributes");
    }
    if (kind == TimelineKind::AccessChanged) {
        return QCoreApplication::translate(context, "Access");
    }
    if (kind == TimelineKind::PlaybookApplied) {
        return QCoreApplication::translate(context, "Playbook");
    }
    if (kind == TimelineKind::TaskAdded) {
        return QCoreApplication::translate(context, "Task added");
    }
    if (kind == TimelineKind::TaskStatusChanged) {
        return QCoreApplication::translate(context, "Task");
    }
    if (kind == TimelineKind::TaskComment) {
        return QCoreApplication::translate(context, "Task comment");
    }
    if (kind == TimelineKind::Approval) {
        return QCoreApplication::translate(context, "Approval");
    }
    if (kind == TimelineKind::CommunicationDrafted) {
        return QCoreApplication::translate(context, "Communication drafted");
    }
    if (kind == TimelineKind::CommunicationEdited) {
        return QCoreApplication::translate(context, "Communication edited");
    }
    if (kind == TimelineKind::CommunicationStatusChanged) {
        return QCoreApplication::translate(context, "Communication");
    }
    if (kind == TimelineKind::CommunicationSent) {
        return QCoreApplication::translate(context, "Communication sent");
    }
    if (kind == TimelineKind::ClockEventRecorded) {
        return QCoreApplication::translate(context, "Clock event");
    }
    if (kind == TimelineKind::DeadlineStarted) {
        return QCoreApplication::translate(context, "Deadline");
    }
    if (kind == TimelineKind::DeadlineMet) {
        return QCoreApplication::translate(context, "Deadline met");
    }
    if (kind == TimelineKind::DeadlineMissed) {
        return QCoreApplication::translate(context, "Deadline missed");
    }
    if (kind == TimelineKind::DeadlineWaived) {
        return QCoreApplication::translate(context, "Deadline waived");
    }
    if (kind == QLatin1String("observable")) {
        return QCoreApplication::translate(context, "Observable");
    }
    if (kind == QLatin1String("observable_removed")) {
        return QCoreApplication::translate(context, "Observable removed");
    }
    if (kind == QLatin1String("sighting")) {
        return QCoreApplication::translate(context, "Sighting");
    }
    if (kind == QLatin1String("alert_linked")) {
        return QCoreApplication::translate(context, "Alert");
    }
    if (kind == QLatin1String("alert_resolved")) {
        return QCoreApplication::translate(context, "Alert resolved");
    }
    return kind;
}

Actor Actor::system()
{
    return Actor{QString(), QCoreApplication::translate("muster::core::Actor", "Muster")};
}

QJsonObject TimelineEntry::dataObject() const
{
    return QJsonDocument::fromJson(data.toUtf8()).object();
}

} // namespace muster::core
