#pragma once

#include "core/Clock.h"

namespace muster::storage {

// The clock the demo writers move through the past, so that what they write through
// the real services happened at plausible times.
class DemoClock final : public core::Clock
{
public:
    explicit DemoClock(qint64 now)
        : m_now(now)
    {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 now) { m_now = now; }

private:
    qint64 m_now;
};

} // namespace muster::storage
