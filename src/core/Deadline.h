#pragma once

#include "core/WorkflowEnums.h"

#include <QString>

#include <optional>

namespace muster::core {

// A start event a person recorded (who and when), from which clocks run.
struct ClockEventRecord
{
    QString id;
    QString incidentId;
    ClockEvent event = ClockEvent::BecameAware;
    qint64 occurredAt = 0; // when it happened (the legal start)
    qint64 recordedAt = 0;
    QString personId;
    QString personName;
    QString note;
};

// A regulatory deadline of one incident: one per rule.
struct Deadline
{
    QString id;
    QString incidentId;
    QString ruleId;
    qint64 dueAt = 0;
    DeadlineStatus status = DeadlineStatus::Pending;
    std::optional<qint64> completedAt; // when the notification was made (met or missed) or waived
    QString reason;                    // reasons for delay, or why it was waived
    qint64 startedAt = 0;
    qint64 updatedAt = 0;

    // Display fields filled by list queries.
    QString incidentReference;
    QString incidentTitle;

    bool isOpen() const { return status == DeadlineStatus::Pending; }
    bool isOverdue(qint64 now) const { return isOpen() && now > dueAt; }
};

} // namespace muster::core
