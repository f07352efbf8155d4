#include "gui/Durations.h"

#include <QCoreApplication>

namespace muster::gui {

QString formatDuration(qint64 ms)
{
    const char* context = "muster::gui::Durations";
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return QCoreApplication::translate(context, "%1 s").arg(s);
    }
    const qint64 m = s / 60;
    if (m < 60) {
        return QCoreApplication::translate(context, "%1 min").arg(m);
    }
    const qint64 h = m / 60;
    if (h < 24) {
        return m % 60 == 0 ? QCoreApplication::translate(context, "%1 h").arg(h)
                           : QCoreApplication::translate(context, "%1 h %2 min").arg(h).arg(m % 60);
    }
    const qint64 d = h / 24;
    return h % 24 == 0 ? QCoreApplication::translate(context, "%1 d").arg(d)
                       : QCoreApplication::translate(context, "%1 d %2 h").arg(d).arg(h % 24);
}

} // namespace muster::gui
