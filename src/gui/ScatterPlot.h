#pragma once

#include "core/MetricsCalendar.h"
#include "storage/MetricsDashboard.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace muster::gui {

// One dot per incident: detection date (x) against time to remediate (y, logarithmic),
// with QCustomPlot. A million dots stay smooth: above 20,000 points they are drawn as
// single pixels with adaptive sampling (one representative per pixel column and value
// band). Drag and wheel pan and zoom both axes, the keyboard too (PlotNavigator). A
// click emits regionClicked with the detection and duration ranges under the cursor
// (a few pixels around it), for the drill-down.
class ScatterPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScatterPlot)

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void setData(const storage::DurationPoints& points, const QTimeZone& zone);
    qsizetype pointCount() const { return m_count; }
    QCustomPlot* plot() const { return m_plot; }
    void resetView();
    void restyle();

    // Where the dot of an incident is drawn, in widget pixels.
    QPointF pixelOf(double detectedMs, double durationMs) const;
    // The detection period and duration range (ms) within `radius` pixels of `pos`.
    struct Region
    {
        core::Period detected;
        qint64 minDurationMs = 0;
        qint64 maxDurationMs = 0;
    };
    Region regionAt(const QPoint& pos, int radius = 4) const;

signals:
    void regionClicked(const ScatterPlot::Region& region);

private:
    void showTooltip(const QPoint& pos);
    void applyStyle();

    QCustomPlot* m_plot;
    QCPGraph* m_graph;
    qsizetype m_count = 0;
    QTimeZone m_zone;
    QPoint m_pressPos;
};

} // namespace muster::gui
