#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace muster::core {

// The calendar that regulatory clocks count in: a time zone, the weekend, and the
// holidays on which nothing is due. Deadlines are computed as UTC instants; this class
// converts between them and local dates, so clocks stay right across daylight-saving
// changes.
//
// Holidays are a base set (none, or the US federal holidays of 5 U.S.C. 6103 with the
// observed-day rule for federal employees) plus dates the organisation adds (bridge
// days, closures) minus dates it removes.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::BusinessCalendar)

public:
    enum class Base
    {
        None,
        UsFederal,
    };

    // America/New_York with the US federal holidays: the calendar of SEC filings.
    BusinessCalendar();
    BusinessCalendar(QTimeZone zone, Base base, QSet<QDate> added = {}, QSet<QDate> removed = {});

    const QTimeZone& timeZone() const { return m_zone; }
    Base base() const { return m_base; }
    const QSet<QDate>& addedHolidays() const { return m_added; }
    const QSet<QDate>& removedHolidays() const { return m_removed; }

    bool isWeekend(QDate date) const;
    bool isHoliday(QDate date) const;
    bool isBusinessDay(QDate date) const { return !isWeekend(date) && !isHoliday(date); }
    // The `n`-th business day after `date` (not counting `date` itself).
    QDate addBusinessDays(QDate date, int n) const;

    QDate localDate(qint64 utcMs) const;
    // The UTC instant of a local date and time in this calendar's zone. A time that
    // does not exist (skipped by a spring-forward change) moves forward by the gap.
    qint64 instant(QDate date, QTime time) const;

    // US federal holidays falling in `year`, observed dates (Saturday -> Friday,
    // Sunday -> Monday), as listed in 5 U.S.C. 6103(a).
    static QSet<QDate> usFederalHolidays(int year);

    // Settings form: "America/New_York", "us_federal" or "none", and comma-separated
    // ISO dates. Throws Error(BadInput) naming the field and the bad value.
    static BusinessCalendar fromSettings(const QString& zoneId, const QString& base, const QString& added,
                                         const QString& removed);
    static QSet<QDate> parseDates(const QString& text, const QString& field);
    static QString formatDates(const QSet<QDate>& dates);
    static QString baseKey(Base base);

private:
    QTimeZone m_zone;
    Base m_base;
    QSet<QDate> m_added;
    QSet<QDate> m_removed;
    mutable QHash<int, QSet<QDate>> m_baseCache;
};

} // namespace muster::core
