#pragma once

#include <QWidget>

class QChartView;

namespace muster::gui {

class Session;

// The hunting programme at a glance, for the Dashboard: hunts started and concluded
// per month, the mix of outcomes, incidents found by hunting versus by alerts, and
// the techniques concluded hunts have covered over time. Self-contained: it reads
// through CoverageService::metrics and redraws when hunts or incidents change.
class HuntMetricsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuntMetricsWidget)

public:
    explicit HuntMetricsWidget(Session& session, QWidget* parent = nullptr);

    void setMonths(int months);
    // Fixes "now" (tests, screenshots); 0 follows the clock.
    void setNow(qint64 now);
    void reload();

private:
    void watchDatabase();

    Session& m_session;
    int m_months = 12;
    qint64 m_now = 0;
    QChartView* m_perMonth;
    QChartView* m_outcomes;
    QChartView* m_origins;
    QChartView* m_techniques;
};

} // namespace muster::gui
