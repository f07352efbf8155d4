#include "gui/SlaDonut.h"

#include "gui/ChartTheme.h"

#include <QCursor>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QToolTip>

namespace muster::gui {

SlaDonut::SlaDonut(QWidget* parent)
    : QChartView(parent)
    , m_centre(new QGraphicsTextItem(chart()))
{
    ChartTheme::prepare(this);
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(chart(), &QChart::plotAreaChanged, this, &SlaDonut::placeCentre);
}

QString SlaDonut::centreText() const
{
    return m_centreText;
}

void SlaDonut::setData(const core::SlaCounts& counts)
{
    m_counts = counts;
    QChart* c = chart();
    c->removeAllSeries();
    auto* series = new QPieSeries;
    series->setHoleSize(0.58);
    series->setPieSize(0.9);
    const QLocale locale;
    const double decided = double(std::max<qint64>(1, counts.decided()));
    const struct
    {
        core::SlaTargets::Outcome outcome;
        qint64 count;
        QString label;
    } parts[] = {
        {core::SlaTargets::Outcome::Met, counts.met, tr("Met")},
        {core::SlaTargets::Outcome::Breached, counts.breached, tr("Breached")},
        {core::SlaTargets::Outcome::Overdue, counts.overdue, tr("Overdue, still open")},
    };
    for (const auto& part : parts) {
        auto* slice = series->append(tr("%1: %2 (%3%)")
                                         .arg(part.label, locale.toString(part.count))
                                         .arg(double(part.count) * 100.0 / decided, 0, 'f', 0),
                                     double(part.count));
        slice->setColor(ChartTheme::slaOutcome(part.outcome));
        slice->setBorderColor(palette().color(QPalette::Window));
        const auto outcome = part.outcome;
        connect(slice, &QPieSlice::clicked, this, [this, outcome] { emit sliceClicked(outcome); });
        connect(slice, &QPieSlice::hovered, this, [this, slice](bool on) {
            slice->setExploded(on);
            if (on) {
                QToolTip::showText(QCursor::pos(), slice->label(), this);
            }
        });
    }
    c->addSeries(series);
    ChartTheme::apply(c);
    const auto share = counts.breachShare();
    m_centreText = share ? tr("%1%").arg(*share * 100.0, 0, 'f', 0) : tr("no data");
    m_centre->setHtml(QStringLiteral("<div align=\"center\" style=\"color:%1\"><span style=\"font-size:%2pt; "
                                     "font-weight:600\">%3</span><br>%4</div>")
                          .arg(ChartTheme::text().name())
                          .arg(font().pointSizeF() * 1.8)
                          .arg(m_centreText.toHtmlEscaped(), share ? tr("breached") : QString()));
    m_centre->setTextWidth(120);
    placeCentre();
}

void SlaDonut::placeCentre()
{
    // The hole's centre: the pie sits in the plot area's centre.
    const QRectF area = chart()->plotArea();
    const QRectF text = m_centre->boundingRect();
    m_centre->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
}

void SlaDonut::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeCentre();
}

} // namespace muster::gui
