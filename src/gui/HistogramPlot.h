#pragma once

#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPBars;

namespace muster::gui {

// How many incidents took how long to be acknowledged, in bins that widen with the
// duration (1, 2, 5, 10, 15, 30 minutes, 1, 2, 4, 8 hours, 1, 2, 7 days), with QCustomPlot.
// A click on a bar emits binClicked with the bin's index.
class HistogramPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistogramPlot)

public:
    explicit HistogramPlot(QWidget* parent = nullptr);

    // `edgesMs` as in MetricsService::histogramEdges(); `counts` one per edge (the last
    // bin is open-ended).
    void setData(const QList<qint64>& edgesMs, const QList<qint64>& counts);
    QCustomPlot* plot() const { return m_plot; }
    static QString binLabel(const QList<qint64>& edgesMs, int index);
    void restyle();

signals:
    void binClicked(int index);

private:
    QCustomPlot* m_plot;
    QCPBars* m_bars;
    QList<qint64> m_edges;
    QList<qint64> m_counts;
};

} // namespace muster::gui
