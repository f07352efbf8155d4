#pragma once

#include "core/Alert.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace muster::core {

// Prometheus Alertmanager's webhook payload, version 4: a group of alerts (firing or
// resolved) sent together under one groupKey; each alert is identified by its
// fingerprint, which becomes the dedup key.
class AlertmanagerPayload
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::AlertmanagerPayload)

public:
    static constexpr int maxAlerts = 1000;
    // Throws Error(BadInput) naming the field at fault.
    static QList<AlertEvent> parse(const QByteArray& body);
};

} // namespace muster::core
