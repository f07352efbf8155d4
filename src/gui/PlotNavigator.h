#pragma once

#include <QObject>

#include <functional>

class QCustomPlot;

namespace muster::gui {

// Mouse and keyboard navigation for a QCustomPlot: drag to pan, wheel to zoom (in the
// given orientations), and with the keyboard + and - to zoom, the arrow keys to pan, 0
// or Home to show everything again (`reset`). The plot takes keyboard focus on click.
class PlotNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotNavigator)

public:
    PlotNavigator(QCustomPlot* plot, Qt::Orientations orientations, std::function<void()> reset);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void zoom(double factor);
    void pan(double dx, double dy);

    QCustomPlot* m_plot;
    Qt::Orientations m_orientations;
    std::function<void()> m_reset;
};

} // namespace muster::gui
