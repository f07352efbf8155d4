#include "core/AlertTime.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace muster::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::core::AlertTime", text);
}

[[noreturn]] void notATime(const QString& path)
{
    JsonFields::failAt(path, tr("not a date and time (expected ISO 8601 such as 2026-11-29T14:03:00Z, or epoch "
                                "seconds)"));
}

qint64 fromEpochNumber(double d, const QString& path)
{
    if (!std::isfinite(d) || d < 0 || d > 4.0e12 * 1000) {
        notATime(path);
    }
    // Below 1e11 it is seconds (up to the year 5138), else milliseconds.
    return d < 1.0e11 ? static_cast<qint64>(std::llround(d * 1000.0)) : static_cast<qint64>(std::llround(d));
}

} // namespace

std::optional<qint64> AlertTime::parse(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (value.isDouble()) {
        return fromEpochNumber(value.toDouble(), path);
    }
    if (value.isString()) {
        return parseText(value.toString(), path);
    }
    notATime(path);
}

std::optional<qint64> AlertTime::parseText(const QString& input, const QString& path)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,13}(\\.\\d+)?$"));
    if (digits.match(text).hasMatch()) {
        return fromEpochNumber(text.toDouble(), path);
    }
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})"
                       "(?:[.,](\\d{1,12}))?)?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const auto m = iso.match(text);
    if (!m.hasMatch()) {
        notATime(path);
    }
    const int year = m.captured(1).toInt();
    if (year == 1) {
        return std::nullopt; // Go's zero time: Alertmanager's endsAt of a firing alert
    }
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int minute = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(hour, minute, second == 60 ? 59 : second, ms);
    if (!date.isValid() || !time.isValid()) {
        notATime(path);
    }
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
        QString rest = zone.mid(1);
        rest.remove(QLatin1Char(':'));
        const int hh = rest.left(2).toInt();
        const int mm = rest.size() > 2 ? rest.mid(2, 2).toInt() : 0;
        if (hh > 23 || mm > 59) {
            notATime(path);
        }
        offsetSeconds = (hh * 3600 + mm * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime utc(date, time, Qt::UTC);
    return utc.toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
}

} // namespace muster::core
