#pragma once

#include "core/Alert.h"

#include <QList>
#include <QString>

#include <optional>

namespace muster::storage {

// What the triage queue shows. Empty lists do not filter.
struct AlertFilter
{
    QList<core::AlertTriage> triages; // e.g. {Untriaged} for the queue
    QStringList sourceIds;
    QList<core::Severity> severities;
    QString assetId;
    std::optional<qint64> receivedFrom; // inclusive, epoch ms
    int limit = 5000;
};

} // namespace muster::storage
