#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 8: alert sources and their hashed tokens, alerts (one row per source and
// dedup key) and the assets each alert names.
QStringList intakeSchema();

} // namespace muster::storage
