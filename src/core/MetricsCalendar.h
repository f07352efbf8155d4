#pragma once

#include "core/MetricsOptions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace muster::core {

// A half-open interval of UTC instants [fromMs, toMs).
struct Period
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    bool contains(qint64 ms) const { return ms >= fromMs && ms < toMs; }
    bool operator==(const Period&) const = default;
};

// One calendar bucket of a trend, clipped to the period asked for.
struct TimeBucket
{
    Period period;
    QString key; // "2026-W05", "2026-03", "2026-Q1": stable, sortable
    QDate firstDay;
};

// Days, weeks, months and quarters in the user's time zone. Periods start and end at
// local midnight (QDate::startOfDay, which also handles zones whose midnight falls into
// a daylight-saving gap), so a week that contains a daylight-saving change lasts 167 or
// 169 hours and every incident falls into the week a local calendar shows it in.
class MetricsCalendar
{
public:
    explicit MetricsCalendar(QTimeZone zone = QTimeZone::systemTimeZone());

    const QTimeZone& zone() const { return m_zone; }
    qint64 startOfDay(QDate date) const;
    QDate localDate(qint64 ms) const;

    // The `days` local days that end with the day of `nowMs` (today included).
    Period lastDays(int days, qint64 nowMs) const;
    // The calendar quarter of `nowMs` moved by `offset` quarters (0 this, -1 the last).
    Period quarter(qint64 nowMs, int offset) const;
    // From the start of `first` to the end of `last` (both included).
    Period dates(QDate first, QDate last) const;
    // The period of the same number of local days just before `period` (for "change
    // against the previous period"); the previous quarter for a whole calendar quarter.
    Period previous(const Period& period) const;

    // The calendar buckets that cover `period`, clipped to it. Empty for a grouping that
    // is not a calendar one.
    QList<TimeBucket> buckets(const Period& period, MetricsGrouping grouping) const;
    static QString bucketKey(QDate firstDay, MetricsGrouping grouping);
    // The trend grouping that reads well for a period: weeks up to 120 days, else months
    // (the dashboard's "Automatic" and the leadership report).
    static MetricsGrouping trendGrouping(const Period& period);

private:
    static QDate bucketStart(QDate date, MetricsGrouping grouping);
    static QDate nextBucketStart(QDate start, MetricsGrouping grouping);

    QTimeZone m_zone;
};

} // namespace muster::core
