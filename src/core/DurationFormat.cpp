#include "core/DurationFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace muster::core {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("muster::core::DurationFormat", text);
}
} // namespace

QString formatDuration(std::optional<double> ms)
{
    if (!ms) {
        return QStringLiteral("–");
    }
    const double v = std::max(0.0, *ms);
    const auto seconds = qint64(std::llround(v / 1000.0));
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    const auto minutes = qint64(std::llround(v / 60'000.0));
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 24 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    const auto hours = qint64(std::llround(v / 3'600'000.0));
    if (hours < 10 * 24) {
        return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    }
    return tr("%1 d").arg(qint64(std::llround(v / 86'400'000.0)));
}

double toHours(double ms)
{
    return ms / 3'600'000.0;
}

} // namespace muster::core
