#pragma once

#include <QString>

#include <optional>

namespace muster::core {

// A duration for people, rounded to what matters at its size:
// "45 s", "12 min", "3 h 05 min", "2 d 4 h", "41 d". Empty input gives "–".
QString formatDuration(std::optional<double> ms);
// The same in hours with one decimal ("36.5 h"), for axes and CSV readers.
double toHours(double ms);

} // namespace muster::core
