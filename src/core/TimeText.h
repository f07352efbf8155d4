#pragma once

#include <QString>

#include <optional>

namespace muster::core {

// Reads an instant the way people type it on a command line or in an import:
// ISO 8601 with an offset ("2026-03-01T09:15:00Z", "…+01:00"), without one (local
// time), a date alone (local midnight), or "now". Returns epoch ms UTC.
std::optional<qint64> parseInstant(const QString& text, qint64 now);
// ISO 8601 in UTC with a Z, to the second.
QString formatInstantUtc(qint64 ms);
// A duration: "90m", "24h", "3d", "1w", or a bare number of minutes.
std::optional<qint64> parseDurationMs(const QString& text);
// "3 d 4 h", "2 h 05 min", "12 min" for showing ages and durations.
QString formatDuration(qint64 ms);

} // namespace muster::core
