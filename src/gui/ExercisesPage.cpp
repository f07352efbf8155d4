#include "gui/ExercisesPage.h"

#include "core/Error.h"
#include "gui/DrillHistoryChart.h"
#include "gui/ExerciseListModel.h"
#include "gui/ExerciseWindow.h"
#include "gui/ImprovementDialog.h"
#include "gui/ImprovementModel.h"
#include "gui/PageHeader.h"
#include "gui/PlanExerciseDialog.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/ExerciseService.h"
#include "storage/ScenarioLibrary.h"

#include "ui_ExercisesPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace muster::gui {

ExercisesPage::ExercisesPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ExercisesPage>())
    , m_model(new ExerciseListModel(this))
    , m_improvements(new ImprovementModel(core::SystemClock::instance().nowMs(), this))
    , m_chart(new DrillHistoryChart(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->exerciseTable->setModel(m_model);
    m_ui->exerciseTable->verticalHeader()->hide();
    {
        // The title takes the room; the other columns fit what they hold.
        QHeaderView* header = m_ui->exerciseTable->horizontalHeader();
        const int w = fontMetrics().averageCharWidth();
        header->setSectionResizeMode(ExerciseListModel::TitleColumn, QHeaderView::Stretch);
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::ReferenceColumn, w * 16);
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::DateColumn, PageHeader::timeColumnWidth(this));
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::ScenarioColumn, w * 30);
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::StatusColumn, w * 14);
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::FacilitatorColumn, w * 18);
        m_ui->exerciseTable->setColumnWidth(ExerciseListModel::IncidentColumn, w * 16);
    }
    auto* improvementProxy = new QSortFilterProxyModel(this);
    improvementProxy->setSourceModel(m_improvements);
    m_ui->improvementTable->setModel(improvementProxy);
    m_ui->improvementTable->verticalHeader()->hide();
    m_ui->improvementTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->historyMetricCombo->addItem(tr("Expected actions rated P or S"), true);
    m_ui->historyMetricCombo->addItem(tr("Inject-to-decision time"), false);
    m_ui->planButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->planButton->setToolTip(tr("Plan a tabletop exercise (Ctrl+Shift+E)"));

    connect(m_ui->planButton, &QPushButton::clicked, this, [this] { planExercise(QString()); });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (!currentExerciseId().isEmpty()) {
            openConsole(currentExerciseId());
        }
    });
    connect(m_ui->exerciseTable, &QAbstractItemView::doubleClicked, this, [this] { openConsole(currentExerciseId()); });
    connect(m_ui->exerciseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = m_model->rowOf(currentExerciseId());
        m_ui->openButton->setEnabled(row >= 0);
        if (row >= 0) {
            // The history follows the selected exercise's scenario.
            const int index = m_ui->historyScenarioCombo->findData(m_model->rowAt(row).scenarioKey);
            if (index >= 0) {
                m_ui->historyScenarioCombo->setCurrentIndex(index);
            }
        }
    });
    connect(m_ui->historyScenarioCombo, &QComboBox::currentIndexChanged, this, &ExercisesPage::updateHistory);
    connect(m_ui->historyMetricCombo, &QComboBox::currentIndexChanged, this, &ExercisesPage::updateHistory);
    connect(m_ui->editImprovementButton, &QPushButton::clicked, this, [this, improvementProxy] {
        const QModelIndex index = improvementProxy->mapToSource(m_ui->improvementTable->currentIndex());
        if (!index.isValid()) {
            return;
        }
        const auto item = m_improvements->rowAt(index.row());
        try {
            const auto record = storage::ExerciseService(m_session.database()).record(item.exerciseId);
            auto* dialog = new ImprovementDialog(m_session, record.scenario, item.exerciseId, item, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        } catch (const core::Error&) {
        }
    });
    connect(m_ui->improvementTable, &QAbstractItemView::doubleClicked, m_ui->editImprovementButton,
            &QPushButton::click);
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

ExercisesPage::~ExercisesPage() = default;

void ExercisesPage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("exercises")) || tables.contains(QLatin1String("scenarios")) ||
            tables.contains(QLatin1String("people"))) {
            reload();
        }
    });
}

void ExercisesPage::reload()
{
    const QString keep = currentExerciseId();
    storage::ExerciseService service(m_session.database());
    m_model->setRows(service.list());
    m_ui->exerciseTable->resizeColumnsToContents();
    m_improvements->setNow(core::SystemClock::instance().nowMs());
    m_improvements->setRows(service.allImprovements());
    m_ui->improvementTable->resizeColumnsToContents();
    int open = 0;
    for (const auto& i : m_improvements->rows()) {
        open += i.status == core::ImprovementStatus::Open || i.status == core::ImprovementStatus::InProgress ? 1 : 0;
    }
    m_ui->improvementCountLabel->setText(tr("%1 open of %n item(s)", nullptr, m_improvements->rowCount()).arg(open));
    fillHistoryScenarios();
    if (!keep.isEmpty()) {
        selectExercise(keep);
    } else if (m_model->rowCount() > 0) {
        m_ui->exerciseTable->selectRow(0);
    }
    m_ui->openButton->setEnabled(!currentExerciseId().isEmpty());
}

void ExercisesPage::fillHistoryScenarios()
{
    const QString keep = m_ui->historyScenarioCombo->currentData().toString();
    m_ui->historyScenarioCombo->blockSignals(true);
    m_ui->historyScenarioCombo->clear();
    QStringList seen;
    for (const auto& e : m_model->rows()) {
        if (!seen.contains(e.scenarioKey)) {
            seen << e.scenarioKey;
            m_ui->historyScenarioCombo->addItem(e.scenarioTitle, e.scenarioKey);
        }
    }
    m_ui->historyScenarioCombo->setCurrentIndex(std::max(0, m_ui->historyScenarioCombo->findData(keep)));
    m_ui->historyScenarioCombo->blockSignals(false);
    updateHistory();
}

void ExercisesPage::updateHistory()
{
    const QString key = m_ui->historyScenarioCombo->currentData().toString();
    const bool share = m_ui->historyMetricCombo->currentData().toBool();
    storage::ExerciseService service(m_session.database());
    // The roles of the newest run name the series.
    core::Scenario scenario;
    for (const auto& e : m_model->rows()) {
        if (e.scenarioKey == key && e.startedAt) {
            try {
                scenario = service.record(e.id).scenario;
            } catch (const core::Error&) {
            }
            break;
        }
    }
    m_chart->setHistory(key.isEmpty() ? QList<core::DrillPoint>() : service.history(key), scenario,
                        share ? DrillHistoryChart::Measure::ShareMet : DrillHistoryChart::Measure::DecisionMinutes);
}

void ExercisesPage::showHistory(const QString& scenarioKey, bool shareMet)
{
    m_ui->historyScenarioCombo->setCurrentIndex(std::max(0, m_ui->historyScenarioCombo->findData(scenarioKey)));
    m_ui->historyMetricCombo->setCurrentIndex(shareMet ? 0 : 1);
    m_ui->bottomTabs->setCurrentWidget(m_ui->historyTab);
    updateHistory();
}

QString ExercisesPage::planExercise(const QString& scenarioKey)
{
    PlanExerciseDialog dialog(m_session, scenarioKey, this);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    reload();
    selectExercise(dialog.exerciseId());
    return dialog.exerciseId();
}

ExerciseWindow* ExercisesPage::openConsole(const QString& exerciseId, const core::Clock& clock)
{
    if (exerciseId.isEmpty()) {
        return nullptr;
    }
    for (const auto& w : m_consoles) {
        if (w && w->exerciseId() == exerciseId) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    auto* window = new ExerciseWindow(m_session, exerciseId, clock, this);
    m_consoles.removeAll(nullptr);
    m_consoles.append(window);
    window->show();
    return window;
}

void ExercisesPage::selectExercise(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->exerciseTable->selectRow(row);
    }
}

QString ExercisesPage::currentExerciseId() const
{
    return m_ui->exerciseTable->currentIndex().data(ExerciseListModel::IdRole).toString();
}

} // namespace muster::gui
