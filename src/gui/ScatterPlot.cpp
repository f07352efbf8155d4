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
constexpr double kFloorHours = 1.0 / 60.0; // a log axis has no zero: durations under a minute sit at 1 min
constexpr qsizetype kDotsAbove = 20'000;

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
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1.0 / 60.0, tr("1 min"));
    ticker->addTick(10.0 / 60.0, tr("10 min"));
    ticker->addTick(1.0, tr("1 h"));
    ticker->addTick(4.0, tr("4 h"));
    ticker->addTick(24.0, tr("1 d"));
    ticker->addTick(3 * 24.0, tr("3 d"));
    ticker->addTick(7 * 24.0, tr("1 wk"));
    ticker->addTick(30 * 24.0, tr("30 d"));
    ticker->addTick(90 * 24.0, tr("90 d"));
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
        data.append(QCPGraphData(points.detectedMs.at(i) / 1000.0,
                                 std::max(kFloorHours, points.durationMs.at(i) / kMsPerHour)));
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
        values = QCPRange(kFloorHours, 24);
    }
    m_plot->yAxis->setRange(std::max(kFloorHours / 1.5, values.lower / 1.5), std::max(1.0, values.upper * 1.5));
    m_plot->replot();
}

void ScatterPlot::restyle()
{
    applyStyle();
    m_plot->replot();
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
    r.minDurationMs = low <= kFloorHours ? 0 : qint64(std::floor(low * kMsPerHour));
    r.maxDurationMs = qint64(std::ceil(std::max(v0, v1) * kMsPerHour));
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
        const double ms = it->value * kMsPerHour;
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
    const double hours = m_plot->yAxis->pixelToCoord(pos.y());
    QToolTip::showText(
        m_plot->mapToGlobal(pos),
        tr("%n incident(s) here<br>detected around %1, remediated after about %2<br><i>Click to list "
           "them</i>",
           nullptr, int(n))
            .arg(QLocale().toString(when, QLocale::ShortFormat), core::formatDuration(hours * kMsPerHour)),
        m_plot);
}

} // namespace muster::gui
