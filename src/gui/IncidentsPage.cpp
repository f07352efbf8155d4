#include "gui/IncidentsPage.h"

#include "core/Error.h"
#include "gui/IncidentListModel.h"
#include "gui/IncidentWindow.h"
#include "gui/NewIncidentDialog.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "storage/Database.h"
#include "storage/IncidentCsv.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"

#include "ui_IncidentsPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>

namespace muster::gui {

namespace {

const QString kHeaderKey = QStringLiteral("incidentsPage/header");

// Status filter entries beyond the single statuses.
enum StatusChoice
{
    AnyStatus = -1,
    OpenStatuses = -2,
};

} // namespace

IncidentsPage::IncidentsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::IncidentsPage>())
    , m_model(new IncidentListModel(session.database(), this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->drillDownFrame->hide();
    m_ui->incidentTable->setModel(m_model);
    m_ui->incidentTable->verticalHeader()->hide();
    m_ui->incidentTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->incidentTable->setIconSize(QSize(16, 16));
    QHeaderView* header = m_ui->incidentTable->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int w = fontMetrics().averageCharWidth();
    m_ui->incidentTable->setColumnWidth(IncidentListModel::ReferenceColumn, w * 19 + 22);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::SeverityColumn, w * 9);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::PriorityColumn, w * 8);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::TierColumn, w * 8);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::StatusColumn, w * 17);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::CategoryColumn, w * 22);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::CommanderColumn, w * 18);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::DetectedColumn, PageHeader::timeColumnWidth(this));
    m_ui->incidentTable->setColumnWidth(IncidentListModel::AgeColumn, w * 12);
    m_ui->incidentTable->setColumnWidth(IncidentListModel::TimeToAcknowledgeColumn, w * 11);
    m_ui->incidentTable->setColumnHidden(IncidentListModel::TimeToAcknowledgeColumn, true);
    m_ui->incidentTable->setColumnHidden(IncidentListModel::SourceColumn, true);
    header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    header->setSortIndicator(IncidentListModel::DetectedColumn, Qt::DescendingOrder);
    m_ui->incidentTable->installEventFilter(this);

    m_ui->legendLabel->setText(tr("Highlighted: not acknowledged yet"));
    buildFilterBar();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &IncidentsPage::applyFilterBar);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_ui->statusCombo, m_ui->severityCombo, m_ui->tierCombo, m_ui->categoryCombo,
                             m_ui->assigneeCombo, m_ui->scopeCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilterBar);
    }
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &IncidentsPage::clearFilters);
    connect(m_ui->drillDownClearButton, &QToolButton::clicked, this, &IncidentsPage::clearFilters);
    connect(m_ui->newIncidentButton, &QPushButton::clicked, this, &IncidentsPage::newIncident);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &IncidentsPage::exportCsv);
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &IncidentsPage::exportCsv);
    connect(m_ui->incidentTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { openIncident(index.data(IncidentListModel::IdRole).toString()); });
    connect(header, &QHeaderView::customContextMenuRequested, this, &IncidentsPage::showColumnMenu);
    connect(header, &QHeaderView::sectionMoved, this,
            [header] { QSettings().setValue(kHeaderKey, header->saveState()); });
    connect(header, &QHeaderView::sectionResized, this,
            [header] { QSettings().setValue(kHeaderKey, header->saveState()); });
    const auto counted = [this] {
        m_readEmptyFile = m_model->totalCount() == 0 && storage::IncidentRepository(m_session.database()).isEmpty();
        updateCount();
    };
    connect(m_model, &IncidentListModel::totalCountChanged, this, counted);
    counted(); // the model's first count may have ended before this page listened
    connect(&session, &Session::syncStatusChanged, this, &IncidentsPage::updateCount);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    auto* create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &IncidentsPage::newIncident);

    connect(&session, &Session::actorChanged, this, [this] {
        reloadPeople();
        applyFilterBar();
    });
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_model->setDatabase(m_session.database());
        reloadPeople();
        watchDatabase();
    });
    watchDatabase();
    applyFilterBar();
}

IncidentsPage::~IncidentsPage() = default;

void IncidentsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Incident List"),
                                                      QDir::home().filePath(QStringLiteral("incidents.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const int total = m_model->totalCount();
    QProgressDialog progress(tr("Exporting incidents…"), tr("Cancel"), 0, std::max(total, 0), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QSaveFile file(path);
    try {
        if (!file.open(QIODevice::WriteOnly)) {
            throw core::Error(core::Error::Kind::Io, file.errorString());
        }
        // A page at a time on this thread; the dialog keeps the window responsive.
        const qint64 written = storage::IncidentCsv::write(m_model->query(), file, [&progress](qint64 n) {
            progress.setValue(int(std::min<qint64>(n, progress.maximum())));
            return !progress.wasCanceled();
        });
        if (written < 0) {
            file.cancelWriting();
            return;
        }
        if (!file.commit()) {
            throw core::Error(core::Error::Kind::Io, file.errorString());
        }
        progress.close();
        if (auto* main = qobject_cast<QMainWindow*>(window())) {
            main->statusBar()->showMessage(
                tr("Exported %n incident(s) to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path)), 8000);
        }
    } catch (const core::Error& e) {
        file.cancelWriting();
        progress.close();
        QMessageBox::warning(this, tr("Export Incident List"),
                             tr("Could not export to %1:\n%2").arg(QDir::toNativeSeparators(path), e.message()));
    }
}

void IncidentsPage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("incidents"))) {
            m_model->refresh();
        }
        if (tables.contains(QLatin1String("people"))) {
            reloadPeople();
        }
    });
}

void IncidentsPage::buildFilterBar()
{
    m_ui->statusCombo->addItem(tr("Any status"), int(AnyStatus));
    m_ui->statusCombo->addItem(tr("Open"), int(OpenStatuses));
    for (auto s : core::statuses().values()) {
        m_ui->statusCombo->addItem(core::statuses().label(s), int(s));
    }
    m_ui->severityCombo->addItem(tr("Any severity"), 0);
    for (auto s : core::severities().values()) {
        m_ui->severityCombo->addItem(core::severities().label(s), core::toInt(s));
        m_ui->severityCombo->setItemData(m_ui->severityCombo->count() - 1, core::severityDefinition(s),
                                         Qt::ToolTipRole);
    }
    m_ui->tierCombo->addItem(tr("Any tier"), 0);
    for (auto t : core::tiers().values()) {
        m_ui->tierCombo->addItem(core::tiers().label(t), core::toInt(t));
        m_ui->tierCombo->setItemData(m_ui->tierCombo->count() - 1, core::tierDescription(t), Qt::ToolTipRole);
    }
    m_ui->categoryCombo->addItem(tr("Any category"), QString());
    for (auto c : core::categories().values()) {
        m_ui->categoryCombo->addItem(core::categories().label(c), core::categories().key(c));
    }
    m_ui->scopeCombo->addItem(tr("Real incidents"), 0);
    m_ui->scopeCombo->addItem(tr("Exercises"), 1);
    m_ui->scopeCombo->addItem(tr("Real and exercises"), 2);
    reloadPeople();
}

void IncidentsPage::reloadPeople()
{
    const QSignalBlocker blocker(m_ui->assigneeCombo);
    const QString current = m_ui->assigneeCombo->currentData().toString();
    m_ui->assigneeCombo->clear();
    m_ui->assigneeCombo->addItem(tr("Anyone"), QString());
    const QString me = m_session.actor().personId;
    if (!me.isEmpty()) {
        m_ui->assigneeCombo->addItem(tr("Mine"), me);
    }
    for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
        if (p.function == core::PersonFunction::SecurityOperations ||
            p.function == core::PersonFunction::ItOperations) {
            m_ui->assigneeCombo->addItem(p.name, p.id);
        }
    }
    m_ui->assigneeCombo->setCurrentIndex(std::max(0, m_ui->assigneeCombo->findData(current)));
}

void IncidentsPage::applyFilterBar()
{
    storage::IncidentFilter f;
    const int status = m_ui->statusCombo->currentData().toInt();
    if (status == OpenStatuses) {
        f.openOnly = true;
    } else if (status >= 0) {
        f.statuses = {static_cast<core::Status>(status)};
    }
    if (const int sev = m_ui->severityCombo->currentData().toInt(); sev > 0) {
        f.severities = {*core::severityFromInt(sev)};
    }
    if (const int tier = m_ui->tierCombo->currentData().toInt(); tier > 0) {
        f.tiers = {*core::tierFromInt(tier)};
    }
    if (const auto cat = core::categories().fromKey(m_ui->categoryCombo->currentData().toString())) {
        f.categories = {*cat};
    }
    f.assigneeId = m_ui->assigneeCombo->currentData().toString();
    const int scope = m_ui->scopeCombo->currentData().toInt();
    if (scope != 2) {
        f.exercise = scope == 1;
    }
    f.text = m_ui->searchEdit->text();
    f.visibleTo = m_session.actor().personId;
    m_drillDown = false;
    m_ui->drillDownFrame->hide();
    m_model->setFilter(f);
    updateCount();
}

void IncidentsPage::clearFilters()
{
    for (QComboBox* combo : {m_ui->statusCombo, m_ui->severityCombo, m_ui->tierCombo, m_ui->categoryCombo,
                             m_ui->assigneeCombo, m_ui->scopeCombo}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    applyFilterBar();
}

void IncidentsPage::showFiltered(const storage::IncidentFilter& filter, const QString& description)
{
    storage::IncidentFilter visible = filter;
    visible.visibleTo = m_session.actor().personId; // a drill-down never lists what the user may not see
    m_model->setFilter(visible);
    m_drillDown = true;
    m_ui->drillDownLabel->setText(tr("Showing: %1").arg(description));
    m_ui->drillDownFrame->show();
    updateCount();
}

void IncidentsPage::updateCount()
{
    const int total = m_model->totalCount();
    // A new desktop of a team is empty until its first pull ends (the list fills then).
    if (total == 0 && m_readEmptyFile && m_session.syncStatus().state == sync::SyncStatus::State::Syncing) {
        m_ui->countLabel->setText(tr("No incidents here yet: the team's are arriving from the team server…"));
        return;
    }
    m_ui->countLabel->setText(total < 0 ? tr("Counting incidents…") : tr("%n incident(s)", nullptr, total));
}

void IncidentsPage::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    QHeaderView* header = m_ui->incidentTable->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != IncidentListModel::ReferenceColumn && c != IncidentListModel::TitleColumn);
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            m_ui->incidentTable->setColumnHidden(c, !on);
            QSettings().setValue(kHeaderKey, header->saveState());
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

bool IncidentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->incidentTable && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex index = m_ui->incidentTable->currentIndex();
            if (index.isValid()) {
                openIncident(index.data(IncidentListModel::IdRole).toString());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentsPage::openIncident(const QString& incidentId)
{
    if (!incidentId.isEmpty()) {
        IncidentWindow::open(m_session, incidentId, window());
    }
}

void IncidentsPage::newIncident()
{
    NewIncidentDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdIncidentId().isEmpty()) {
        openIncident(dialog.createdIncidentId());
    }
}

} // namespace muster::gui
