#pragma once

#include <QString>

namespace muster::gui {

// The unit a duration axis reads best in, chosen from the largest value shown:
// minutes up to 2 hours, hours up to 3 days, days beyond.
struct DurationUnit
{
    double ms = 60'000;
    QString name; // "minutes", "hours", "days" (translated)

    static DurationUnit forLargest(double largestMs);
    double of(double valueMs) const { return valueMs / ms; }
};

} // namespace muster::gui
