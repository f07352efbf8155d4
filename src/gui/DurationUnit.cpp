#include "gui/DurationUnit.h"

#include <QCoreApplication>

namespace muster::gui {

DurationUnit DurationUnit::forLargest(double largestMs)
{
    constexpr double kMinute = 60'000;
    constexpr double kHour = 60 * kMinute;
    const char* context = "muster::gui::DurationUnit";
    if (largestMs <= 2 * kHour) {
        return {kMinute, QCoreApplication::translate(context, "minutes")};
    }
    if (largestMs <= 72 * kHour) {
        return {kHour, QCoreApplication::translate(context, "hours")};
    }
    return {24 * kHour, QCoreApplication::translate(context, "days")};
}

} // namespace muster::gui
