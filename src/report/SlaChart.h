#pragma once

#include "core/SlaTargets.h"
#include "report/Chart.h"

#include <QCoreApplication>

namespace muster::report {

// SLA outcomes per measure as 100% bars: met (white, outlined), breached (black),
// overdue (hatched) and not decided yet (light grey), with the counts in the segments
// and the breach rate at the end of each bar.
class SlaChart final : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::SlaChart)

public:
    struct Row
    {
        QString label;
        core::SlaCounts counts;
    };

    SlaChart(QString caption, QList<Row> rows);

    double aspectRatio() const override;
    void paint(QPainter& painter, const QRectF& rect, double unitsPerPoint) const override;
    QList<QStringList> table() const override;
    QString caption() const override { return m_caption; }

private:
    QString m_caption;
    QList<Row> m_rows;
};

} // namespace muster::report
