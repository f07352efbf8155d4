#pragma once

#include "core/IncidentEnums.h"
#include "core/SlaTargets.h"

#include <QColor>

class QCustomPlot;
class QChart;
class QChartView;

namespace muster::gui {

// Colours and styling shared by the dashboard's charts (Qt Charts and QCustomPlot), for
// the light and the dark palette (Theme). Series keep their meaning across charts:
// acknowledgement is teal, remediation violet, the SLA outcomes green/red/amber/grey.
class ChartTheme
{
public:
    // Antialiasing, a minimum height and the legend below, for a dashboard chart view.
    static void prepare(QChartView* view);
    // Removes the series and axes of `chart` before it is drawn anew.
    static void clear(QChart* chart);
    static void apply(QChart* chart);
    static void apply(QCustomPlot* plot);

    static QColor text();
    static QColor mutedText();
    static QColor grid();
    static QColor acknowledge();
    static QColor remediate();
    static QColor volume();
    static QColor scatter();
    static QColor slaOutcome(core::SlaTargets::Outcome outcome);
    static QColor status(core::Status status);
    static QColor good();
    static QColor bad();
    // `color` with its alpha set to `alpha` (0..255).
    static QColor withAlpha(QColor color, int alpha);
};

} // namespace muster::gui
