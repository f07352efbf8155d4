#include "core/BusinessCalendar.h"

#include "core/Error.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace muster::core {

namespace {

QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != dayOfWeek) {
        d = d.addDays(1);
    }
    return d.addDays(7 * (n - 1));
}

QDate lastWeekday(int year, int month, int dayOfWeek)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != dayOfWeek) {
        d = d.addDays(-1);
    }
    return d;
}

QDate observed(QDate d)
{
    if (d.dayOfWeek() == Qt::Saturday) {
        return d.addDays(-1);
    }
    if (d.dayOfWeek() == Qt::Sunday) {
        return d.addDays(1);
    }
    return d;
}

// The federal holidays of `year` before the observed-day shift.
QList<QDate> federalHolidaysOf(int year)
{
    QList<QDate> out{
        QDate(year, 1, 1),                     // New Year's Day
        nthWeekday(year, 1, Qt::Monday, 3),    // Birthday of Martin Luther King, Jr.
        nthWeekday(year, 2, Qt::Monday, 3),    // Washington's Birthday
        lastWeekday(year, 5, Qt::Monday),      // Memorial Day
        QDate(year, 7, 4),                     // Independence Day
        nthWeekday(year, 9, Qt::Monday, 1),    // Labor Day
        nthWeekday(year, 10, Qt::Monday, 2),   // Columbus Day
        QDate(year, 11, 11),                   // Veterans Day
        nthWeekday(year, 11, Qt::Thursday, 4), // Thanksgiving Day
        QDate(year, 12, 25),                   // Christmas Day
    };
    if (year >= 2021) {
        out.append(QDate(year, 6, 19)); // Juneteenth National Independence Day
    }
    return out;
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : BusinessCalendar(QTimeZone(QByteArrayLiteral("America/New_York")), Base::UsFederal)
{}

BusinessCalendar::BusinessCalendar(QTimeZone zone, Base base, QSet<QDate> added, QSet<QDate> removed)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_base(base)
    , m_added(std::move(added))
    , m_removed(std::move(removed))
{}

bool BusinessCalendar::isWeekend(QDate date) const
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

bool BusinessCalendar::isHoliday(QDate date) const
{
    if (m_removed.contains(date)) {
        return false;
    }
    if (m_added.contains(date)) {
        return true;
    }
    if (m_base == Base::None) {
        return false;
    }
    auto it = m_baseCache.find(date.year());
    if (it == m_baseCache.end()) {
        it = m_baseCache.insert(date.year(), usFederalHolidays(date.year()));
    }
    return it->contains(date);
}

QDate BusinessCalendar::addBusinessDays(QDate date, int n) const
{
    QDate d = date;
    int counted = 0;
    while (counted < n) {
        d = d.addDays(1);
        if (isBusinessDay(d)) {
            ++counted;
        }
    }
    return d;
}

QDate BusinessCalendar::localDate(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date();
}

qint64 BusinessCalendar::instant(QDate date, QTime time) const
{
    return QDateTime(date, time, m_zone).toMSecsSinceEpoch();
}

QSet<QDate> BusinessCalendar::usFederalHolidays(int year)
{
    QSet<QDate> out;
    // A holiday on 1 January of the next year may be observed on 31 December.
    for (int y : {year, year + 1}) {
        for (const QDate& d : federalHolidaysOf(y)) {
            const QDate o = observed(d);
            if (o.year() == year) {
                out.insert(o);
            }
        }
    }
    return out;
}

QString BusinessCalendar::baseKey(Base base)
{
    return base == Base::UsFederal ? QStringLiteral("us_federal") : QStringLiteral("none");
}

QSet<QDate> BusinessCalendar::parseDates(const QString& text, const QString& field)
{
    QSet<QDate> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (!d.isValid()) {
            throw Error(
                Error::Kind::BadInput,
                tr("%1: \"%2\" is not a date; write dates as YYYY-MM-DD, separated by commas.").arg(field, part));
        }
        out.insert(d);
    }
    return out;
}

QString BusinessCalendar::formatDates(const QSet<QDate>& dates)
{
    QList<QDate> sorted(dates.begin(), dates.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const QDate& d : sorted) {
        out.append(d.toString(Qt::ISODate));
    }
    return out.join(QStringLiteral(", "));
}

BusinessCalendar BusinessCalendar::fromSettings(const QString& zoneId, const QString& base, const QString& added,
                                                const QString& removed)
{
    QTimeZone zone(QByteArrayLiteral("America/New_York"));
    if (!zoneId.trimmed().isEmpty()) {
        zone = QTimeZone(zoneId.trimmed().toUtf8());
        if (!zone.isValid()) {
            throw Error(
                Error::Kind::BadInput,
                tr("Time zone: \"%1\" is not a time zone; use an IANA name such as Europe/Berlin.").arg(zoneId));
        }
    }
    Base b = Base::UsFederal;
    if (base.trimmed() == QLatin1String("none")) {
        b = Base::None;
    } else if (!base.trimmed().isEmpty() && base.trimmed() != QLatin1String("us_federal")) {
        throw Error(Error::Kind::BadInput,
                    tr("Holiday calendar: \"%1\" is not known; use us_federal or none.").arg(base));
    }
    return BusinessCalendar(zone, b, parseDates(added, tr("Additional holidays")),
                            parseDates(removed, tr("Working days")));
}

} // namespace muster::core
