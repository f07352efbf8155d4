#pragma once

#include <QString>

namespace muster::gui {

// "45 s", "12 min", "3 h 5 min", "2 d 4 h": how long something has waited, for tables
// and the status bar.
QString formatDuration(qint64 ms);

} // namespace muster::gui
