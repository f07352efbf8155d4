#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace muster::core {

// Count, mean, median and 90th percentile of a set of durations in milliseconds: the
// one definition of these figures in Muster. Storage computes the same figures in SQL
// (MetricsService) and hands the parts to fromAggregate(), so that the GUI, musterctl
// and reports show identical numbers.
//
// - count: the durations in the figures. pending: incidents that have not reached the
//   measure's end yet; they are excluded from the figures and reported beside them.
// - mean = sum / count (the sum is an exact 64-bit integer, divided once).
// - percentile p (median p = 0.5, p90 p = 0.9): linear interpolation between the two
//   nearest ranks of the sorted durations x[0] <= ... <= x[n-1] (Hyndman and Fan type 7,
//   the default of R, NumPy and spreadsheet PERCENTILE.INC):
//       h = (n - 1) * p,  lower = floor(h),  upper = min(lower + 1, n - 1)
//       value = x[lower] + (h - lower) * (x[upper] - x[lower])
//   So the median of an even count is the mean of the two middle values, and a single
//   duration is its own median and p90.
// - With count = 0, mean, median and p90 are empty (shown as "no data", never as 0).
struct DurationStats
{
    static constexpr double kMedian = 0.5;
    static constexpr double kP90 = 0.9;

    qint64 count = 0;
    qint64 pending = 0;
    qint64 sumMs = 0;
    std::optional<double> meanMs;
    std::optional<double> medianMs;
    std::optional<double> p90Ms;

    // The 0-based ranks that percentile p reads from n sorted values, and the weight of
    // the upper one. n must be positive.
    struct Rank
    {
        qint64 lower = 0;
        qint64 upper = 0;
        double weight = 0;
    };
    static Rank rank(qint64 n, double p);
    static double interpolate(qint64 lowerValue, qint64 upperValue, double weight);

    // The values at the ranks of the median and of the p90, as SQL reads them.
    struct OrderStatistics
    {
        qint64 medianLower = 0;
        qint64 medianUpper = 0;
        qint64 p90Lower = 0;
        qint64 p90Upper = 0;
    };
    static DurationStats fromAggregate(qint64 count, qint64 pending, qint64 sumMs, const OrderStatistics& order);

    // The reference computation over the durations themselves (tests, small sets).
    static DurationStats of(QList<qint64> durations, qint64 pending = 0);

    bool operator==(const DurationStats&) const = default;
};

} // namespace muster::core
