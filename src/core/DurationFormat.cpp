#include "core/DurationFormat.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

std::optional<qint64> parseDuration(const QString& text, const QString& field)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    bool plain = false;
    const qint64 minutes = t.toLongLong(&plain);
    if (plain && minutes >= 0) {
        return minutes * 60'000;
    }
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*(d|h|min|m|s)\\s*"));
    qint64 total = 0;
    qsizetype at = 0;
    while (at < t.size()) {
        const auto match =
            part.match(t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            throw Error(
                Error::Kind::BadInput,
                tr("%1: \"%2\" is not a duration; write for example 15m, 4h or 1d 12h.").arg(field, text.trimmed()));
        }
        const qint64 n = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        const qint64 factor = unit == QLatin1String("d")   ? 86'400'000
                              : unit == QLatin1String("h") ? 3'600'000
                              : unit == QLatin1String("s") ? 1'000
                                                           : 60'000;
        total += n * factor;
        at = match.capturedEnd();
    }
    return total;
}

QString formatDurationInput(qint64 ms)
{
    QStringList parts;
    const qint64 days = ms / 86'400'000;
    const qint64 hours = ms % 86'400'000 / 3'600'000;
    const qint64 minutes = ms % 3'600'000 / 60'000;
    const qint64 seconds = ms % 60'000 / 1'000;
    if (days > 0) {
        parts << QStringLiteral("%1d").arg(days);
    }
    if (hours > 0) {
        parts << QStringLiteral("%1h").arg(hours);
    }
    if (minutes > 0) {
        parts << QStringLiteral("%1m").arg(minutes);
    }
    if (seconds > 0 || parts.isEmpty()) {
        parts << QStringLiteral("%1s").arg(seconds);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace muster::core
