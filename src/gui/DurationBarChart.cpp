#include "gui/DurationBarChart.h"

#include "core/DurationFormat.h"
#include "gui/ChartTheme.h"
#include "gui/DurationUnit.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

namespace muster::gui {

DurationBarChart::DurationBarChart(QWidget* parent)
    : QChartView(parent)
{
    ChartTheme::prepare(this);
}

QString DurationBarChart::tooltip(int index) const
{
    const Group& g = m_groups.at(index);
    return tr("<b>%1</b><br>median %2 · mean %3 · p90 %4<br>%5 incidents; %6 not yet reached")
        .arg(g.label, core::formatDuration(g.medianMs), core::formatDuration(g.meanMs), core::formatDuration(g.p90Ms))
        .arg(g.count)
        .arg(g.pending);
}

void DurationBarChart::setData(core::Measure measure, const QList<Group>& groups)
{
    m_measure = measure;
    m_groups = groups;
    QChart* c = chart();
    ChartTheme::clear(c);
    double largest = 0;
    for (const Group& g : groups) {
        largest = std::max(largest, g.p90Ms.value_or(0));
    }
    const DurationUnit unit = DurationUnit::forLargest(largest);
    const QColor color = measure == core::Measure::Acknowledge ? ChartTheme::acknowledge() : ChartTheme::remediate();
    auto* median = new QBarSet(tr("Median"));
    auto* p90 = new QBarSet(tr("90th percentile"));
    median->setColor(color);
    median->setBorderColor(color);
    p90->setColor(ChartTheme::withAlpha(color, 90));
    p90->setBorderColor(ChartTheme::withAlpha(color, 140));
    QStringList labels;
    for (const Group& g : groups) {
        // The median under the name, so that the figures read without hovering.
        labels.append(tr("%1<br><b>%2</b>").arg(g.label, core::formatDuration(g.medianMs)));
        median->append(unit.of(g.medianMs.value_or(0)));
        p90->append(unit.of(g.p90Ms.value_or(0)));
    }
    auto* series = new QBarSeries;
    series->append(median);
    series->append(p90);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setTitleText(unit.name);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    y->setMax(std::max(1.0, unit.of(largest) * 1.1));
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QBarSet* set : {median, p90}) {
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (on) {
                QToolTip::showText(QCursor::pos(), tooltip(index), this);
            } else {
                QToolTip::hideText();
            }
        });
        connect(set, &QBarSet::clicked, this, &DurationBarChart::groupClicked);
    }
    ChartTheme::apply(c);
}

void DurationBarChart::restyle()
{
    setData(m_measure, m_groups);
}

} // namespace muster::gui
