#include "core/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace muster::core {

bool RateLimiter::allow(const QString& key, const Limit& limit, qint64 nowMs, qint64* retryAfterMs)
{
    const double capacity = std::max(1, limit.burst);
    const double rate = std::max(0.001, limit.perSecond);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, Bucket{capacity, nowMs});
    }
    Bucket& b = it.value();
    if (nowMs > b.updatedMs) {
        b.tokens = std::min(capacity, b.tokens + double(nowMs - b.updatedMs) * rate / 1000.0);
        b.updatedMs = nowMs;
    }
    b.tokens = std::min(b.tokens, capacity);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterMs) {
        *retryAfterMs = static_cast<qint64>(std::ceil((1.0 - b.tokens) * 1000.0 / rate));
    }
    return false;
}

} // namespace muster::core
