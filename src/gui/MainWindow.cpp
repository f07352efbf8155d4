#include "gui/MainWindow.h"

#include "core/Error.h"
#include "gui/AboutDialog.h"
#include "gui/DashboardPage.h"
#include "gui/DemoDataLoader.h"
#include "gui/PeoplePage.h"
#include "gui/PlaceholderPage.h"
#include "gui/Session.h"
#include "gui/SettingsPage.h"
#include "gui/SlaTargetsWidget.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"

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
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/muster.svg")));

    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);

    const QString notYet = tr("%1 is not available in this version of Muster yet.");
    addPage(Page::Dashboard, tr("Dashboard"), QStringLiteral("dashboard"), new DashboardPage(session, this));
    addPage(Page::Incidents, tr("Incidents"), QStringLiteral("incidents"),
            new PlaceholderPage(tr("Incidents"), notYet.arg(tr("Incident management")), this));
    addPage(Page::Exercises, tr("Exercises"), QStringLiteral("exercises"),
            new PlaceholderPage(tr("Exercises"), notYet.arg(tr("Running tabletop exercises")), this));
    addPage(Page::Scenarios, tr("Scenarios"), QStringLiteral("scenarios"),
            new PlaceholderPage(tr("Scenarios"), notYet.arg(tr("The scenario library")), this));
    addPage(Page::Reports, tr("Reports"), QStringLiteral("reports"),
            new PlaceholderPage(tr("Reports"), notYet.arg(tr("Reporting")), this));
    addPage(Page::People, tr("People"), QStringLiteral("people"), new PeoplePage(session, this));
    auto* settingsPage = new SettingsPage(session, this);
    settingsPage->addSection(tr("SLA targets"), new SlaTargetsWidget(session, settingsPage));
    addPage(Page::Settings, tr("Settings"), QStringLiteral("settings"), settingsPage);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->loadDemoAction, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&session, &Session::syncStatusChanged, this, &MainWindow::updateStatusBar);
    connect(&session, &Session::databaseReplaced, this, &MainWindow::updateStatusBar);

    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    updateStatusBar();

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const int last = settings.value(kPageKey, int(Page::Incidents)).toInt();
    showPage(static_cast<Page>(std::clamp(last, 0, pageCount - 1)));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString& title, const QString& icon, QWidget* widget)
{
    const int index = int(page);
    Q_ASSERT(m_ui->pageStack->count() == index);
    m_ui->pageStack->addWidget(widget);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), title);
    item->setSizeHint(QSize(0, 40));
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    m_ui->navigationList->addItem(item);

    auto* action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_ui->viewMenu->addAction(action);
    addAction(action);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
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
    m_syncLabel->setText(m_session.syncStatus().text());
    m_syncLabel->setToolTip(m_session.syncStatus().error);
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
    if (storage::IncidentRepository(m_session.database()).count() > 0 ||
        storage::PeopleRepository(m_session.database()).count() > 0) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Welcome to Muster"),
                    tr("This database is empty. Load a demo organisation to explore Muster?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("The demo holds about 200 incidents over the last 12 months and a stakeholder "
                              "directory. Use a separate database for real work (File > New Database)."));
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
    if (storage::IncidentRepository(m_session.database()).count() > 0) {
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
        m_session.replaceDatabase(storage::Database::open(path, options));
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
