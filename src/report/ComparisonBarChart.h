#pragma once

#include "report/Chart.h"

#include <QCoreApplication>

namespace muster::report {

// Counts per category in two periods side by side: the earlier period as a light,
// outlined bar, the period reported on as a black one, each with its figure on top.
class ComparisonBarChart final : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::ComparisonBarChart)

public:
    struct Group
    {
        QString label;
        qint64 current = 0;
        qint64 previous = 0;
    };

    ComparisonBarChart(QString caption, QString currentLabel, QString previousLabel, QList<Group> groups);

    double aspectRatio() const override { return 0.36; }
    void paint(QPainter& painter, const QRectF& rect, double unitsPerPoint) const override;
    QList<QStringList> table() const override;
    QString caption() const override { return m_caption; }

private:
    QString m_caption;
    QString m_currentLabel;
    QString m_previousLabel;
    QList<Group> m_groups;
};

} // namespace muster::report
