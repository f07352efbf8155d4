#include "gui/ChartTheme.h"

#include "gui/Theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPalette>
#include <QValueAxis>
#include <qcustomplot.h>

namespace muster::gui {

namespace {

QColor pick(const char* light, const char* dark)
{
    return QColor(QLatin1String(Theme::isDark() ? dark : light));
}

void styleAxis(QCPAxis* axis)
{
    const QPen line(ChartTheme::grid().darker(Theme::isDark() ? 70 : 130), 1);
    axis->setBasePen(line);
    axis->setTickPen(line);
    axis->setSubTickPen(line);
    axis->setTickLabelColor(ChartTheme::mutedText());
    axis->setLabelColor(ChartTheme::text());
    axis->grid()->setPen(QPen(ChartTheme::grid(), 1, Qt::DotLine));
    axis->grid()->setSubGridPen(Qt::NoPen);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace

QColor ChartTheme::text()
{
    return QApplication::palette().color(QPalette::WindowText);
}

QColor ChartTheme::mutedText()
{
    return pick("#5b6570", "#a3acb8");
}

QColor ChartTheme::grid()
{
    return pick("#dde1e6", "#3b414b");
}

QColor ChartTheme::acknowledge()
{
    return pick("#0f7f91", "#4fc6d9");
}

QColor ChartTheme::remediate()
{
    return pick("#6b3fb8", "#b79cf2");
}

QColor ChartTheme::volume()
{
    return pick("#b7c2cd", "#4b5563");
}

QColor ChartTheme::scatter()
{
    return pick("#1f5fa8", "#7fb2f0");
}

QColor ChartTheme::slaOutcome(core::SlaTargets::Outcome outcome)
{
    switch (outcome) {
    case core::SlaTargets::Outcome::Met:
        return pick("#2e8540", "#5cc073");
    case core::SlaTargets::Outcome::Breached:
        return pick("#c62828", "#ff6b6b");
    case core::SlaTargets::Outcome::Overdue:
        return pick("#e06c00", "#ffa94d");
    case core::SlaTargets::Outcome::Pending:
        return pick("#aab4bf", "#5d6672");
    }
    return {};
}

QColor ChartTheme::status(core::Status status)
{
    switch (status) {
    case core::Status::New:
        return pick("#8a96a3", "#8d98a5");
    case core::Status::Acknowledged:
        return pick("#4a90d9", "#6fa8f0");
    case core::Status::Investigating:
        return pick("#6b3fb8", "#b79cf2");
    case core::Status::Contained:
        return pick("#0f7f91", "#4fc6d9");
    case core::Status::Reopened:
        return pick("#e06c00", "#ffa94d");
    default:
        return pick("#2e8540", "#5cc073");
    }
}

QColor ChartTheme::good()
{
    return slaOutcome(core::SlaTargets::Outcome::Met);
}

QColor ChartTheme::bad()
{
    return slaOutcome(core::SlaTargets::Outcome::Breached);
}

QColor ChartTheme::withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

void ChartTheme::prepare(QChartView* view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ChartTheme::clear(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartTheme::apply(QChart* chart)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(text());
    chart->setTitleBrush(text());
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(mutedText());
        axis->setTitleBrush(mutedText());
        axis->setLinePen(QPen(grid(), 1));
        axis->setGridLineColor(grid());
        axis->setMinorGridLineVisible(false);
    }
}

void ChartTheme::apply(QCustomPlot* plot)
{
    // Opaque: QCustomPlot paints into its own buffer, which must not keep old pixels.
    plot->setBackground(QApplication::palette().color(QPalette::Window));
    const auto rects = plot->axisRects();
    for (QCPAxisRect* rect : rects) {
        rect->setBackground(Qt::NoBrush);
        const auto axes = rect->axes();
        for (QCPAxis* axis : axes) {
            styleAxis(axis);
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(QBrush(withAlpha(QApplication::palette().color(QPalette::Base), 220)));
        plot->legend->setBorderPen(QPen(grid()));
        plot->legend->setTextColor(text());
    }
}

} // namespace muster::gui
