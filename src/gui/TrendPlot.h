#pragma once

#include "core/MetricsCalendar.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPAxisRect;

namespace muster::gui {

// MTTA and MTTR per week or month (QCustomPlot): for each, the median as a line with a
// band up to the 90th percentile and the mean dashed; below, the number of incidents.
// The three rows share the time axis; drag and wheel pan and zoom it, the keyboard too
// (PlotNavigator). A click emits bucketClicked with the index of the week or month.
class TrendPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendPlot)

public:
    struct Point
    {
        core::Period period;
        QString key;
        qint64 incidents = 0;
        std::optional<double> acknowledgeMedianMs;
        std::optional<double> acknowledgeP90Ms;
        std::optional<double> acknowledgeMeanMs;
        std::optional<double> remediateMedianMs;
        std::optional<double> remediateP90Ms;
        std::optional<double> remediateMeanMs;
    };

    explicit TrendPlot(QWidget* parent = nullptr);

    void setData(const QList<Point>& points, const QTimeZone& zone);
    QCustomPlot* plot() const { return m_plot; }
    void resetView();
    void restyle();

signals:
    void bucketClicked(int index);

private:
    int bucketAt(double key) const;
    void showTooltip(const QPoint& pos);

    QCustomPlot* m_plot;
    QCPAxisRect* m_acknowledgeRect;
    QCPAxisRect* m_remediateRect;
    QCPAxisRect* m_volumeRect;
    QList<Point> m_points;
    QTimeZone m_zone;
    QPoint m_pressPos;
};

} // namespace muster::gui
