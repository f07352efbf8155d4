#pragma once

#include "storage/IncidentFilter.h"
#include "storage/MetricsDashboard.h"
#include "storage/MetricsQuery.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QTimer;

namespace Ui {
class DashboardPage;
}

namespace muster::storage {
struct MetricsSelection;
}

namespace muster::gui {

class ChartCard;
class DurationBarChart;
class HistogramPlot;
class KpiTile;
class OpenIncidentsChart;
class ScatterPlot;
class Session;
class SlaDonut;
class TrendPlot;

// MTTA, MTTR and SLA breaches for a period (last 30/90/365 days, a quarter or custom
// dates) and filters (severity, tier, category, real or exercise): KPI tiles and Qt
// Charts on "Overview", the QCustomPlot trend on "Trends", the per-incident scatter and
// the time-to-acknowledge histogram on "Distribution". Figures come from
// storage::MetricsService on a worker thread; the page stays usable meanwhile.
//
// Other features add their own tabs (addTab) and strips above the tabs (addStrip), and
// follow the chosen period and filters through queryChanged(). Clicking a tile, bar,
// slice, trend point, dot or histogram bar emits drillDown() with the filter of the
// incidents behind it; the incident list shows them and applies who may see what
// (confidential incidents count in the figures here but are never listed here).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Preset
    {
        Last30Days,
        Last90Days,
        Last365Days,
        ThisQuarter,
        LastQuarter,
        Custom,
    };

    explicit DashboardPage(Session& session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Adds a feature's tab after the built-in ones; returns its index. The page takes
    // ownership.
    int addTab(const QString& title, QWidget* widget);
    // Adds a strip above the tabs (for example upcoming regulatory deadlines).
    void addStrip(QWidget* widget);

    storage::MetricsQuery query() const;
    void setPreset(Preset preset);
    void setCustomPeriod(QDate first, QDate last);
    void setScope(core::ExerciseScope scope);
    const storage::MetricsDashboard& data() const { return m_data; }
    bool isRefreshing() const { return m_watcher.isRunning(); }

    // The drill-down filter that a click on the part of a chart would emit (for tests
    // and keyboard use); selections that resolve to incident ids run on a worker thread.
    storage::IncidentFilter baseFilter() const;

public slots:
    void refresh();

signals:
    void drillDown(const storage::IncidentFilter& filter);
    void queryChanged(const storage::MetricsQuery& query);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildOverview();
    void buildTrends();
    void buildDistribution();
    void buildFilters();
    void periodChanged();
    void scheduleRefresh();
    void watchDatabase();
    void applyData();
    void updateKpis();
    void updateOverviewCharts();
    void updateTrend();
    void updateDistribution();
    void restyle();
    void drillSelection(const storage::MetricsSelection& selection, const QString& what);
    core::Measure overviewMeasure() const;

    Session& m_session;
    std::unique_ptr<Ui::DashboardPage> m_ui;
    QMenu* m_filterMenu = nullptr;
    QComboBox* m_measureCombo = nullptr;
    QComboBox* m_trendCombo = nullptr;
    KpiTile* m_mttaTile = nullptr;
    KpiTile* m_mttrTile = nullptr;
    KpiTile* m_openTile = nullptr;
    KpiTile* m_slaTile = nullptr;
    QLabel* m_scopeNote = nullptr;
    DurationBarChart* m_severityChart = nullptr;
    DurationBarChart* m_tierChart = nullptr;
    OpenIncidentsChart* m_openChart = nullptr;
    SlaDonut* m_slaDonut = nullptr;
    TrendPlot* m_trendPlot = nullptr;
    ScatterPlot* m_scatterPlot = nullptr;
    HistogramPlot* m_histogramPlot = nullptr;
    ChartCard* m_severityCard = nullptr;
    ChartCard* m_tierCard = nullptr;
    ChartCard* m_openCard = nullptr;
    ChartCard* m_slaCard = nullptr;
    ChartCard* m_trendCard = nullptr;
    ChartCard* m_scatterCard = nullptr;
    ChartCard* m_histogramCard = nullptr;
    QTimer* m_refreshTimer = nullptr;

    struct Loaded
    {
        storage::MetricsDashboard data;
        QString error;
    };

    storage::MetricsDashboard m_data;
    QFutureWatcher<Loaded> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_stale = true;
    bool m_again = false;
};

} // namespace muster::gui
