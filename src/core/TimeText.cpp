#include "core/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace muster::core {

std::optional<qint64> parseInstant(const QString& text, qint64 now)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
        return now;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid()) {
            dt = QDateTime(date, QTime(0, 0), Qt::LocalTime);
        }
    }
    if (!dt.isValid()) {
        return std::nullopt;
    }
    return dt.toMSecsSinceEpoch();
}

QString formatInstantUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<qint64> parseDurationMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*([smhdw]?)\\s*$"));
    const auto m = re.match(text.toLower());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    const QString unit = m.captured(2);
    qint64 factor = 60'000;
    if (unit == QLatin1String("s")) {
        factor = 1000;
    } else if (unit == QLatin1String("h")) {
        factor = 3'600'000;
    } else if (unit == QLatin1String("d")) {
        factor = 86'400'000;
    } else if (unit == QLatin1String("w")) {
        factor = 7 * 86'400'000LL;
    }
    return n * factor;
}

QString formatDuration(qint64 ms)
{
    const char* ctx = "muster::core::TimeText";
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    const qint64 days = minutes / 1440;
    const qint64 hours = (minutes % 1440) / 60;
    const qint64 mins = minutes % 60;
    if (days > 0) {
        return QCoreApplication::translate(ctx, "%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return QCoreApplication::translate(ctx, "%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate(ctx, "%1 min").arg(mins);
}

} // namespace muster::core
