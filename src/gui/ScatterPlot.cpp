#include "gui/ScatterPlot.h"

#include "core/DurationFormat.h"
#include "gui/ChartTheme.h"
#include "gui/PlotNavigator.h"

#include <QDateTime>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace muster::gui {

namespace {

constexpr double kMsPerHour = 3'600'000.0;
constexpr double kFloorHours = 1.0 / 60.0; // a log scale has no zero: durations under a minute sit at 1 min
constexpr qsizetype kDotsAbove = 20'000;

// The y axis is linear over log10(hours), with ticks labelled as durations: a
// logarithmic QCPAxis would take a logarithm of every point on every redraw, which
// triples the redraw time of a million points.
double toAxis(double ms)
{
    return std::log10(std::max(kFloorHours, ms / kMsPerHour));
}

double fromAxis(double value)
{
    return std::pow(10.0, value) * kMsPerHour;
}

} // namespace

ScatterPlot::ScatterPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_graph(m_plot->addGraph())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(300);

    m_graph->setLineStyle(QCPGraph::lsNone);
    m_graph->setAdaptiveSampling(true);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
    m_plot->xAxis->setLabel(tr("Detected"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double minute = 60'000;
    ticker->addTick(toAxis(minute), tr("1 min"));
    ticker->addTick(toAxis(10 * minute), tr("10 min"));
    ticker->addTick(toAxis(60 * minute), tr("1 h"));
    ticker->addTick(toAxis(4 * 60 * minute), tr("4 h"));
    ticker->addTick(toAxis(24 * 60 * minute), tr("1 d"));
    ticker->addTick(toAxis(3 * 24 * 60 * minute), tr("3 d"));
    ticker->addTick(toAxis(7 * 24 * 60 * minute), tr("1 wk"));
    ticker->addTick(toAxis(30 * 24 * 60 * minute), tr("30 d"));
    ticker->addTick(toAxis(90 * 24 * 60 * minute), tr("90 d"));
    ticker->addTick(toAxis(365 * 24 * 60 * minute), tr("1 yr"));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Time to remediate (log scale)"));
    // Only the data layer is redrawn while panning; axes and grid stay cached.
    m_plot->setPlottingHint(QCP::phCacheLabels, true);

    new PlotNavigator(m_plot, Qt::Horizontal | Qt::Vertical, [this] { resetView(); });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { m_pressPos = e->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton && (e->pos() - m_pressPos).manhattanLength() <= 4 && m_count > 0 &&
            m_plot->axisRect()->rect().contains(e->pos())) {
            emit regionClicked(regionAt(e->pos()));
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (e->buttons() == Qt::NoButton) {
            showTooltip(e->pos());
        }
    });
    applyStyle();
}

void ScatterPlot::applyStyle()
{
    const QColor color = ChartTheme::scatter();
    if (m_count > kDotsAbove) {
        m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot, ChartTheme::withAlpha(color, 150), 1));
    } else {
        m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ChartTheme::withAlpha(color, 110),
                                                 ChartTheme::withAlpha(color, 110), m_count > 2'000 ? 3 : 5));
    }
    ChartTheme::apply(m_plot);
}

void ScatterPlot::setData(const storage::DurationPoints& points, const QTimeZone& zone)
{
    m_zone = zone;
    m_count = points.detectedMs.size();
    QVector<QCPGraphData> data;
    data.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i) {
        data.append(QCPGraphData(points.detectedMs.at(i) / 1000.0, toAxis(points.durationMs.at(i))));
    }
    m_graph->data()->set(data, true);
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_plot->xAxis->ticker());
    ticker->setTimeZone(zone);
    ticker->setDateTimeFormat(QStringLiteral("d MMM\nyyyy"));
    applyStyle();
    resetView();
}

void ScatterPlot::resetView()
{
    bool found = false;
    QCPRange keys = m_graph->getKeyRange(found);
    if (!found) {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        keys = QCPRange(now - 30 * 86400.0, now);
    }
    const double pad = std::max(3600.0, keys.size() * 0.02);
    m_plot->xAxis->setRange(keys.lower - pad, keys.upper + pad);
    QCPRange values = m_graph->getValueRange(found);
    if (!found) {
        values = QCPRange(toAxis(60'000), toAxis(kMsPerHour * 24));
    }
    m_plot->yAxis->setRange(values.lower - 0.2, std::max(values.upper, toAxis(kMsPerHour * 24)) + 0.2);
    m_plot->replot();
}

void ScatterPlot::restyle()
{
    applyStyle();
    m_plot->replot();
}

QPointF ScatterPlot::pixelOf(double detectedMs, double durationMs) const
{
    return {m_plot->xAxis->coordToPixel(detectedMs / 1000.0), m_plot->yAxis->coordToPixel(toAxis(durationMs))};
}

ScatterPlot::Region ScatterPlot::regionAt(const QPoint& pos, int radius) const
{
    const QCPAxis* x = m_plot->xAxis;
    const QCPAxis* y = m_plot->yAxis;
    const double k0 = x->pixelToCoord(pos.x() - radius);
    const double k1 = x->pixelToCoord(pos.x() + radius);
    const double v0 = y->pixelToCoord(pos.y() + radius);
    const double v1 = y->pixelToCoord(pos.y() - radius);
    Region r;
    r.detected =
        core::Period{qint64(std::floor(std::min(k0, k1) * 1000.0)), qint64(std::ceil(std::max(k0, k1) * 1000.0))};
    // Durations at the floor stand for everything below a minute.
    const double low = std::min(v0, v1);
    r.minDurationMs = low <= toAxis(0) ? 0 : qint64(std::floor(fromAxis(low)));
    r.maxDurationMs = qint64(std::ceil(fromAxis(std::max(v0, v1))));
    return r;
}

void ScatterPlot::showTooltip(const QPoint& pos)
{
    if (m_count == 0 || !m_plot->axisRect()->rect().contains(pos)) {
        QToolTip::hideText();
        return;
    }
    const Region r = regionAt(pos);
    // Only the points in the key window are looked at: the data is sorted by key.
    const auto data = m_graph->data();
    qsizetype n = 0;
    for (auto it = data->findBegin(double(r.detected.fromMs) / 1000.0, false);
         it != data->constEnd() && it->key <= double(r.detected.toMs) / 1000.0; ++it) {
        const double ms = fromAxis(it->value);
        if (ms >= double(r.minDurationMs) && ms <= double(r.maxDurationMs)) {
            ++n;
        }
    }
    if (n == 0) {
        QToolTip::hideText();
        return;
    }
    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(r.detected.fromMs + (r.detected.toMs - r.detected.fromMs) / 2, m_zone);
    const double ms = fromAxis(m_plot->yAxis->pixelToCoord(pos.y()));
    QToolTip::showText(m_plot->mapToGlobal(pos),
                       tr("%n incident(s) here<br>detected around %1, remediated after about %2<br><i>Click to list "
                          "them</i>",
                          nullptr, int(n))
                           .arg(QLocale().toString(when, QLocale::ShortFormat), core::formatDuration(ms)),
                       m_plot);
}

} // namespace muster::gui
