#include "core/MetricsCalendar.h"

#include <QDateTime>

namespace muster::core {

namespace {

QDate quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

MetricsCalendar::MetricsCalendar(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
{}

qint64 MetricsCalendar::startOfDay(QDate date) const
{
    return date.startOfDay(m_zone).toMSecsSinceEpoch();
}

QDate MetricsCalendar::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

Period MetricsCalendar::lastDays(int days, qint64 nowMs) const
{
    const QDate today = localDate(nowMs);
    return dates(today.addDays(1 - std::max(1, days)), today);
}

Period MetricsCalendar::quarter(qint64 nowMs, int offset) const
{
    const QDate first = quarterStart(localDate(nowMs)).addMonths(3 * offset);
    return Period{startOfDay(first), startOfDay(first.addMonths(3))};
}

Period MetricsCalendar::dates(QDate first, QDate last) const
{
    return Period{startOfDay(first), startOfDay(last.addDays(1))};
}

Period MetricsCalendar::previous(const Period& period) const
{
    const QDate first = localDate(period.fromMs);
    const QDate end = localDate(period.toMs);
    if (first == quarterStart(first) && end == first.addMonths(3) && startOfDay(first) == period.fromMs &&
        startOfDay(end) == period.toMs) {
        return Period{startOfDay(first.addMonths(-3)), period.fromMs};
    }
    const qint64 days = std::max<qint64>(1, first.daysTo(end));
    return Period{startOfDay(first.addDays(-days)), period.fromMs};
}

QDate MetricsCalendar::bucketStart(QDate date, MetricsGrouping grouping)
{
    switch (grouping) {
    case MetricsGrouping::Week:
        return date.addDays(1 - date.dayOfWeek());
    case MetricsGrouping::Month:
        return QDate(date.year(), date.month(), 1);
    case MetricsGrouping::Quarter:
        return quarterStart(date);
    default:
        return date;
    }
}

QDate MetricsCalendar::nextBucketStart(QDate start, MetricsGrouping grouping)
{
    switch (grouping) {
    case MetricsGrouping::Week:
        return start.addDays(7);
    case MetricsGrouping::Month:
        return start.addMonths(1);
    case MetricsGrouping::Quarter:
        return start.addMonths(3);
    default:
        return start.addDays(1);
    }
}

QString MetricsCalendar::bucketKey(QDate firstDay, MetricsGrouping grouping)
{
    switch (grouping) {
    case MetricsGrouping::Week: {
        int year = 0;
        const int week = firstDay.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case MetricsGrouping::Month:
        return QStringLiteral("%1-%2").arg(firstDay.year()).arg(firstDay.month(), 2, 10, QLatin1Char('0'));
    case MetricsGrouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(firstDay.year()).arg((firstDay.month() - 1) / 3 + 1);
    default:
        return firstDay.toString(Qt::ISODate);
    }
}

QList<TimeBucket> MetricsCalendar::buckets(const Period& period, MetricsGrouping grouping) const
{
    QList<TimeBucket> out;
    if (!isCalendarGrouping(grouping) || period.toMs <= period.fromMs) {
        return out;
    }
    QDate start = bucketStart(localDate(period.fromMs), grouping);
    for (;;) {
        const qint64 begin = startOfDay(start);
        if (begin >= period.toMs) {
            break;
        }
        const QDate next = nextBucketStart(start, grouping);
        const qint64 end = startOfDay(next);
        if (end > period.fromMs) {
            out.append(TimeBucket{Period{std::max(begin, period.fromMs), std::min(end, period.toMs)},
                                  bucketKey(start, grouping), start});
        }
        start = next;
    }
    return out;
}

MetricsGrouping MetricsCalendar::trendGrouping(const Period& period)
{
    constexpr qint64 kWeeklyUpTo = qint64(120) * 86'400'000;
    return period.toMs - period.fromMs <= kWeeklyUpTo ? MetricsGrouping::Week : MetricsGrouping::Month;
}

} // namespace muster::core
