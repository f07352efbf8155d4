#include "gui/TrendPlot.h"

#include "core/DurationFormat.h"
#include "gui/ChartTheme.h"
#include "gui/DurationUnit.h"
#include "gui/PlotNavigator.h"

#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace muster::gui {

namespace {

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

double middle(const core::Period& p)
{
    return seconds(p.fromMs + (p.toMs - p.fromMs) / 2);
}

QCPAxisRect* makeRect(QCustomPlot* plot, QCPMarginGroup* group)
{
    auto* rect = new QCPAxisRect(plot);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    rect->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
    return rect;
}

// Median line, a band from the median up to the p90, and the mean dashed, in one row.
void fillDurations(QCustomPlot* plot, QCPAxisRect* rect, const QColor& color, const QList<double>& keys,
                   const QList<std::optional<double>>& median, const QList<std::optional<double>>& p90,
                   const QList<std::optional<double>>& mean, const QString& title)
{
    double largest = 0;
    for (const auto& v : p90) {
        largest = std::max(largest, v.value_or(0));
    }
    const DurationUnit unit = DurationUnit::forLargest(largest);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    y->setLabel(QCoreApplication::translate("muster::gui::TrendPlot", "%1 (%2)").arg(title, unit.name));
    const auto values = [&](const QList<std::optional<double>>& list) {
        QVector<double> out;
        for (const auto& v : list) {
            out.append(v ? unit.of(*v) : qQNaN());
        }
        return out;
    };
    const QVector<double> k(keys.begin(), keys.end());
    QCPGraph* medianGraph = plot->addGraph(x, y);
    medianGraph->setPen(QPen(color, 2.2));
    medianGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 5));
    medianGraph->setData(k, values(median), true);
    QCPGraph* p90Graph = plot->addGraph(x, y);
    p90Graph->setPen(QPen(ChartTheme::withAlpha(color, 120), 1));
    p90Graph->setBrush(ChartTheme::withAlpha(color, 50));
    p90Graph->setChannelFillGraph(medianGraph);
    p90Graph->setData(k, values(p90), true);
    QCPGraph* meanGraph = plot->addGraph(x, y);
    meanGraph->setPen(QPen(color, 1.3, Qt::DashLine));
    meanGraph->setData(k, values(mean), true);
    y->setRange(0, std::max(1.0, unit.of(largest) * 1.15));
}

} // namespace

TrendPlot::TrendPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(360);

    m_plot->plotLayout()->clear();
    auto* group = new QCPMarginGroup(m_plot);
    m_acknowledgeRect = makeRect(m_plot, group);
    m_remediateRect = makeRect(m_plot, group);
    m_volumeRect = makeRect(m_plot, group);
    m_plot->plotLayout()->addElement(0, 0, m_acknowledgeRect);
    m_plot->plotLayout()->addElement(1, 0, m_remediateRect);
    m_plot->plotLayout()->addElement(2, 0, m_volumeRect);
    m_plot->plotLayout()->setRowStretchFactors({2.0, 2.0, 1.0});
    m_plot->plotLayout()->setRowSpacing(4);
    for (QCPAxisRect* rect : {m_acknowledgeRect, m_remediateRect}) {
        rect->axis(QCPAxis::atBottom)->setTickLabels(false);
    }
    // The three rows share the time axis.
    const QList<QCPAxis*> xs{m_acknowledgeRect->axis(QCPAxis::atBottom), m_remediateRect->axis(QCPAxis::atBottom),
                             m_volumeRect->axis(QCPAxis::atBottom)};
    for (QCPAxis* a : xs) {
        for (QCPAxis* b : xs) {
            if (a != b) {
                connect(a, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), b,
                        qOverload<const QCPRange&>(&QCPAxis::setRange));
            }
        }
    }
    new PlotNavigator(m_plot, Qt::Horizontal, [this] { resetView(); });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { m_pressPos = e->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) {
        if ((e->pos() - m_pressPos).manhattanLength() > 4 || e->button() != Qt::LeftButton) {
            return;
        }
        const int index = bucketAt(m_volumeRect->axis(QCPAxis::atBottom)->pixelToCoord(e->pos().x()));
        if (index >= 0) {
            emit bucketClicked(index);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (e->buttons() == Qt::NoButton) {
            showTooltip(e->pos());
        }
    });
    ChartTheme::apply(m_plot);
}

int TrendPlot::bucketAt(double key) const
{
    const qint64 ms = qint64(key * 1000.0);
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).period.contains(ms)) {
            return i;
        }
    }
    return -1;
}

void TrendPlot::showTooltip(const QPoint& pos)
{
    const int index = bucketAt(m_volumeRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()));
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    const Point& p = m_points.at(index);
    QToolTip::showText(
        m_plot->mapToGlobal(pos),
        tr("<b>%1</b> · %n incident(s)<br>Acknowledge: median %2, p90 %3, mean %4<br>Remediate: median %5, p90 %6, "
           "mean %7<br><i>Click to list these incidents</i>",
           nullptr, int(p.incidents))
            .arg(p.key, core::formatDuration(p.acknowledgeMedianMs), core::formatDuration(p.acknowledgeP90Ms),
                 core::formatDuration(p.acknowledgeMeanMs), core::formatDuration(p.remediateMedianMs),
                 core::formatDuration(p.remediateP90Ms), core::formatDuration(p.remediateMeanMs)),
        m_plot);
}

void TrendPlot::setData(const QList<Point>& points, const QTimeZone& zone)
{
    m_points = points;
    m_zone = zone;
    m_plot->clearPlottables();
    QList<double> keys;
    QList<std::optional<double>> am, ap, amean, rm, rp, rmean;
    for (const Point& p : points) {
        keys.append(middle(p.period));
        am.append(p.acknowledgeMedianMs);
        ap.append(p.acknowledgeP90Ms);
        amean.append(p.acknowledgeMeanMs);
        rm.append(p.remediateMedianMs);
        rp.append(p.remediateP90Ms);
        rmean.append(p.remediateMeanMs);
    }
    fillDurations(m_plot, m_acknowledgeRect, ChartTheme::acknowledge(), keys, am, ap, amean, tr("Acknowledge"));
    fillDurations(m_plot, m_remediateRect, ChartTheme::remediate(), keys, rm, rp, rmean, tr("Remediate"));

    auto* bars = new QCPBars(m_volumeRect->axis(QCPAxis::atBottom), m_volumeRect->axis(QCPAxis::atLeft));
    bars->setPen(Qt::NoPen);
    bars->setBrush(ChartTheme::volume());
    double width = 86400.0;
    qint64 largest = 0;
    for (int i = 0; i < points.size(); ++i) {
        bars->addData(keys.at(i), double(points.at(i).incidents));
        largest = std::max(largest, points.at(i).incidents);
        width = std::max(width, seconds(points.at(i).period.toMs - points.at(i).period.fromMs));
    }
    bars->setWidth(width * 0.75);
    QCPAxis* volumeY = m_volumeRect->axis(QCPAxis::atLeft);
    volumeY->setLabel(tr("Incidents"));
    volumeY->setRange(0, std::max<double>(1, double(largest) * 1.15));

    const bool monthly = !points.isEmpty() && points.first().key.size() == 7;
    for (QCPAxisRect* rect : {m_acknowledgeRect, m_remediateRect, m_volumeRect}) {
        auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(rect->axis(QCPAxis::atBottom)->ticker());
        ticker->setTimeZone(zone);
        ticker->setDateTimeFormat(monthly ? QStringLiteral("MMM\nyyyy") : QStringLiteral("d MMM\nyyyy"));
        ticker->setTickCount(monthly ? 12 : 8);
    }
    ChartTheme::apply(m_plot);
    resetView();
}

void TrendPlot::resetView()
{
    if (m_points.isEmpty()) {
        m_plot->replot();
        return;
    }
    m_volumeRect->axis(QCPAxis::atBottom)
        ->setRange(seconds(m_points.first().period.fromMs), seconds(m_points.last().period.toMs));
    m_plot->replot();
}

void TrendPlot::restyle()
{
    setData(m_points, m_zone);
}

} // namespace muster::gui
