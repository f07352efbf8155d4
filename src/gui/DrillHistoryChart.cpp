#include "gui/DrillHistoryChart.h"

#include "gui/Theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace muster::gui {

DrillHistoryChart::DrillHistoryChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

int DrillHistoryChart::seriesCount() const
{
    return chart() ? int(chart()->series().size()) : 0;
}

void DrillHistoryChart::setHistory(const QList<core::DrillPoint>& points, const core::Scenario& scenario,
                                   Measure measure)
{
    auto* chart = new QChart();
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(points.isEmpty()               ? tr("No run of this scenario has started yet.")
                    : measure == Measure::ShareMet ? tr("Expected actions rated P or S, per drill")
                                                   : tr("Mean inject-to-decision time (scenario minutes), per drill"));
    const auto value = [measure](const core::RoleMetrics& m) -> std::optional<double> {
        if (measure == Measure::ShareMet) {
            const auto share = m.shareMet();
            return share ? std::optional<double>(*share * 100.0) : std::nullopt;
        }
        return m.meanDecisionMinutes;
    };
    double top = measure == Measure::ShareMet ? 100.0 : 10.0;
    const auto addSeries = [&](const QString& name,
                               const std::function<std::optional<double>(const core::DrillPoint&)>& get, bool bold) {
        auto* line = new QLineSeries(chart);
        line->setName(name);
        line->setPointsVisible(true);
        int n = 0;
        for (int i = 0; i < points.size(); ++i) {
            if (const auto v = get(points.at(i))) {
                line->append(i, *v);
                top = std::max(top, *v);
                ++n;
            }
        }
        if (n == 0) {
            delete line;
            return;
        }
        if (bold) {
            QPen pen = line->pen();
            pen.setWidth(4);
            line->setPen(pen);
        }
        chart->addSeries(line);
    };
    addSeries(
        tr("All roles"), [&](const core::DrillPoint& p) { return value(p.overall); }, true);
    for (const auto& role : scenario.roles) {
        addSeries(
            role.name,
            [&](const core::DrillPoint& p) {
                return p.roles.contains(role.id) ? value(p.roles.value(role.id)) : std::nullopt;
            },
            false);
    }
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < points.size(); ++i) {
        x->append(QStringLiteral("%1 · %2").arg(
                      points.at(i).reference,
                      QDateTime::fromMSecsSinceEpoch(points.at(i).date).toString(QStringLiteral("yyyy-MM-dd"))),
                  i);
    }
    x->setRange(-0.3, std::max<qsizetype>(1, points.size() - 1) + 0.3);
    auto* y = new QValueAxis(chart);
    y->setRange(0, measure == Measure::ShareMet ? 100.0 : std::ceil(top * 1.15));
    y->setLabelFormat(measure == Measure::ShareMet ? QStringLiteral("%d%%") : QStringLiteral("%.0f min"));
    if (measure == Measure::DecisionMinutes) {
        y->applyNiceNumbers();
    } else {
        y->setTickCount(5);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace muster::gui
