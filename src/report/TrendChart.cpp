#include "report/TrendChart.h"

#include "core/DurationFormat.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace muster::report {

namespace {

void drawSeries(QPainter& painter, const QList<std::optional<QPointF>>& points, const QPen& pen, bool filledDots,
                double u)
{
    QPainterPath path;
    bool open = false;
    for (const auto& p : points) {
        if (!p) {
            open = false;
            continue;
        }
        if (open) {
            path.lineTo(*p);
        } else {
            path.moveTo(*p);
            open = true;
        }
    }
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    QPen markerPen(pen.color(), 0.8 * u);
    painter.setPen(markerPen);
    for (const auto& p : points) {
        if (!p) {
            continue;
        }
        if (filledDots) {
            painter.setBrush(pen.color());
            painter.drawEllipse(*p, 1.8 * u, 1.8 * u);
        } else {
            painter.setBrush(Qt::white);
            painter.drawRect(QRectF(p->x() - 1.8 * u, p->y() - 1.8 * u, 3.6 * u, 3.6 * u));
        }
    }
}

} // namespace

TrendChart::TrendChart(QString caption, QList<Panel> panels)
    : m_caption(std::move(caption))
    , m_panels(std::move(panels))
{}

void TrendChart::paint(QPainter& painter, const QRectF& rect, double u) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font(painter, 7.5, u), painter.device());
    const double legendHeight = fm.height() + 6 * u;
    const double gap = 14 * u;
    const double panelWidth =
        (rect.width() - gap * double(m_panels.size() - 1)) / double(std::max<qsizetype>(1, m_panels.size()));
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        const QRectF area(rect.left() + double(i) * (panelWidth + gap), rect.top(), panelWidth,
                          rect.height() - legendHeight);
        paintPanel(painter, area, u, m_panels.at(i));
    }
    const QList<LegendEntry> entries{
        {[u](QPainter& p, const QRectF& r) {
             p.setPen(QPen(Qt::black, 1.4 * u));
             p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
             p.setBrush(Qt::black);
             p.drawEllipse(r.center(), 1.8 * u, 1.8 * u);
         },
         tr("Median")},
        {[u](QPainter& p, const QRectF& r) {
             p.setPen(QPen(grey(90), 1.0 * u, Qt::DashLine));
             p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
             p.setPen(QPen(grey(90), 0.8 * u));
             p.setBrush(Qt::white);
             p.drawRect(QRectF(r.center().x() - 1.8 * u, r.center().y() - 1.8 * u, 3.6 * u, 3.6 * u));
         },
         tr("90th percentile")},
    };
    legend(painter, QPointF(rect.left() + 30 * u, rect.bottom() - legendHeight + 4 * u), entries, u);
    painter.restore();
}

void TrendChart::paintPanel(QPainter& painter, const QRectF& area, double u, const Panel& panel) const
{
    const QFont small = font(painter, 7.5, u);
    const QFont title = font(painter, 8.5, u, true);
    const QFontMetricsF fm(small, painter.device());
    const QFontMetricsF tm(title, painter.device());

    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), tm.height()), Qt::AlignLeft | Qt::AlignTop,
                     panel.title);

    double maximum = 0;
    for (const Point& p : panel.points) {
        maximum = std::max({maximum, p.medianMs.value_or(0), p.p90Ms.value_or(0)});
    }
    const DurationUnit unit = durationUnit(maximum);
    const double maxUnits = std::max(1.0, maximum / unit.ms);
    const double step = niceStep(maxUnits, 4);
    const double top = std::ceil(maxUnits * 1.05 / step) * step;
    const QRectF plot(area.left() + 30 * u, area.top() + tm.height() + 4 * u, area.width() - 32 * u,
                      area.height() - tm.height() - 4 * u - fm.height() * 1.6);

    painter.setFont(small);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        painter.setPen(QPen(grey(v == 0 ? 0 : 205), (v == 0 ? 0.8 : 0.4) * u));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(grey(60));
        painter.drawText(QRectF(area.left(), y - fm.height() / 2, 27 * u, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 %2").arg(QLocale().toString(v, 'g', 4), unit.symbol));
    }

    const qsizetype n = panel.points.size();
    const double slot = plot.width() / double(std::max<qsizetype>(1, n));
    // Thin the labels out so that they do not overlap.
    double widest = 0;
    for (const Point& p : panel.points) {
        widest = std::max(widest, fm.horizontalAdvance(p.label));
    }
    const int every = std::max(1, int(std::ceil((widest + 4 * u) / slot)));
    QList<std::optional<QPointF>> medians;
    QList<std::optional<QPointF>> p90s;
    for (qsizetype i = 0; i < n; ++i) {
        const Point& p = panel.points.at(i);
        const double x = plot.left() + slot * (double(i) + 0.5);
        const auto yOf = [&](const std::optional<double>& ms) -> std::optional<QPointF> {
            if (!ms) {
                return std::nullopt;
            }
            return QPointF(x, plot.bottom() - (*ms / unit.ms) / top * plot.height());
        };
        medians.append(yOf(p.medianMs));
        p90s.append(yOf(p.p90Ms));
        if (i % every == 0) {
            painter.setPen(grey(40));
            painter.drawText(QRectF(x - slot * every / 2, plot.bottom() + 3 * u, slot * every, fm.height() * 1.4),
                             Qt::AlignHCenter | Qt::AlignTop, p.label);
        }
    }
    drawSeries(painter, p90s, QPen(grey(90), 1.0 * u, Qt::DashLine), false, u);
    drawSeries(painter, medians, QPen(Qt::black, 1.4 * u), true, u);
}

QList<QStringList> TrendChart::table() const
{
    QList<QStringList> rows;
    QStringList header{QString()};
    for (const Panel& panel : m_panels) {
        header << tr("%1, median").arg(panel.title) << tr("%1, p90").arg(panel.title);
    }
    rows.append(header);
    const qsizetype n = m_panels.isEmpty() ? 0 : m_panels.first().points.size();
    for (qsizetype i = 0; i < n; ++i) {
        QStringList row{m_panels.first().points.at(i).label};
        for (const Panel& panel : m_panels) {
            const Point& p = panel.points.value(i);
            row << core::formatDuration(p.medianMs) << core::formatDuration(p.p90Ms);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace muster::report
