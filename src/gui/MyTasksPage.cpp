#include "gui/MyTasksPage.h"

#include "core/Clock.h"
#include "core/TaskRules.h"
#include "gui/DatabaseWatcher.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "gui/TaskModel.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/WorkflowService.h"

#include "ui_MyTasksPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace muster::gui {

MyTasksPage::MyTasksPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::MyTasksPage>())
    , m_model(new TaskModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskModel::SortRole);
    m_ui->tasksTable->setModel(m_proxy);
    m_ui->tasksTable->verticalHeader()->hide();
    m_ui->tasksTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->tasksTable->setColumnWidth(TaskModel::IncidentColumn, 120);
    m_ui->tasksTable->setColumnWidth(TaskModel::TitleColumn, 380);
    m_ui->tasksTable->setColumnWidth(TaskModel::WorkstreamColumn, 130);
    m_ui->tasksTable->setColumnHidden(TaskModel::OwnerColumn, true); // always the acting person
    m_ui->tasksTable->setColumnWidth(TaskModel::DueColumn, 220);
    m_ui->tasksTable->setColumnWidth(TaskModel::StatusColumn, 100);
    m_ui->tasksTable->sortByColumn(TaskModel::DueColumn, Qt::AscendingOrder);
    m_ui->doneButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    connect(m_ui->finishedCheck, &QCheckBox::toggled, this, &MyTasksPage::reload);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MyTasksPage::openCurrent);
    connect(m_ui->tasksTable, &QTableView::doubleClicked, this, &MyTasksPage::openCurrent);
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { setStatus(false); });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] { setStatus(true); });
    connect(&session, &Session::actorChanged, this, &MyTasksPage::reload);
    connect(m_clock, &QTimer::timeout, this, [this] { m_model->setNow(core::SystemClock::instance().nowMs()); });
    m_clock->start(30'000);
    new DatabaseWatcher(
        session,
        {QStringLiteral("tasks"), QStringLiteral("incident_roles"), QStringLiteral("incident_access"),
         QStringLiteral("incidents"), QStringLiteral("approvals"), QStringLiteral("people")},
        [this] { reload(); }, this);
    reload();
}

MyTasksPage::~MyTasksPage() = default;

int MyTasksPage::taskCount() const
{
    return m_model->rowCount();
}

void MyTasksPage::reload()
{
    const core::Actor me = m_session.actor();
    storage::WorkflowService service(m_session.database());
    const auto tasks = service.tasksOf(me, m_ui->finishedCheck->isChecked());
    const qint64 now = core::SystemClock::instance().nowMs();
    m_model->setTasks(tasks, service.missingApprovals(tasks), now);
    const bool known = !me.personId.isEmpty();
    m_ui->whoLabel->setText(
        known ? tr("Tasks of %1: named as owner, or through a role held in the incident.").arg(me.name)
              : tr("Choose who you are under Settings > Acting as to see your tasks."));
    int overdue = 0;
    for (const auto& t : tasks) {
        overdue += t.isOverdue(now) ? 1 : 0;
    }
    m_ui->countLabel->setText(overdue > 0 ? tr("%1 tasks, %2 overdue").arg(tasks.size()).arg(overdue)
                                          : tr("%1 tasks").arg(tasks.size()));
    const bool any = !tasks.isEmpty();
    m_ui->openButton->setEnabled(any);
    m_ui->startButton->setEnabled(any);
    m_ui->doneButton->setEnabled(any);
}

void MyTasksPage::openCurrent()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->tasksTable->currentIndex());
    if (i.isValid()) {
        emit openIncidentRequested(m_model->taskAt(i.row()).incidentId);
    }
}

void MyTasksPage::setStatus(bool done)
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->tasksTable->currentIndex());
    if (!i.isValid()) {
        return;
    }
    try {
        storage::WorkflowService(m_session.database())
            .setTaskStatus(m_model->taskAt(i.row()).id, done ? core::TaskStatus::Done : core::TaskStatus::InProgress,
                           QString(), m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Task"), e);
    }
}

} // namespace muster::gui
