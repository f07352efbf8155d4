#include "gui/HistogramPlot.h"

#include "gui/ChartTheme.h"
#include "gui/PlotNavigator.h"

#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace muster::gui {

namespace {

QString shortDuration(qint64 ms)
{
    const char* context = "muster::gui::HistogramPlot";
    if (ms < 3'600'000) {
        return QCoreApplication::translate(context, "%1m").arg(ms / 60'000);
    }
    if (ms < 86'400'000) {
        return QCoreApplication::translate(context, "%1h").arg(ms / 3'600'000);
    }
    return QCoreApplication::translate(context, "%1d").arg(ms / 86'400'000);
}

} // namespace

HistogramPlot::HistogramPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_bars(new QCPBars(m_plot->xAxis, m_plot->yAxis))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(260);
    m_bars->setWidth(0.8);
    m_plot->xAxis->setLabel(tr("Time to acknowledge"));
    m_plot->yAxis->setLabel(tr("Incidents"));
    m_plot->xAxis->grid()->setVisible(false);
    new PlotNavigator(m_plot, Qt::Horizontal, [this] { setData(m_edges, m_counts); });
    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* plottable, int index, QMouseEvent*) {
                if (plottable == m_bars && index >= 0) {
                    emit binClicked(int(m_bars->data()->at(index)->key));
                }
            });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const int bin = int(std::lround(m_plot->xAxis->pixelToCoord(e->pos().x())));
        if (bin < 0 || bin >= m_counts.size() || e->buttons() != Qt::NoButton) {
            QToolTip::hideText();
            return;
        }
        qint64 total = 0;
        for (qint64 c : std::as_const(m_counts)) {
            total += c;
        }
        const qint64 n = m_counts.at(bin);
        QToolTip::showText(m_plot->mapToGlobal(e->pos()),
                           tr("%1: %2 incidents (%3%)<br><i>Click to list them</i>")
                               .arg(binLabel(m_edges, bin), QLocale().toString(n))
                               .arg(total > 0 ? double(n) * 100.0 / double(total) : 0.0, 0, 'f', 1),
                           m_plot);
    });
    restyle();
}

QString HistogramPlot::binLabel(const QList<qint64>& edgesMs, int index)
{
    if (index + 1 >= edgesMs.size()) {
        return tr("over %1").arg(shortDuration(edgesMs.value(index)));
    }
    return tr("%1–%2").arg(shortDuration(edgesMs.at(index)), shortDuration(edgesMs.at(index + 1)));
}

void HistogramPlot::setData(const QList<qint64>& edgesMs, const QList<qint64>& counts)
{
    m_edges = edgesMs;
    m_counts = counts;
    m_bars->data()->clear();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    qint64 largest = 0;
    for (int i = 0; i < counts.size(); ++i) {
        m_bars->addData(i, double(counts.at(i)));
        ticker->addTick(i, binLabel(edgesMs, i).replace(QStringLiteral("–"), QStringLiteral("–\n")));
        largest = std::max(largest, counts.at(i));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, double(counts.size()) - 0.4);
    m_plot->yAxis->setRange(0, std::max<double>(1, double(largest) * 1.12));
    m_plot->replot();
}

void HistogramPlot::restyle()
{
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(ChartTheme::acknowledge());
    ChartTheme::apply(m_plot);
    m_plot->replot();
}

} // namespace muster::gui
