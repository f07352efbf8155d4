#include "report/SlaChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <array>

namespace muster::report {

namespace {

QString percent(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1%").arg(QLocale().toString(*share * 100.0, 'f', 0)) : QStringLiteral("–");
}

} // namespace

SlaChart::SlaChart(QString caption, QList<Row> rows)
    : m_caption(std::move(caption))
    , m_rows(std::move(rows))
{}

double SlaChart::aspectRatio() const
{
    return 0.05 + 0.065 * double(m_rows.size());
}

void SlaChart::paint(QPainter& painter, const QRectF& rect, double u) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = font(painter, 7.5, u);
    const QFont label = font(painter, 8, u);
    const QFontMetricsF fm(small, painter.device());
    const double labelWidth = 92 * u;
    const double rateWidth = 92 * u;
    const double legendHeight = fm.height() + 6 * u;
    const double rowHeight = (rect.height() - legendHeight) / double(std::max<qsizetype>(1, m_rows.size()));
    const double barHeight = std::min(rowHeight * 0.6, 16 * u);
    const double barLeft = rect.left() + labelWidth;
    const double barWidth = rect.width() - labelWidth - rateWidth;

    const auto paintMet = [u](QPainter& p, const QRectF& r) {
        p.setPen(QPen(Qt::black, 0.6 * u));
        p.setBrush(Qt::white);
        p.drawRect(r);
    };
    const auto paintBreached = [u](QPainter& p, const QRectF& r) {
        p.setPen(QPen(Qt::black, 0.6 * u));
        p.setBrush(Qt::black);
        p.drawRect(r);
    };
    const auto paintOverdue = [u](QPainter& p, const QRectF& r) {
        p.setPen(QPen(Qt::black, 0.6 * u));
        p.setBrush(Qt::white);
        p.drawRect(r);
        hatch(p, r, 2.5 * u, Qt::black, 0.7 * u);
    };
    const auto paintPending = [u](QPainter& p, const QRectF& r) {
        p.setPen(QPen(Qt::black, 0.6 * u));
        p.setBrush(grey(215));
        p.drawRect(r);
    };

    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const double y = rect.top() + rowHeight * double(i) + (rowHeight - barHeight) / 2;
        painter.setFont(label);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, labelWidth - 6 * u, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         row.label);
        const core::SlaCounts& c = row.counts;
        const qint64 total = c.met + c.breached + c.overdue + c.pending;
        if (total == 0) {
            painter.setFont(small);
            painter.setPen(grey(60));
            painter.drawText(QRectF(barLeft, y, barWidth, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("no incidents with a target"));
            continue;
        }
        double x = barLeft;
        const std::array<std::pair<qint64, std::function<void(QPainter&, const QRectF&)>>, 4> segments{
            std::pair(c.met, paintMet), std::pair(c.breached, paintBreached), std::pair(c.overdue, paintOverdue),
            std::pair(c.pending, paintPending)};
        painter.setFont(small);
        for (std::size_t s = 0; s < segments.size(); ++s) {
            const qint64 n = segments.at(s).first;
            if (n == 0) {
                continue;
            }
            const QRectF segment(x, y, barWidth * double(n) / double(total), barHeight);
            segments.at(s).second(painter, segment);
            const QString text = QString::number(n);
            if (fm.horizontalAdvance(text) + 4 * u < segment.width()) {
                // White on black, black on white; overdue gets a white plate over the hatch.
                if (s == 2) {
                    const QRectF plate(segment.center().x() - fm.horizontalAdvance(text) / 2 - 1.5 * u,
                                       segment.center().y() - fm.height() / 2, fm.horizontalAdvance(text) + 3 * u,
                                       fm.height());
                    painter.fillRect(plate, Qt::white);
                }
                painter.setPen(s == 1 ? Qt::white : Qt::black);
                painter.drawText(segment, Qt::AlignCenter, text);
            }
            x += segment.width();
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(barLeft + barWidth + 6 * u, y, rateWidth - 6 * u, barHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%1 breached").arg(percent(c.breachShare())));
    }
    legend(painter, QPointF(barLeft, rect.bottom() - legendHeight + 4 * u),
           {{paintMet, tr("Met")},
            {paintBreached, tr("Breached")},
            {paintOverdue, tr("Overdue")},
            {paintPending, tr("Not decided yet")}},
           u);
    painter.restore();
}

QList<QStringList> SlaChart::table() const
{
    QList<QStringList> rows{
        {QString(), tr("Met"), tr("Breached"), tr("Overdue"), tr("Not decided yet"), tr("Breach rate")}};
    for (const Row& r : m_rows) {
        rows.append({r.label, QString::number(r.counts.met), QString::number(r.counts.breached),
                     QString::number(r.counts.overdue), QString::number(r.counts.pending),
                     percent(r.counts.breachShare())});
    }
    return rows;
}

} // namespace muster::report
