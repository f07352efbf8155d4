#pragma once

#include "core/DrillMetrics.h"
#include "core/Scenario.h"

#include <QChartView>

namespace muster::gui {

// Drill-over-drill figures of one scenario as a line chart: one series for all roles
// and one per role, either the share of expected actions rated P or S, or the mean
// inject-to-decision time. Rising share and falling time: the muscle memory grows.
class DrillHistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillHistoryChart)

public:
    enum class Measure
    {
        ShareMet,
        DecisionMinutes,
    };

    explicit DrillHistoryChart(QWidget* parent = nullptr);
    void setHistory(const QList<core::DrillPoint>& points, const core::Scenario& scenario, Measure measure);
    int seriesCount() const;
};

} // namespace muster::gui
