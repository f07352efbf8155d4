#include "gui/MainWindow.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/AboutDialog.h"
#include "gui/AlertQueueStatus.h"
#include "gui/AlertSourcesSettings.h"
#include "gui/AlertsPage.h"
#include "gui/DashboardPage.h"
#include "gui/DeadlineNotifier.h"
#include "gui/DeadlineStripWidget.h"
#include "gui/DemoDataLoader.h"
#include "gui/DirectoryImport.h"
#include "gui/DrillMetricsWidget.h"
#include "gui/ExercisesPage.h"
#include "gui/HuntMetricsWidget.h"
#include "gui/IncidentWindow.h"
#include "gui/IncidentsPage.h"
#include "gui/IntakeRunner.h"
#include "gui/IntelPage.h"
#include "gui/MyTasksPage.h"
#include "gui/NoiseMetricsWidget.h"
#include "gui/PeoplePage.h"
#include "gui/ReportSettingsWidget.h"
#include "gui/ReportsPage.h"
#include "gui/ScenariosPage.h"
#include "gui/Session.h"
#include "gui/SettingsPage.h"
#include "gui/SlaTargetsWidget.h"
#include "gui/SyncIssuesDialog.h"
#include "gui/SyncIssuesModel.h"
#include "gui/SyncSettingsWidget.h"
#include "gui/WorkflowSettingsWidget.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"
#include "sync/PasswordStore.h"
#include "sync/SyncController.h"
#include "sync/SyncState.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoGroup>

namespace muster::gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
    , m_databaseLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_notifier(nullptr)
    , m_intake(new IntakeRunner(session, this))
    , m_alertStatus(new AlertQueueStatus(session, core::SystemClock::instance(), this))
    , m_syncSettings(new SyncSettingsWidget(this))
    , m_passwords(new sync::PasswordStore(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/muster.svg")));

    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);

    auto* dashboard = new DashboardPage(session, this);
    addPage(Page::Dashboard, tr("Dashboard"), QStringLiteral("dashboard"), dashboard);
    auto* incidentsPage = new IncidentsPage(session, this);
    addPage(Page::Incidents, tr("Incidents"), QStringLiteral("incidents"), incidentsPage);
    auto* exercises = new ExercisesPage(session, this);
    auto* scenarios = new ScenariosPage(session, this);
    addPage(Page::Exercises, tr("Exercises"), QStringLiteral("exercises"), exercises);
    addPage(Page::Scenarios, tr("Scenarios"), QStringLiteral("scenarios"), scenarios);
    connect(scenarios, &ScenariosPage::planRequested, this, [this, exercises](const QString& key) {
        showPage(Page::Exercises);
        exercises->planExercise(key);
    });
    addPage(Page::Reports, tr("Reports"), QStringLiteral("reports"), new ReportsPage(session, this));
    addPage(Page::People, tr("People"), QStringLiteral("people"), new PeoplePage(session, this));
    auto* settingsPage = new SettingsPage(session, this);
    addPage(Page::Settings, tr("Settings"), QStringLiteral("settings"), settingsPage);
    auto* alertsPage = new AlertsPage(session, core::SystemClock::instance(), this);
    addPage(Page::Alerts, tr("Alerts"), QStringLiteral("alerts"), alertsPage);
    registerUndoStack(Page::Alerts, alertsPage->undoStack());
    settingsPage->addSection(tr("Alert intake"), new AlertSourcesSettings(session, *m_intake, this));
    settingsPage->addSection(tr("Team server"), m_syncSettings);
    settingsPage->addSection(tr("SLA targets"), new SlaTargetsWidget(session, settingsPage));
    settingsPage->addSection(tr("Reports"), new ReportSettingsWidget(session, settingsPage));

    auto* syncNow = new QAction(tr("&Sync Now"), this);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(syncNow, &QAction::triggered, this, [this] {
        if (m_sync) {
            m_sync->syncNow();
        }
    });
    auto* syncIssues = new QAction(tr("Con&flicts and Refused Changes…"), this);
    connect(syncIssues, &QAction::triggered, this, &MainWindow::showSyncIssues);
    m_ui->fileMenu->insertActions(m_ui->quitAction, {syncNow, syncIssues});
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_syncSettings, &SyncSettingsWidget::saveRequested, this, &MainWindow::saveSyncSettings);
    connect(m_syncSettings, &SyncSettingsWidget::syncRequested, syncNow, &QAction::trigger);
    connect(m_syncSettings, &SyncSettingsWidget::issuesRequested, this, &MainWindow::showSyncIssues);

    auto* myTasks = new MyTasksPage(session, this);
    addPage(Page::MyTasks, tr("My Tasks"), QStringLiteral("tasks"), myTasks);
    settingsPage->addSection(tr("Workflows"), new WorkflowSettingsWidget(session));
    m_notifier = new DeadlineNotifier(session, this);
    connect(m_notifier, &DeadlineNotifier::notified, this,
            [this](const DeadlineNotifier::Notification& n) { statusBar()->showMessage(n.text, 30'000); });
    const auto openIncident = [this](const QString& incidentId) {
        IncidentWindow::open(m_session, incidentId, this);
    };
    connect(myTasks, &MyTasksPage::openIncidentRequested, this, openIncident);
    connect(m_notifier, &DeadlineNotifier::openIncidentRequested, this, openIncident);
    auto* intel = new IntelPage(session, this);
    addPage(Page::Intel, tr("Intel"), QStringLiteral("intel"), intel);
    registerUndoStack(Page::Intel, intel->undoStack());
    // Edit > Undo acts on the page in front.
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this,
            [this](int index) { m_undoGroup->setActiveStack(m_undoStacks.value(index)); });

    // The dashboard hosts the other features' figures, and its drill-downs open the list.
    dashboard->addStrip(new DeadlineStripWidget(session, dashboard));
    dashboard->addTab(tr("Alert noise"), new NoiseMetricsWidget(session, dashboard));
    dashboard->addTab(tr("Hunting"), new HuntMetricsWidget(session, dashboard));
    dashboard->addTab(tr("Drills"), new DrillMetricsWidget(session, dashboard));
    connect(dashboard, &DashboardPage::drillDown, this, [this, incidentsPage](const storage::IncidentFilter& filter) {
        incidentsPage->showFiltered(filter, tr("the incidents behind the chart you clicked on the dashboard"));
        showPage(Page::Incidents);
    });

    arrangeNavigation({Page::Dashboard, Page::Incidents, Page::Alerts, Page::MyTasks, Page::Intel, Page::Exercises,
                       Page::Scenarios, Page::Reports, Page::People, Page::Settings});

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_ui->navigationList->item(row)) {
            m_ui->pageStack->setCurrentIndex(item->data(Qt::UserRole).toInt());
        }
    });
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->loadDemoAction, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_ui->importPeopleAction, &QAction::triggered, this, [this] { importDirectoryCsv(this, m_session, true); });
    connect(m_ui->importAssetsAction, &QAction::triggered, this,
            [this] { importDirectoryCsv(this, m_session, false); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&session, &Session::syncStatusChanged, this, &MainWindow::updateStatusBar);
    connect(&session, &Session::databaseReplaced, this, &MainWindow::updateStatusBar);

    statusBar()->addPermanentWidget(m_alertStatus);
    connect(m_alertStatus, &AlertQueueStatus::clicked, this, [this] { showPage(Page::Alerts); });
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->setCursor(Qt::PointingHandCursor);
    m_syncLabel->installEventFilter(this);
    connect(&session, &Session::databaseReplaced, this, &MainWindow::startSync);
    startSync();
    updateStatusBar();

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const int last = settings.value(kPageKey, int(Page::Incidents)).toInt();
    showPage(static_cast<Page>(std::clamp(last, 0, pageCount - 1)));
    m_intake->startIfEnabled();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString& title, const QString& icon, QWidget* widget)
{
    const int index = int(page);
    Q_ASSERT(m_ui->pageStack->count() == index);
    m_ui->pageStack->addWidget(widget);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
    const auto key = static_cast<Qt::Key>(index < 9 ? Qt::Key_1 + index : Qt::Key_0);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title);
    item->setSizeHint(QSize(0, 40));
    item->setToolTip(tr("%1 (%2)").arg(title, QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText)));
    item->setData(Qt::UserRole, index);
    m_ui->navigationList->addItem(item);

    auto* action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | key));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_ui->viewMenu->addAction(action);
    addAction(action);
}

void MainWindow::registerUndoStack(Page page, QUndoStack* stack)
{
    m_undoGroup->addStack(stack);
    m_undoStacks.insert(int(page), stack);
}

void MainWindow::arrangeNavigation(const QList<Page>& order)
{
    QList<QListWidgetItem*> items;
    while (m_ui->navigationList->count() > 0) {
        items.append(m_ui->navigationList->takeItem(0));
    }
    for (Page page : order) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i)->data(Qt::UserRole).toInt() == int(page)) {
                m_ui->navigationList->addItem(items.takeAt(i));
                break;
            }
        }
    }
    for (QListWidgetItem* rest : items) {
        m_ui->navigationList->addItem(rest);
    }
}

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < m_ui->navigationList->count(); ++row) {
        if (m_ui->navigationList->item(row)->data(Qt::UserRole).toInt() == int(page)) {
            m_ui->navigationList->setCurrentRow(row);
            return;
        }
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

QWidget* MainWindow::page(Page page) const
{
    return m_ui->pageStack->widget(int(page));
}

void MainWindow::updateStatusBar()
{
    const QString path = m_session.database().path();
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
    const sync::SyncStatus& status = m_session.syncStatus();
    m_syncLabel->setText(status.text());
    m_syncLabel->setToolTip(status.error.isEmpty() ? tr("Click for the sync details and conflicts.") : status.error);
}

void MainWindow::startSync()
{
    // One worker per open database, with its own connections on its own thread.
    m_sync = std::make_unique<sync::SyncController>(m_session.database());
    connect(m_sync.get(), &sync::SyncController::statusChanged, &m_session, &Session::setSyncStatus);
    connect(&m_session.database(), &storage::Database::changed, m_sync.get(), &sync::SyncController::localChanged);
    m_session.setSyncStatus(sync::SyncStatus{});
    const sync::ServerConfig config = sync::ServerConfig::load(QSettings());
    m_syncSettings->load(config);
    if (!config.isConfigured()) {
        return;
    }
    auto* connection = new QObject(this);
    connect(m_passwords, &sync::PasswordStore::passwordRead, connection,
            [this, config, connection](const QString& password, const QString& error) {
                connection->deleteLater();
                if (!error.isEmpty()) {
                    m_syncSettings->showResult(error, true);
                }
                sync::ServerConfig withPassword = config;
                withPassword.password = password;
                if (m_sync) {
                    m_sync->configure(withPassword);
                }
            });
    m_passwords->read(config);
}

void MainWindow::saveSyncSettings(const sync::ServerConfig& config)
{
    QSettings settings;
    config.save(settings);
    if (!config.isConfigured()) {
        m_syncSettings->showResult(tr("Local only: Muster no longer synchronises this database."), false);
        m_sync->configure(config);
        return;
    }
    if (config.password.isEmpty()) {
        // Keep the password the keychain has (or none, for ~/.pgpass and certificates).
        startSync();
        m_syncSettings->showResult(tr("Saved. Connecting to %1…").arg(config.displayName()), false);
        return;
    }
    auto* connection = new QObject(this);
    connect(m_passwords, &sync::PasswordStore::written, connection, [this, config, connection](const QString& error) {
        connection->deleteLater();
        m_syncSettings->showResult(error.isEmpty() ? tr("Saved; the password is in the system keychain. Connecting to "
                                                        "%1…")
                                                         .arg(config.displayName())
                                                   : error,
                                   !error.isEmpty());
        m_sync->configure(config);
    });
    m_passwords->write(config, config.password);
}

void MainWindow::showSyncIssues()
{
    SyncIssuesDialog dialog(m_session.database(), this);
    // What a sync finds while the dialog is open shows in it when the sync ends.
    connect(&m_session, &Session::syncStatusChanged, &dialog, [this, &dialog] {
        if (m_session.syncStatus().state != sync::SyncStatus::State::Syncing) {
            dialog.model()->reload();
        }
    });
    dialog.exec();
}

void MainWindow::showSyncDetails()
{
    const sync::SyncStatus& status = m_session.syncStatus();
    if (status.state == sync::SyncStatus::State::LocalOnly) {
        showPage(Page::Settings);
        return;
    }
    if (status.state != sync::SyncStatus::State::Error && status.state != sync::SyncStatus::State::Offline) {
        showSyncIssues();
        return;
    }
    QMessageBox box(status.state == sync::SyncStatus::State::Error ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Team Server"), status.text(), QMessageBox::NoButton, this);
    box.setInformativeText(status.error.isEmpty() ? tr("Your changes are kept on this computer until the server can be "
                                                       "reached.")
                                                  : status.error);
    QPushButton* retry = box.addButton(tr("Sync Now"), QMessageBox::AcceptRole);
    QPushButton* settings = box.addButton(tr("Settings…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry && m_sync) {
        m_sync->syncNow();
    } else if (box.clickedButton() == settings) {
        showPage(Page::Settings);
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_syncLabel && event->type() == QEvent::MouseButtonRelease) {
        showSyncDetails();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, int(currentPage()));
    event->accept();
}

void MainWindow::offerDemoDataIfEmpty()
{
    if (!storage::IncidentRepository(m_session.database()).isEmpty() ||
        storage::PeopleRepository(m_session.database()).count() > 0) {
        return;
    }
    // A desktop of a team is empty until its first pull: the team's data is on its way,
    // and demo data would be sent to everyone.
    if (sync::ServerConfig::load(QSettings()).isConfigured()) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Welcome to Muster"),
                    tr("This database is empty. Load a demo organisation to explore Muster?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("The demo holds about 200 incidents over the last 12 months, a stakeholder "
                              "directory, live incidents with their tasks, alerts waiting for triage, tabletop "
                              "exercises and threat intelligence. Use a separate database for real work "
                              "(File > New Database)."));
    QPushButton* load = box.addButton(tr("Load Demo Data"), QMessageBox::AcceptRole);
    box.addButton(tr("Start Empty"), QMessageBox::RejectRole);
    box.setDefaultButton(load);
    box.exec();
    if (box.clickedButton() == load) {
        loadDemoData(this, m_session);
    }
}

void MainWindow::loadDemo()
{
    if (const auto server = sync::ServerConfig::load(QSettings()); server.isConfigured()) {
        const auto answer = QMessageBox::warning(
            this, tr("Load Demo Data"),
            tr("This database synchronises with the team server %1: the demo organisation would be sent to everyone "
               "on it. Load it anyway?")
                .arg(server.displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    } else if (!storage::IncidentRepository(m_session.database()).isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Load Demo Data"),
                                  tr("This database already holds incidents. Add the demo organisation to it anyway?"));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    loadDemoData(this, m_session);
}

void MainWindow::openDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_session.database().path()).absolutePath(),
                                     tr("Muster databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        switchDatabase(path, false);
    }
}

void MainWindow::newDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), QFileInfo(m_session.database().path()).absolutePath(),
                                     tr("Muster databases (*.sqlite)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Use File > Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchDatabase(path, true);
}

void MainWindow::switchDatabase(const QString& path, bool create)
{
    try {
        storage::Database::Options options;
        options.create = create;
        auto database = storage::Database::open(path, options);
        m_sync.reset(); // its worker uses the database that is about to close
        m_session.replaceDatabase(std::move(database));
        QSettings().setValue(QStringLiteral("database/lastPath"), path);
        offerDemoDataIfEmpty();
    } catch (const core::Error& e) {
        QMessageBox::critical(this, tr("Cannot Open Database"), e.message());
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace muster::gui
