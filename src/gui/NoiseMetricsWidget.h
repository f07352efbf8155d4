#pragma once

#include "core/Clock.h"
#include "core/NoiseMetrics.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace muster::gui {

class Session;

// Alert noise for the dashboard: alerts per source and per rule, the share dismissed as
// false positive, alerts per incident and the median time from alert to triage
// decision, over a chosen period. Self-contained: give it the session and place it
// anywhere (the Alerts page shows it as a tab; the Dashboard can add it as one).
class NoiseMetricsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoiseMetricsWidget)

public:
    explicit NoiseMetricsWidget(Session& session, QWidget* parent = nullptr,
                                const core::Clock& clock = core::SystemClock::instance());

    const core::NoiseMetrics& metrics() const { return m_metrics; }
    void reload();

private:
    void watchDatabase();
    void fill(QTableWidget* table, const QList<core::NoiseMetrics::Row>& rows);

    Session& m_session;
    const core::Clock& m_clock;
    core::NoiseMetrics m_metrics;
    QComboBox* m_period;
    QLabel* m_alerts;
    QLabel* m_falsePositive;
    QLabel* m_perIncident;
    QLabel* m_median;
    QLabel* m_untriaged;
    QTableWidget* m_bySource;
    QTableWidget* m_byRule;
    QTimer m_debounce;
};

} // namespace muster::gui
