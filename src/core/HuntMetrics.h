#pragma once

#include "core/Hunt.h"
#include "core/IncidentEnums.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace muster::core {

// The hunting programme in numbers, month by month: hunts started and concluded, the
// mix of outcomes, incidents found by hunting versus by alerts, and how many distinct
// techniques concluded hunts have covered so far.
class HuntMetrics
{
public:
    struct IncidentOrigin
    {
        qint64 detectedAt = 0;
        DetectionSource source = DetectionSource::Tool;
    };

    struct Month
    {
        QDate month; // first day, UTC
        int started = 0;
        int concluded = 0;
        int incidentsByHunting = 0;
        int incidentsByAlerts = 0; // detection tools and alert rules
        int techniquesCovered = 0; // cumulative, distinct, by the end of the month
    };

    // The last `monthCount` months up to the month of `now`.
    static HuntMetrics compute(const QList<Hunt>& hunts, const QList<IncidentOrigin>& incidents, int monthCount,
                               qint64 now);

    QList<Month> months;
    QMap<HuntOutcome, int> outcomes; // hunts concluded in the window
    int active = 0;
    int proposed = 0;
};

} // namespace muster::core
