#pragma once

#include <QHash>
#include <QString>

namespace muster::core {

// A token bucket per key (one per alert source): `burst` requests at once, refilled at
// `perSecond`. Time is passed in, so the rule is exact in tests. Not thread-safe.
class RateLimiter
{
public:
    struct Limit
    {
        double perSecond = 50.0;
        int burst = 200;
    };

    // True when the request may go ahead (and takes a token). When it may not,
    // `retryAfterMs` says when the next token is due.
    bool allow(const QString& key, const Limit& limit, qint64 nowMs, qint64* retryAfterMs = nullptr);
    void forget(const QString& key) { m_buckets.remove(key); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace muster::core
