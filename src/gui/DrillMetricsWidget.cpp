#include "gui/DrillMetricsWidget.h"

#include "core/Error.h"
#include "gui/DrillHistoryChart.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/ExerciseService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace muster::gui {

DrillMetricsWidget::DrillMetricsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scenarioCombo(new QComboBox(this))
    , m_measureCombo(new QComboBox(this))
    , m_chart(new DrillHistoryChart(this))
{
    auto* bar = new QHBoxLayout;
    auto* scenarioLabel = new QLabel(tr("&Scenario:"), this);
    scenarioLabel->setBuddy(m_scenarioCombo);
    auto* measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measureCombo);
    bar->addWidget(scenarioLabel);
    bar->addWidget(m_scenarioCombo, 1);
    bar->addWidget(measureLabel);
    bar->addWidget(m_measureCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    auto* note = new QLabel(tr("Each point is one run of the scenario; exercise incidents never count in the real "
                               "MTTA and MTTR."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_measureCombo->addItem(tr("Share of expected actions rated P or S"), true);
    m_measureCombo->addItem(tr("Inject-to-decision time"), false);
    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, &DrillMetricsWidget::updateChart);
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, &DrillMetricsWidget::updateChart);
    connect(&session, &Session::databaseReplaced, this, &DrillMetricsWidget::reload);
    reload();
}

void DrillMetricsWidget::reload()
{
    const QString keep = m_scenarioCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_scenarioCombo);
        m_scenarioCombo->clear();
        try {
            storage::ExerciseService service(m_session.database());
            QStringList seen;
            for (const auto& e : service.list()) {
                if (e.startedAt && !seen.contains(e.scenarioKey)) {
                    seen << e.scenarioKey;
                    m_scenarioCombo->addItem(e.scenarioTitle, e.scenarioKey);
                }
            }
        } catch (const core::Error&) {
            // An empty list says enough: no exercise has run yet.
        }
        if (m_scenarioCombo->count() == 0) {
            m_scenarioCombo->addItem(tr("No exercise has run yet"), QString());
        }
        m_scenarioCombo->setCurrentIndex(std::max(0, m_scenarioCombo->findData(keep)));
    }
    updateChart();
}

void DrillMetricsWidget::updateChart()
{
    const QString key = m_scenarioCombo->currentData().toString();
    const auto measure = m_measureCombo->currentData().toBool() ? DrillHistoryChart::Measure::ShareMet
                                                                : DrillHistoryChart::Measure::DecisionMinutes;
    if (key.isEmpty()) {
        m_chart->setHistory({}, core::Scenario{}, measure);
        return;
    }
    try {
        storage::ExerciseService service(m_session.database());
        core::Scenario scenario;
        for (const auto& e : service.list()) {
            if (e.scenarioKey == key && e.startedAt) {
                scenario = service.record(e.id).scenario;
                break;
            }
        }
        m_chart->setHistory(service.history(key), scenario, measure);
    } catch (const core::Error&) {
        m_chart->setHistory({}, core::Scenario{}, measure);
    }
}

} // namespace muster::gui
