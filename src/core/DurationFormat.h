#pragma once

#include <QString>

#include <optional>

namespace muster::core {

// A duration for people, rounded to what matters at its size:
// "45 s", "12 min", "3 h 05 min", "2 d 4 h", "41 d". Empty input gives "–".
QString formatDuration(std::optional<double> ms);
// A duration as a user types it: "15m", "4h", "1d 12h", "90" (minutes); units d, h,
// m or min, s. Empty text gives an empty duration; anything else unreadable throws
// Error(BadInput) naming `field`.
std::optional<qint64> parseDuration(const QString& text, const QString& field);
// The inverse for editing: "15m", "4h", "1d 12h".
QString formatDurationInput(qint64 ms);

} // namespace muster::core
