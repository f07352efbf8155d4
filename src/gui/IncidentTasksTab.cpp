#include "gui/IncidentTasksTab.h"

#include "core/ApprovalRules.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "core/PlaybookLibrary.h"
#include "core/TaskRules.h"
#include "gui/DatabaseWatcher.h"
#include "gui/Session.h"
#include "gui/TaskModel.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/TaskRepository.h"
#include "storage/WorkflowService.h"

#include "ui_AddTaskDialog.h"
#include "ui_IncidentTasksTab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace muster::gui {

namespace {

enum class Filter
{
    Open,
    All,
    Overdue,
    WaitingForApproval,
};

class TaskFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(Filter f)
    {
        m_filter = f;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const auto* model = static_cast<const TaskModel*>(sourceModel());
        const core::Task& t = model->taskAt(row);
        switch (m_filter) {
        case Filter::Open:
            return !core::isFinished(t.status);
        case Filter::All:
            return true;
        case Filter::Overdue:
            return model->index(row, 0).data(TaskModel::OverdueRole).toBool();
        case Filter::WaitingForApproval:
            return !core::isFinished(t.status) && !model->missingApprovals(t.id).isEmpty();
        }
        return true;
    }

private:
    Filter m_filter = Filter::Open;
};

// A status change already made, which Ctrl+Z answers with a change back to the
// previous status (and Ctrl+Y with the change again). The timeline keeps every step.
class StatusCommand final : public QUndoCommand
{
public:
    StatusCommand(Session& session, QWidget* view, const core::Task& task, core::TaskStatus to, QString reason)
        : m_session(session)
        , m_view(view)
        , m_taskId(task.id)
        , m_from(task.status)
        , m_fromReason(task.statusReason)
        , m_to(to)
        , m_reason(std::move(reason))
    {
        setText(QCoreApplication::translate("muster::gui::IncidentTasksTab", "set \"%1\" to %2")
                    .arg(task.title, core::taskStatuses().label(to)));
    }

    void redo() override
    {
        if (m_done) {
            m_done = false; // the change was made before the command was pushed
            return;
        }
        apply(m_to, m_reason);
    }
    void undo() override
    {
        apply(m_from, m_fromReason.isEmpty() ? QCoreApplication::translate("muster::gui::IncidentTasksTab", "Undone")
                                             : m_fromReason);
    }

private:
    void apply(core::TaskStatus status, const QString& reason)
    {
        try {
            storage::WorkflowService(m_session.database()).setTaskStatus(m_taskId, status, reason, m_session.actor());
        } catch (const core::Error& e) {
            setObsolete(true);
            WorkflowFormat::showError(m_view, text(), e);
        }
    }

    Session& m_session;
    QPointer<QWidget> m_view;
    QString m_taskId;
    core::TaskStatus m_from;
    QString m_fromReason;
    core::TaskStatus m_to;
    QString m_reason;
    bool m_done = true;
};

} // namespace

IncidentTasksTab::IncidentTasksTab(Session& session, const QString& incidentId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_ui(std::make_unique<Ui::IncidentTasksTab>())
    , m_model(new TaskModel(this))
    , m_proxy(new TaskFilter(this))
    , m_undoStack(new QUndoStack(this))
    , m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskModel::SortRole);
    m_ui->tasksTable->setModel(m_proxy);
    m_ui->tasksTable->setColumnHidden(TaskModel::IncidentColumn, true);
    m_ui->tasksTable->verticalHeader()->hide();
    m_ui->tasksTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->tasksTable->setColumnWidth(TaskModel::TitleColumn, 360);
    m_ui->tasksTable->setColumnWidth(TaskModel::WorkstreamColumn, 130);
    m_ui->tasksTable->setColumnWidth(TaskModel::OwnerColumn, 140);
    m_ui->tasksTable->setColumnWidth(TaskModel::DueColumn, 220);
    m_ui->tasksTable->setColumnWidth(TaskModel::StatusColumn, 100);
    m_ui->tasksTable->sortByColumn(TaskModel::DueColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->filterCombo->addItem(tr("Open tasks"), int(Filter::Open));
    m_ui->filterCombo->addItem(tr("All tasks"), int(Filter::All));
    m_ui->filterCombo->addItem(tr("Overdue"), int(Filter::Overdue));
    m_ui->filterCombo->addItem(tr("Waiting for approval"), int(Filter::WaitingForApproval));

    m_ui->doneButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->doneButton->setToolTip(tr("Mark the task done (Ctrl+Enter)"));
    auto* approveMenu = new QMenu(this);
    for (const auto r : core::approvalRoles().values()) {
        approveMenu->addAction(tr("Approve for %1").arg(core::approvalRoles().label(r)), this,
                               [this, r] { approve(r); });
    }
    m_ui->approveButton->setMenu(approveMenu);

    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &IncidentTasksTab::updateFilter);
    connect(m_ui->tasksTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentTasksTab::updateDetails);
    connect(m_ui->applyAttributesButton, &QPushButton::clicked, this, &IncidentTasksTab::applyAttributes);
    connect(m_ui->jurisdictionsEdit, &QLineEdit::returnPressed, this, &IncidentTasksTab::applyAttributes);
    connect(m_ui->startButton, &QPushButton::clicked, this,
            [this] { changeStatus(core::TaskStatus::InProgress, false); });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] { changeStatus(core::TaskStatus::Done, false); });
    connect(m_ui->blockButton, &QPushButton::clicked, this, [this] { changeStatus(core::TaskStatus::Blocked, true); });
    connect(m_ui->notApplicableButton, &QPushButton::clicked, this,
            [this] { changeStatus(core::TaskStatus::NotApplicable, true); });
    connect(m_ui->reopenButton, &QPushButton::clicked, this, [this] { changeStatus(core::TaskStatus::Open, false); });
    connect(m_ui->addTaskButton, &QPushButton::clicked, this, &IncidentTasksTab::addTask);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &IncidentTasksTab::assignTask);
    connect(m_ui->commentButton, &QPushButton::clicked, this, &IncidentTasksTab::comment);
    connect(m_clockTimer, &QTimer::timeout, this, [this] { m_model->setNow(core::SystemClock::instance().nowMs()); });
    m_clockTimer->start(30'000);

    new DatabaseWatcher(
        session,
        {QStringLiteral("tasks"), QStringLiteral("task_comments"), QStringLiteral("approvals"),
         QStringLiteral("incident_roles"), QStringLiteral("incident_attributes"), QStringLiteral("incident_assets"),
         QStringLiteral("incidents")},
        [this] { reload(); }, this);
    reload();
}

IncidentTasksTab::~IncidentTasksTab() = default;

QString IncidentTasksTab::currentTaskId() const
{
    const QModelIndex i = m_ui->tasksTable->currentIndex();
    return i.isValid() ? i.data(TaskModel::IdRole).toString() : QString();
}

void IncidentTasksTab::reload()
{
    const QString selected = currentTaskId();
    storage::WorkflowService service(m_session.database());
    QList<core::Task> tasks;
    try {
        tasks = service.tasks(m_incidentId);
    } catch (const core::Error&) {
        setEnabled(false);
        return;
    }
    const qint64 now = core::SystemClock::instance().nowMs();
    m_model->setTasks(tasks, service.missingApprovals(tasks), now);
    int overdue = 0;
    int open = 0;
    for (const auto& t : tasks) {
        open += core::isFinished(t.status) ? 0 : 1;
        overdue += t.isOverdue(now) ? 1 : 0;
    }
    m_ui->countLabel->setText(overdue > 0
                                  ? tr("%1 open, %2 overdue, %3 in all").arg(open).arg(overdue).arg(tasks.size())
                                  : tr("%1 open, %2 in all").arg(open).arg(tasks.size()));
    QStringList playbooks;
    const auto applied = storage::TaskRepository(m_session.database())
                             .appliedPlaybooks(storage::IncidentService(m_session.database()).get(m_incidentId).id);
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        const auto* p = core::PlaybookLibrary::builtIn().find(it.key());
        playbooks.append(p ? p->name : it.key());
    }
    playbooks.sort();
    m_ui->playbooksLabel->setText(playbooks.isEmpty() ? tr("No playbook applies yet.")
                                                      : tr("Playbooks: %1").arg(playbooks.join(QStringLiteral(", "))));
    loadAttributes();
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0) {
            m_ui->tasksTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, TaskModel::TitleColumn)));
        }
    }
    updateDetails();
}

void IncidentTasksTab::loadAttributes()
{
    const auto a = storage::WorkflowService(m_session.database()).attributes(m_incidentId);
    m_ui->personalDataCheck->setChecked(a.personalData);
    m_ui->employeeCheck->setChecked(a.employeeInvolved);
    m_ui->customerCheck->setChecked(a.customerFacing);
    m_ui->financialCheck->setChecked(a.hasSector(core::RegulatedSector::Financial));
    m_ui->healthCheck->setChecked(a.hasSector(core::RegulatedSector::Health));
    m_ui->nis2Check->setChecked(a.hasSector(core::RegulatedSector::Nis2Entity));
    m_ui->secCheck->setChecked(a.hasSector(core::RegulatedSector::SecRegistrant));
    m_ui->jurisdictionsEdit->setText(a.jurisdictions.join(QStringLiteral(", ")));
    m_ui->affectedSpin->setValue(a.affectedIndividuals.value_or(-1));
    m_ui->criticalLabel->setText(a.businessCriticalAsset ? tr("Business-critical asset linked") : QString());
    m_ui->attributesErrorLabel->clear();
}

void IncidentTasksTab::applyAttributes()
{
    core::IncidentAttributes a;
    a.personalData = m_ui->personalDataCheck->isChecked();
    a.employeeInvolved = m_ui->employeeCheck->isChecked();
    a.customerFacing = m_ui->customerCheck->isChecked();
    const std::pair<QCheckBox*, core::RegulatedSector> sectors[] = {
        {m_ui->financialCheck, core::RegulatedSector::Financial},
        {m_ui->healthCheck, core::RegulatedSector::Health},
        {m_ui->nis2Check, core::RegulatedSector::Nis2Entity},
        {m_ui->secCheck, core::RegulatedSector::SecRegistrant}};
    for (const auto& [check, sector] : sectors) {
        if (check->isChecked()) {
            a.sectors.append(sector);
        }
    }
    a.jurisdictions =
        m_ui->jurisdictionsEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    if (m_ui->affectedSpin->value() >= 0) {
        a.affectedIndividuals = m_ui->affectedSpin->value();
    }
    try {
        const int before = m_model->rowCount();
        storage::WorkflowService(m_session.database()).setAttributes(m_incidentId, a, m_session.actor());
        reload();
        const int added = m_model->rowCount() - before;
        m_ui->attributesErrorLabel->setStyleSheet(QString());
        m_ui->attributesErrorLabel->setText(added > 0 ? tr("Saved; playbooks added %1 tasks.").arg(added)
                                                      : tr("Saved."));
    } catch (const core::Error& e) {
        // Validation at the field: the message names it.
        m_ui->attributesErrorLabel->setStyleSheet(
            QStringLiteral("color: %1").arg(Theme::severityColor(core::Severity::Sev1).name()));
        m_ui->attributesErrorLabel->setText(e.message());
        m_ui->jurisdictionsEdit->setFocus();
    }
}

void IncidentTasksTab::updateFilter()
{
    static_cast<TaskFilter*>(m_proxy)->setFilter(static_cast<Filter>(m_ui->filterCombo->currentData().toInt()));
    updateDetails();
}

bool IncidentTasksTab::selectTask(const QString& key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->taskAt(row).key == key) {
            m_ui->filterCombo->setCurrentIndex(m_ui->filterCombo->findData(int(Filter::All)));
            m_ui->tasksTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, TaskModel::TitleColumn)));
            return true;
        }
    }
    return false;
}

void IncidentTasksTab::updateDetails()
{
    const QString id = currentTaskId();
    const int row = m_model->rowOf(id);
    const bool have = row >= 0;
    for (auto* b : {m_ui->startButton, m_ui->doneButton, m_ui->blockButton, m_ui->notApplicableButton,
                    m_ui->reopenButton, m_ui->approveButton, m_ui->assignButton, m_ui->commentButton}) {
        b->setEnabled(have);
    }
    if (!have) {
        m_ui->detailsBrowser->setHtml(tr("<p>Select a task to see what it asks, what it waits for and its "
                                         "comments.</p>"));
        return;
    }
    const core::Task& t = m_model->taskAt(row);
    const bool finished = core::isFinished(t.status);
    m_ui->startButton->setEnabled(t.status == core::TaskStatus::Open || t.status == core::TaskStatus::Blocked);
    m_ui->doneButton->setEnabled(!finished);
    m_ui->blockButton->setEnabled(!finished && t.status != core::TaskStatus::Blocked);
    m_ui->notApplicableButton->setEnabled(!finished);
    m_ui->reopenButton->setEnabled(finished || t.status == core::TaskStatus::Blocked);
    const auto missing = m_model->missingApprovals(t.id);
    m_ui->approveButton->setEnabled(!missing.isEmpty());

    QString html = QStringLiteral("<h3>%1</h3>").arg(t.title.toHtmlEscaped());
    if (!t.description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(t.description.toHtmlEscaped());
    }
    QStringList facts;
    const auto* playbook = core::PlaybookLibrary::builtIn().find(t.playbookId);
    facts.append(playbook ? tr("Added by the playbook \"%1\"").arg(playbook->name.toHtmlEscaped())
                          : tr("Added by hand"));
    if (!t.dueEvent.isEmpty() && t.dueEvent != QLatin1String("added")) {
        facts.append(tr("Due %1 after %2")
                         .arg(core::Duration::format(qint64(t.dueOffsetMinutes) * 60'000),
                              core::TaskRules::dueEventLabel(t.dueEvent)));
    }
    if (t.hrAction) {
        facts.append(tr("<b>Action on an employee:</b> it cannot start before HR and Legal approve it."));
    }
    if (!t.statusReason.isEmpty()) {
        facts.append(tr("%1: %2").arg(core::taskStatuses().label(t.status), t.statusReason.toHtmlEscaped()));
    }
    QStringList waits;
    for (const QString& key : t.dependsOn) {
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const auto& d = m_model->taskAt(i);
            if (d.key == key) {
                waits.append(tr("%1 (%2)").arg(d.title.toHtmlEscaped(), core::taskStatuses().label(d.status)));
            }
        }
    }
    if (!waits.isEmpty()) {
        facts.append(tr("Waits for: %1").arg(waits.join(QStringLiteral("; "))));
    }
    storage::WorkflowService service(m_session.database());
    QStringList approvals;
    for (const auto& a : service.taskApprovals(t.id)) {
        approvals.append(tr("%1 approved for %2 on %3")
                             .arg(a.personName.toHtmlEscaped(), core::approvalRoles().label(a.role),
                                  WorkflowFormat::localTime(a.approvedAt)));
    }
    if (!missing.isEmpty()) {
        approvals.append(tr("<b>Still needs %1</b>").arg(core::ApprovalRules::describe(missing)));
    }
    facts += approvals;
    html += QStringLiteral("<ul><li>%1</li></ul>").arg(facts.join(QStringLiteral("</li><li>")));
    const auto comments = service.comments(t.id);
    if (!comments.isEmpty()) {
        html += tr("<p><b>Comments</b></p>");
        for (const auto& c : comments) {
            html +=
                QStringLiteral("<p><i>%1, %2:</i> %3</p>")
                    .arg(c.authorName.toHtmlEscaped(), WorkflowFormat::localTime(c.createdAt), c.text.toHtmlEscaped());
        }
    }
    m_ui->detailsBrowser->setHtml(html);
}

void IncidentTasksTab::changeStatus(core::TaskStatus status, bool askReason)
{
    const int row = m_model->rowOf(currentTaskId());
    if (row < 0) {
        return;
    }
    const core::Task t = m_model->taskAt(row);
    QString reason;
    if (askReason) {
        bool ok = false;
        reason =
            QInputDialog::getText(this, core::taskStatuses().label(status),
                                  status == core::TaskStatus::Blocked ? tr("What is \"%1\" blocked on?").arg(t.title)
                                                                      : tr("Why does \"%1\" not apply?").arg(t.title),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return;
        }
    }
    try {
        storage::WorkflowService(m_session.database()).setTaskStatus(t.id, status, reason, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Task"), e);
        return;
    }
    m_undoStack->push(new StatusCommand(m_session, this, t, status, reason));
}

void IncidentTasksTab::approve(core::ApprovalRole role)
{
    try {
        storage::WorkflowService(m_session.database()).approveTask(currentTaskId(), role, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Approve"), e);
    }
}

void IncidentTasksTab::addTask()
{
    QDialog dialog(this);
    Ui::AddTaskDialog form;
    form.setupUi(&dialog);
    for (const auto w : core::workstreams().values()) {
        form.workstreamCombo->addItem(core::workstreams().label(w), int(w));
    }
    form.ownerCombo->addItem(tr("Nobody yet"), QString());
    for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
        form.ownerCombo->addItem(p.name, p.id);
    }
    form.dueEdit->setDateTime(QDateTime::currentDateTime().addSecs(4 * 3600));
    form.dueEdit->setEnabled(false);
    connect(form.dueCheck, &QCheckBox::toggled, form.dueEdit, &QWidget::setEnabled);
    connect(form.buttonBox, &QDialogButtonBox::accepted, &dialog, [&] {
        core::Task t;
        t.title = form.titleEdit->text();
        t.description = form.descriptionEdit->toPlainText().trimmed();
        t.workstream = static_cast<core::Workstream>(form.workstreamCombo->currentData().toInt());
        t.ownerId = form.ownerCombo->currentData().toString();
        if (form.dueCheck->isChecked()) {
            t.dueAt = form.dueEdit->dateTime().toMSecsSinceEpoch();
        }
        try {
            storage::WorkflowService(m_session.database()).addTask(m_incidentId, t, m_session.actor());
            dialog.accept();
        } catch (const core::Error& e) {
            form.errorLabel->setText(e.message());
            form.titleEdit->setFocus();
        }
    });
    dialog.exec();
}

void IncidentTasksTab::assignTask()
{
    const int row = m_model->rowOf(currentTaskId());
    if (row < 0) {
        return;
    }
    const core::Task t = m_model->taskAt(row);
    QStringList names{t.ownerRole ? tr("The %1, whoever holds the role").arg(core::incidentRoles().label(*t.ownerRole))
                                  : tr("Nobody")};
    QStringList ids{QString()};
    for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
        names.append(p.name);
        ids.append(p.id);
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Assign Task"), tr("Who owns \"%1\"?").arg(t.title), names,
                                                 std::max<int>(0, int(ids.indexOf(t.ownerId))), false, &ok);
    if (!ok) {
        return;
    }
    try {
        storage::WorkflowService(m_session.database())
            .assignTask(t.id, ids.at(names.indexOf(choice)), m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Assign Task"), e);
    }
}

void IncidentTasksTab::comment()
{
    const QString id = currentTaskId();
    if (id.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Comment"), tr("Comment:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty()) {
        return;
    }
    try {
        storage::WorkflowService(m_session.database()).commentOnTask(id, text, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Comment"), e);
    }
}

} // namespace muster::gui
