#pragma once

#include "report/Chart.h"

#include <QCoreApplication>

#include <optional>

namespace muster::report {

// Durations over time as small multiples: one panel per measure (each with its own
// axis, since acknowledging takes minutes and remediating days), the median as a solid
// black line with filled dots and the 90th percentile as a dashed grey line with open
// squares. A period without data leaves a gap.
class TrendChart final : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::TrendChart)

public:
    struct Point
    {
        QString label; // "W05", "Mar"
        std::optional<double> medianMs;
        std::optional<double> p90Ms;
    };
    struct Panel
    {
        QString title;
        QList<Point> points;
    };

    TrendChart(QString caption, QList<Panel> panels);

    double aspectRatio() const override { return 0.4; }
    void paint(QPainter& painter, const QRectF& rect, double unitsPerPoint) const override;
    QList<QStringList> table() const override;
    QString caption() const override { return m_caption; }

private:
    void paintPanel(QPainter& painter, const QRectF& rect, double unitsPerPoint, const Panel& panel) const;

    QString m_caption;
    QList<Panel> m_panels;
};

} // namespace muster::report
