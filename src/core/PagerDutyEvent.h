#pragma once

#include "core/Alert.h"

#include <QByteArray>
#include <QCoreApplication>

namespace muster::core {

// A PagerDuty Events API v2 event (POST /v2/enqueue): routing_key, event_action
// (trigger, acknowledge, resolve), dedup_key and, for a trigger, a payload with
// summary, source, severity (critical, error, warning, info), timestamp, component,
// group, class and custom_details; plus links and images.
class PagerDutyEvent
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::PagerDutyEvent)

public:
    QString routingKey;
    AlertEvent event;

    // Throws Error(BadInput) naming the field at fault.
    static PagerDutyEvent parse(const QByteArray& body);
};

} // namespace muster::core
