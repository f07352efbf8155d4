#include "core/DurationStats.h"

#include <algorithm>
#include <cmath>

namespace muster::core {

DurationStats::Rank DurationStats::rank(qint64 n, double p)
{
    Q_ASSERT(n > 0);
    const double h = double(n - 1) * p;
    Rank r;
    r.lower = qint64(std::floor(h));
    r.upper = std::min(r.lower + 1, n - 1);
    r.weight = h - double(r.lower);
    return r;
}

double DurationStats::interpolate(qint64 lowerValue, qint64 upperValue, double weight)
{
    return double(lowerValue) + weight * double(upperValue - lowerValue);
}

DurationStats DurationStats::fromAggregate(qint64 count, qint64 pending, qint64 sumMs, const OrderStatistics& order)
{
    DurationStats s;
    s.count = count;
    s.pending = pending;
    s.sumMs = sumMs;
    if (count > 0) {
        s.meanMs = double(sumMs) / double(count);
        s.medianMs = interpolate(order.medianLower, order.medianUpper, rank(count, kMedian).weight);
        s.p90Ms = interpolate(order.p90Lower, order.p90Upper, rank(count, kP90).weight);
    }
    return s;
}

DurationStats DurationStats::of(QList<qint64> durations, qint64 pending)
{
    const auto n = qint64(durations.size());
    if (n == 0) {
        return fromAggregate(0, pending, 0, {});
    }
    std::sort(durations.begin(), durations.end());
    qint64 sum = 0;
    for (qint64 d : durations) {
        sum += d;
    }
    const Rank median = rank(n, kMedian);
    const Rank p90 = rank(n, kP90);
    return fromAggregate(
        n, pending, sum,
        {durations.at(median.lower), durations.at(median.upper), durations.at(p90.lower), durations.at(p90.upper)});
}

} // namespace muster::core
