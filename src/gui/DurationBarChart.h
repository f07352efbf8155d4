#pragma once

#include "core/Measure.h"

#include <QChartView>

#include <optional>

namespace muster::gui {

// Median and 90th percentile of a duration per group (severity, tier) as bars, with
// count, mean and the incidents not yet reached in the tooltip. A click on a bar emits
// groupClicked with the group's index.
class DurationBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationBarChart)

public:
    struct Group
    {
        QString label;
        qint64 count = 0;
        qint64 pending = 0;
        std::optional<double> meanMs;
        std::optional<double> medianMs;
        std::optional<double> p90Ms;
    };

    explicit DurationBarChart(QWidget* parent = nullptr);

    void setData(core::Measure measure, const QList<Group>& groups);
    const QList<Group>& groups() const { return m_groups; }
    void restyle();

signals:
    void groupClicked(int index);

private:
    QString tooltip(int index) const;

    core::Measure m_measure = core::Measure::Acknowledge;
    QList<Group> m_groups;
};

} // namespace muster::gui
