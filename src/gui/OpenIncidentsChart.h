#pragma once

#include "core/IncidentEnums.h"
#include "storage/MetricsDashboard.h"

#include <QChartView>

namespace muster::gui {

// Incidents still being worked on, by severity, stacked by status. A click on a segment
// emits segmentClicked with its severity and status.
class OpenIncidentsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenIncidentsChart)

public:
    explicit OpenIncidentsChart(QWidget* parent = nullptr);

    void setData(const QList<storage::OpenCount>& counts);
    void restyle() { setData(m_counts); }
    static QList<core::Status> openStatuses();

signals:
    void segmentClicked(core::Severity severity, core::Status status);

private:
    QList<storage::OpenCount> m_counts;
};

} // namespace muster::gui
