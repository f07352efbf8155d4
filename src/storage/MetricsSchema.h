#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 6: a covering index for the metrics aggregates (MetricsService).
QStringList metricsSchema();

} // namespace muster::storage
