#pragma once

#include <QWidget>

class QComboBox;

namespace muster::gui {

class DrillHistoryChart;
class Session;

// Drill-over-drill figures for the dashboard: per scenario and role, the share of
// expected actions rated P or S and the inject-to-decision time, run after run.
class DrillMetricsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillMetricsWidget)

public:
    explicit DrillMetricsWidget(Session& session, QWidget* parent = nullptr);

    void reload();

private:
    void updateChart();

    Session& m_session;
    QComboBox* m_scenarioCombo;
    QComboBox* m_measureCombo;
    DrillHistoryChart* m_chart;
};

} // namespace muster::gui
