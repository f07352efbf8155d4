#pragma once

#include <QtGlobal>

namespace muster::core {

// Source of "now" as UTC epoch milliseconds, so rules and tests can fix time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    static const SystemClock& instance();
};

} // namespace muster::core
