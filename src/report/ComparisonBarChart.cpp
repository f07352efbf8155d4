#include "report/ComparisonBarChart.h"

#include <QFontMetricsF>
#include <QPainter>

namespace muster::report {

ComparisonBarChart::ComparisonBarChart(QString caption, QString currentLabel, QString previousLabel,
                                       QList<Group> groups)
    : m_caption(std::move(caption))
    , m_currentLabel(std::move(currentLabel))
    , m_previousLabel(std::move(previousLabel))
    , m_groups(std::move(groups))
{}

void ComparisonBarChart::paint(QPainter& painter, const QRectF& rect, double u) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = font(painter, 7.5, u);
    const QFont label = font(painter, 8, u);
    painter.setFont(small);
    const QFontMetricsF fm(small, painter.device());

    qint64 maximum = 1;
    for (const Group& g : m_groups) {
        maximum = std::max({maximum, g.current, g.previous});
    }
    const double step = std::max(1.0, niceStep(double(maximum), 4));
    const double top = std::ceil(double(maximum) * 1.12 / step) * step;

    const double legendHeight = fm.height() + 6 * u;
    const QRectF plot(rect.left() + 30 * u, rect.top() + 6 * u, rect.width() - 34 * u,
                      rect.height() - 6 * u - fm.height() * 1.6 - legendHeight - 6 * u);
    const auto yOf = [&](double v) {
        return plot.bottom() - v / top * plot.height();
    };

    // Grid and y axis.
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(grey(v == 0 ? 0 : 200), (v == 0 ? 0.8 : 0.4) * u));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(grey(60));
        const QString text = QString::number(qint64(v));
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, 26 * u, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    const double slot = plot.width() / std::max<qsizetype>(1, m_groups.size());
    const double barWidth = std::min(slot * 0.32, 40 * u);
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const Group& g = m_groups.at(i);
        const double centre = plot.left() + slot * (double(i) + 0.5);
        const QRectF previousBar(centre - barWidth - 1 * u, yOf(double(g.previous)), barWidth,
                                 plot.bottom() - yOf(double(g.previous)));
        const QRectF currentBar(centre + 1 * u, yOf(double(g.current)), barWidth,
                                plot.bottom() - yOf(double(g.current)));
        painter.setPen(QPen(Qt::black, 0.6 * u));
        painter.setBrush(grey(225));
        painter.drawRect(previousBar);
        painter.setBrush(Qt::black);
        painter.drawRect(currentBar);
        painter.setPen(grey(40));
        painter.setFont(small);
        for (const auto& [bar, value] : {std::pair(previousBar, g.previous), std::pair(currentBar, g.current)}) {
            painter.drawText(
                QRectF(bar.left() - 10 * u, bar.top() - fm.height() - 1 * u, bar.width() + 20 * u, fm.height()),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number(value));
        }
        painter.setFont(label);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 3 * u, slot, fm.height() * 1.4),
                         Qt::AlignHCenter | Qt::AlignTop, g.label);
    }

    const QList<LegendEntry> entries{
        {[u](QPainter& p, const QRectF& r) {
             p.setPen(QPen(Qt::black, 0.6 * u));
             p.setBrush(grey(225));
             p.drawRect(r);
         },
         m_previousLabel},
        {[u](QPainter& p, const QRectF& r) {
             p.setPen(QPen(Qt::black, 0.6 * u));
             p.setBrush(Qt::black);
             p.drawRect(r);
         },
         m_currentLabel},
    };
    legend(painter, QPointF(plot.left(), rect.bottom() - legendHeight + 4 * u), entries, u);
    painter.restore();
}

QList<QStringList> ComparisonBarChart::table() const
{
    QList<QStringList> rows{{QString(), m_previousLabel, m_currentLabel}};
    for (const Group& g : m_groups) {
        rows.append({g.label, QString::number(g.previous), QString::number(g.current)});
    }
    return rows;
}

} // namespace muster::report
