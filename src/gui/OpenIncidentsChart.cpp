#include "gui/OpenIncidentsChart.h"

#include "core/Lifecycle.h"
#include "gui/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace muster::gui {

OpenIncidentsChart::OpenIncidentsChart(QWidget* parent)
    : QChartView(parent)
{
    ChartTheme::prepare(this);
}

QList<core::Status> OpenIncidentsChart::openStatuses()
{
    QList<core::Status> out;
    for (core::Status s : core::statuses().values()) {
        if (core::Lifecycle::isOpen(s)) {
            out.append(s);
        }
    }
    return out;
}

void OpenIncidentsChart::setData(const QList<storage::OpenCount>& counts)
{
    m_counts = counts;
    QChart* c = chart();
    ChartTheme::clear(c);
    // SEV1 on top: horizontal bars read like a list.
    QList<core::Severity> severities = core::severities().values();
    std::reverse(severities.begin(), severities.end());
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    qint64 largest = 0;
    QHash<core::Severity, qint64> totals;
    for (const auto& oc : counts) {
        totals[oc.severity] += oc.count;
        largest = std::max(largest, totals[oc.severity]);
    }
    for (core::Status status : openStatuses()) {
        auto* set = new QBarSet(core::statuses().label(status));
        set->setColor(ChartTheme::status(status));
        set->setBorderColor(ChartTheme::status(status));
        for (core::Severity severity : severities) {
            qint64 n = 0;
            for (const auto& oc : counts) {
                if (oc.severity == severity && oc.status == status) {
                    n = oc.count;
                }
            }
            set->append(double(n));
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set, severities, status](bool on, int index) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %n incident(s)", nullptr, int(set->at(index)))
                                   .arg(core::severities().label(severities.at(index)), core::statuses().label(status)),
                               this);
        });
        connect(set, &QBarSet::clicked, this,
                [this, severities, status](int index) { emit segmentClicked(severities.at(index), status); });
    }
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    for (core::Severity s : severities) {
        y->append(core::severities().label(s));
    }
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setMin(0);
    x->setMax(std::max<qint64>(4, largest));
    x->applyNiceNumbers();
    x->setTitleText(tr("open incidents"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartTheme::apply(c);
}

} // namespace muster::gui
