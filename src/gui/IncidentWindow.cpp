#include "gui/IncidentWindow.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/IncidentRules.h"
#include "core/Lifecycle.h"
#include "core/TimeText.h"
#include "gui/AttackTechniqueEdit.h"
#include "gui/IncidentActionDialog.h"
#include "gui/IncidentCommunicationsTab.h"
#include "gui/IncidentDeadlinesTab.h"
#include "gui/IncidentRolesWidget.h"
#include "gui/IncidentTasksTab.h"
#include "gui/IncidentUndoCommands.h"
#include "gui/ObservablesWidget.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "gui/TimelineModel.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"
#include "storage/PeopleRepository.h"
#include "storage/TimelineRepository.h"

#include "ui_IncidentWindow.h"

#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QSignalBlocker>
#include <QUndoGroup>
#include <QUndoStack>

namespace muster::gui {

namespace {

QHash<QString, QPointer<IncidentWindow>>& openWindows()
{
    static QHash<QString, QPointer<IncidentWindow>> windows;
    return windows;
}

QString chipStyle(const QColor& color)
{
    return QStringLiteral("QLabel { border: 1px solid %1; color: %1; border-radius: 4px; padding: 2px 8px; }")
        .arg(color.name());
}

QString formatTime(const std::optional<qint64>& ms)
{
    if (!ms) {
        return QCoreApplication::translate("muster::gui::IncidentWindow", "—");
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

IncidentWindow* IncidentWindow::open(Session& session, const QString& incidentId, QWidget* parent)
{
    try {
        const auto incident = storage::IncidentService(session.database()).get(incidentId);
        if (!storage::IncidentVisibility::maySee(session.database(), session.actor(), incident)) {
            QMessageBox::information(
                parent, tr("Confidential Incident"),
                tr("%1 is confidential: only its access list, Legal and HR may open it.").arg(incident.reference));
            return nullptr;
        }
    } catch (const core::Error& e) {
        QMessageBox::warning(parent, tr("Cannot Open Incident"), e.message());
        return nullptr;
    }
    QPointer<IncidentWindow>& existing = openWindows()[incidentId];
    if (existing.isNull()) {
        existing = new IncidentWindow(session, incidentId, parent);
        existing->setAttribute(Qt::WA_DeleteOnClose);
    }
    existing->show();
    existing->raise();
    existing->activateWindow();
    return existing;
}

IncidentWindow::IncidentWindow(Session& session, const QString& incidentId, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_session(session)
    , m_ui(std::make_unique<Ui::IncidentWindow>())
    , m_incidentId(incidentId)
    , m_timeline(new TimelineModel(this))
    , m_undo(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/incidents.svg")));
    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(big);
    m_ui->referenceLabel->setFont(big);
    for (QLabel* chip : {m_ui->severityChip, m_ui->statusChip, m_ui->tierChip, m_ui->priorityChip, m_ui->flagsChip}) {
        QFont bold = chip->font();
        bold.setBold(true);
        chip->setFont(bold);
    }
    // The severity's definition reads best right under the choice.
    m_ui->factsColumn->removeWidget(m_ui->severityHelpLabel);
    m_ui->detailsForm->insertRow(3, QString(), m_ui->severityHelpLabel);
    m_ui->severityHelpLabel->setMaximumWidth(QWIDGETSIZE_MAX);
    QPalette muted = m_ui->severityHelpLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_ui->severityHelpLabel->setPalette(muted);

    // Menus: the toolbar's actions, plus undo and close.
    QMenu* incidentMenu = menuBar()->addMenu(tr("&Incident"));
    incidentMenu->addActions({m_ui->acknowledgeAction, m_ui->changeStatusAction, m_ui->escalateAction,
                              m_ui->addNoteAction, m_ui->detectionTimeAction});
    incidentMenu->addSeparator();
    QAction* close = incidentMenu->addAction(tr("&Close Window"), QKeySequence::Close, this, &QWidget::close);
    Q_UNUSED(close)
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addActions({undo, redo});
    QAction* apply = editMenu->addAction(tr("&Apply Changes"), QKeySequence::Save, this, &IncidentWindow::applyDetails);
    Q_UNUSED(apply)

    for (auto s : core::severities().values()) {
        m_ui->severityCombo->addItem(core::severities().label(s), core::toInt(s));
        m_ui->severityCombo->setItemData(m_ui->severityCombo->count() - 1, core::severityDefinition(s),
                                         Qt::ToolTipRole);
    }
    for (auto c : core::categories().values()) {
        m_ui->categoryCombo->addItem(core::categories().label(c), core::categories().key(c));
    }
    m_ui->attackEdit->setPlaceholderText(tr("e.g. T1566.001, T1078"));
    AttackTechniqueEdit::replace(m_ui->attackEdit, session);
    QPalette errorPalette = m_ui->detailsError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->detailsError->setPalette(errorPalette);

    m_ui->timelineTable->setModel(m_timeline);
    m_ui->timelineTable->verticalHeader()->hide();
    m_ui->timelineTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->timelineTable->setColumnWidth(TimelineModel::WhenColumn, PageHeader::timeColumnWidth(this));
    m_ui->timelineTable->setColumnWidth(TimelineModel::WhoColumn, fontMetrics().averageCharWidth() * 20);
    m_ui->timelineTable->setColumnWidth(TimelineModel::KindColumn, fontMetrics().averageCharWidth() * 14);
    m_ui->assetsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->priorityRuleLabel->setText(
        tr("Priority comes from the severity and the most critical linked asset: a business-critical asset, "
           "regulated personal data or a risk score of 80 or more raises SEV2 to P1 and SEV3 to P2. An incident "
           "that touches a business-critical asset is handled at Tier 2 or above."));

    connect(m_ui->acknowledgeAction, &QAction::triggered, this, &IncidentWindow::acknowledge);
    connect(m_ui->changeStatusAction, &QAction::triggered, this, &IncidentWindow::changeStatus);
    connect(m_ui->escalateAction, &QAction::triggered, this, &IncidentWindow::escalate);
    connect(m_ui->addNoteAction, &QAction::triggered, this, &IncidentWindow::addNote);
    connect(m_ui->detectionTimeAction, &QAction::triggered, this, &IncidentWindow::setDetectionTime);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &IncidentWindow::applyDetails);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &IncidentWindow::fillOverview);
    connect(m_ui->linkAssetButton, &QPushButton::clicked, this, &IncidentWindow::linkAsset);
    connect(m_ui->unlinkAssetButton, &QPushButton::clicked, this, &IncidentWindow::unlinkAsset);
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (auto s = core::severityFromInt(m_ui->severityCombo->currentData().toInt())) {
            m_ui->severityHelpLabel->setText(core::severityDefinition(*s));
        }
    });
    connect(&session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("incidents")) || tables.contains(QLatin1String("timeline_entries")) ||
            tables.contains(QLatin1String("incident_assets"))) {
            reload();
        }
    });
    connect(&session, &Session::databaseReplaced, this, &QWidget::close);

    // The stakeholder workflows: roles on the Overview, then tasks, communications and
    // deadlines. Each keeps itself up to date from Database::changed.
    addOverviewWidget(new IncidentRolesWidget(session, incidentId, this));
    auto* tasks = new IncidentTasksTab(session, incidentId, this);
    addTab(tasks, tr("Tas&ks"));
    addTab(new IncidentCommunicationsTab(session, incidentId, this), tr("&Communications"));
    addTab(new IncidentDeadlinesTab(session, incidentId, this), tr("&Deadlines"));
    auto* observables = new ObservablesWidget(session, this);
    observables->setIncident(incidentId);
    addTab(observables, tr("O&bservables"));
    // Ctrl+Z undoes on the tab in front: task status changes on Tasks, edits elsewhere.
    m_undoGroup->addStack(m_undo);
    m_undoGroup->addStack(tasks->undoStack());
    m_undoGroup->setActiveStack(m_undo);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this, tasks](int index) {
        m_undoGroup->setActiveStack(m_ui->tabs->widget(index) == tasks ? tasks->undoStack() : m_undo);
    });

    reload();
    resize(1100, 760);
}

IncidentWindow::~IncidentWindow() = default;

void IncidentWindow::addTab(QWidget* widget, const QString& title)
{
    m_ui->tabs->addTab(widget, title);
}

void IncidentWindow::addOverviewWidget(QWidget* widget)
{
    m_ui->overviewExtrasLayout->addWidget(widget);
}

void IncidentWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Not Done"), message);
}

QStringList IncidentWindow::checkedAssignees() const
{
    // In the incident's order first, then newly checked people in list order.
    QStringList checked;
    for (int row = 0; row < m_ui->assigneesList->count(); ++row) {
        if (m_ui->assigneesList->item(row)->checkState() == Qt::Checked) {
            checked << m_ui->assigneesList->item(row)->data(Qt::UserRole).toString();
        }
    }
    QStringList ordered;
    for (const QString& id : m_incident.assigneeIds) {
        if (checked.contains(id)) {
            ordered << id;
        }
    }
    for (const QString& id : checked) {
        if (!ordered.contains(id)) {
            ordered << id;
        }
    }
    return ordered;
}

bool IncidentWindow::overviewEdited() const
{
    const core::Incident& i = m_incident;
    return m_ui->titleEdit->text().trimmed() != i.title || m_ui->summaryEdit->toPlainText().trimmed() != i.summary ||
           m_ui->severityCombo->currentData().toInt() != core::toInt(i.severity) ||
           m_ui->categoryCombo->currentData().toString() != core::categories().key(i.category) ||
           m_ui->commanderCombo->currentData().toString() != i.commanderId ||
           m_ui->confidentialCheck->isChecked() != i.confidential ||
           m_ui->attackEdit->text() != i.attackIds.join(QStringLiteral(", ")) || checkedAssignees() != i.assigneeIds;
}

void IncidentWindow::reload()
{
    const bool edited = !m_incident.id.isEmpty() && overviewEdited();
    try {
        m_incident = storage::IncidentService(m_session.database()).get(m_incidentId);
    } catch (const core::Error& e) {
        if (e.kind() == core::Error::Kind::NotFound && !m_incident.id.isEmpty()) {
            // Gone while open: a sync removed it (deleted on the team server, or this
            // desktop may no longer read it). Said after the window closed (it may delete
            // itself then), so everything is taken first.
            const QString text = tr("%1 (%2) is no longer on this computer: it was deleted on the team server, or "
                                    "you may no longer read it.")
                                     .arg(m_incident.reference, m_incident.title);
            const QPointer<QWidget> parent = parentWidget();
            close();
            QMessageBox::information(parent, tr("Incident Removed"), text);
            return;
        }
        showError(e.message());
        close();
        return;
    }
    setWindowTitle(tr("%1 — %2").arg(m_incident.reference, m_incident.title));
    fillHeader();
    fillTimeline();
    fillAssets();
    updateActions();
    // The form follows the database unless the user is in the middle of an edit.
    if (!edited) {
        fillOverview();
    }
}

void IncidentWindow::fillHeader()
{
    const core::Incident& i = m_incident;
    m_ui->referenceLabel->setText(i.reference);
    m_ui->titleLabel->setText(i.title);
    m_ui->severityChip->setText(core::severities().label(i.severity));
    m_ui->severityChip->setStyleSheet(chipStyle(Theme::severityColor(i.severity)));
    m_ui->severityChip->setToolTip(core::severityDefinition(i.severity));
    m_ui->statusChip->setText(core::statuses().label(i.status));
    m_ui->statusChip->setStyleSheet(
        chipStyle(i.status == core::Status::New ? QColor(0xb8, 0x5c, 0x00) : palette().color(QPalette::WindowText)));
    m_ui->tierChip->setText(core::tiers().label(i.tier));
    m_ui->tierChip->setStyleSheet(chipStyle(Theme::tierColor(i.tier)));
    m_ui->tierChip->setToolTip(core::tierDescription(i.tier));
    m_ui->priorityChip->setText(QStringLiteral("P%1").arg(i.priority));
    m_ui->priorityChip->setStyleSheet(chipStyle(palette().color(QPalette::WindowText)));
    QStringList flags;
    if (i.confidential) {
        flags << tr("Confidential");
    }
    if (i.exercise) {
        flags << tr("Exercise");
    }
    m_ui->flagsChip->setText(flags.join(QStringLiteral(" · ")));
    m_ui->flagsChip->setVisible(!flags.isEmpty());
    m_ui->flagsChip->setStyleSheet(chipStyle(QColor(0xa0, 0x52, 0x2d)));
    for (QLabel* chip : {m_ui->severityChip, m_ui->statusChip, m_ui->tierChip, m_ui->priorityChip, m_ui->flagsChip}) {
        chip->setFixedWidth(chip->fontMetrics().horizontalAdvance(chip->text()) + 22);
    }

    m_ui->detectedLabel->setText(formatTime(i.detectedAt));
    const auto since = [&](const std::optional<qint64>& t) {
        return t ? tr("%1 (after %2)").arg(formatTime(t), core::formatDuration(*t - i.detectedAt)) : formatTime(t);
    };
    m_ui->acknowledgedLabel->setText(since(i.acknowledgedAt));
    m_ui->containedLabel->setText(since(i.containedAt));
    m_ui->remediatedLabel->setText(since(i.remediatedAt));
    m_ui->closedLabel->setText(since(i.closedAt));
    m_ui->sourceLabel->setText(
        i.detectionDetail.isEmpty()
            ? core::detectionSources().label(i.detectionSource)
            : tr("%1: %2").arg(core::detectionSources().label(i.detectionSource), i.detectionDetail));
}

void IncidentWindow::fillOverview()
{
    const core::Incident& i = m_incident;
    const QSignalBlocker b1(m_ui->severityCombo);
    m_ui->titleEdit->setText(i.title);
    m_ui->summaryEdit->setPlainText(i.summary);
    m_ui->severityCombo->setCurrentIndex(m_ui->severityCombo->findData(core::toInt(i.severity)));
    m_ui->severityHelpLabel->setText(core::severityDefinition(i.severity));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(core::categories().key(i.category)));
    m_ui->attackEdit->setText(i.attackIds.join(QStringLiteral(", ")));
    m_ui->confidentialCheck->setChecked(i.confidential);
    m_ui->commanderCombo->clear();
    m_ui->commanderCombo->addItem(tr("(not assigned)"), QString());
    const storage::PeopleRepository people(m_session.database());
    m_ui->assigneesList->clear();
    for (const auto& p : people.all()) {
        const bool responder =
            p.function == core::PersonFunction::SecurityOperations || p.function == core::PersonFunction::ItOperations;
        if (responder || p.id == i.commanderId) {
            m_ui->commanderCombo->addItem(p.name, p.id);
        }
        if (responder || i.assigneeIds.contains(p.id)) {
            auto* item = new QListWidgetItem(p.title.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.title),
                                             m_ui->assigneesList);
            item->setData(Qt::UserRole, p.id);
            item->setCheckState(i.assigneeIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // The people already assigned come first.
    int front = 0;
    for (int row = 0; row < m_ui->assigneesList->count(); ++row) {
        if (m_ui->assigneesList->item(row)->checkState() == Qt::Checked) {
            m_ui->assigneesList->insertItem(front++, m_ui->assigneesList->takeItem(row));
        }
    }
    m_ui->commanderCombo->setCurrentIndex(std::max(0, m_ui->commanderCombo->findData(i.commanderId)));
    m_ui->detailsError->clear();
}

void IncidentWindow::fillTimeline()
{
    const auto entries = storage::TimelineRepository(m_session.database()).entries(m_incident.id);
    const auto verification = core::TimelineChain::verify(entries, m_incident.timelineHead);
    m_timeline->setEntries(entries, verification);
    m_ui->timelineTable->resizeRowsToContents();
    if (verification.ok) {
        m_ui->verificationLabel->setText(tr("✔ Hash chain verified: %n entries, nothing changed or removed. "
                                            "Final hash %1",
                                            nullptr, verification.entryCount)
                                             .arg(verification.headHash));
        m_ui->verificationLabel->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; font-weight: 600; }"));
        m_ui->chainLabel->setText(tr("✔ Timeline verified"));
        m_ui->chainLabel->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else {
        m_ui->verificationLabel->setText(tr("✖ Hash chain broken: %1").arg(verification.problem));
        m_ui->verificationLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: 600; }"));
        m_ui->chainLabel->setText(tr("✖ Timeline broken at entry %1").arg(verification.brokenSeq));
        m_ui->chainLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: 600; }"));
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->timelineTab), tr("&Timeline (%1)").arg(entries.size()));
}

void IncidentWindow::fillAssets()
{
    const storage::AssetRepository assets(m_session.database());
    const auto linked = assets.ofIncident(m_incident.id);
    m_ui->assetsTree->clear();
    QStringList linkedIds;
    for (const auto& a : linked) {
        linkedIds << a.id;
        auto* item = new QTreeWidgetItem(m_ui->assetsTree);
        item->setText(0, a.name);
        item->setText(1, core::assetKinds().label(a.kind));
        item->setText(2, a.identifier);
        item->setText(3, a.businessCritical ? tr("Yes") : tr("No"));
        item->setText(4, core::sensitivities().label(a.sensitivity));
        item->setText(5, QString::number(a.riskScore));
        item->setText(6, a.owner);
        item->setData(0, Qt::UserRole, a.id);
        if (a.businessCritical) {
            item->setForeground(3, Theme::severityColor(core::Severity::Sev1));
        }
    }
    m_ui->assetCombo->clear();
    for (const auto& a : assets.all()) {
        if (!linkedIds.contains(a.id)) {
            m_ui->assetCombo->addItem(a.identifier.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.identifier), a.id);
        }
    }
    m_ui->linkAssetButton->setEnabled(m_ui->assetCombo->count() > 0);
    m_ui->unlinkAssetButton->setEnabled(!linked.isEmpty());
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->assetsTab), tr("&Assets (%1)").arg(linked.size()));
}

void IncidentWindow::updateActions()
{
    m_ui->acknowledgeAction->setEnabled(core::Lifecycle::isAllowed(m_incident.status, core::Status::Acknowledged));
    m_ui->changeStatusAction->setEnabled(!core::Lifecycle::allowedFrom(m_incident.status).isEmpty());
}

void IncidentWindow::acknowledge()
{
    try {
        storage::IncidentService(m_session.database())
            .transition(m_incident.id, core::Status::Acknowledged, m_session.actor());
        statusBar()->showMessage(tr("Acknowledged."), 4000);
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

void IncidentWindow::changeStatus()
{
    IncidentActionDialog dialog(this);
    dialog.setWindowTitle(tr("Change Status of %1").arg(m_incident.reference));
    dialog.setIntro(tr("%1 is %2.").arg(m_incident.reference, core::statuses().label(m_incident.status)));
    QList<std::pair<QString, QVariant>> choices;
    for (auto s : core::Lifecycle::allowedFrom(m_incident.status)) {
        choices.append({core::statuses().label(s), int(s)});
    }
    dialog.setChoices(tr("&New status:"), choices);
    dialog.setWhen(tr("&When:"), QDateTime::currentDateTime());
    dialog.setText(tr("&Note:"), tr("What was done (optional)"), false);
    dialog.setAction([this](IncidentActionDialog& d) {
        const qint64 when = std::min(d.when().toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch());
        storage::IncidentService(m_session.database())
            .transition(m_incident.id, static_cast<core::Status>(d.choice().toInt()), m_session.actor(), d.text(),
                        when);
    });
    dialog.exec();
}

void IncidentWindow::escalate()
{
    IncidentActionDialog dialog(this);
    dialog.setWindowTitle(tr("Escalate or De-escalate %1").arg(m_incident.reference));
    dialog.setIntro(tr("%1 is at %2.").arg(m_incident.reference, core::tierDescription(m_incident.tier)));
    QList<std::pair<QString, QVariant>> choices;
    for (auto t : core::tiers().values()) {
        if (t != m_incident.tier) {
            choices.append({core::tierDescription(t), core::toInt(t)});
        }
    }
    dialog.setChoices(tr("&Tier:"), choices);
    dialog.setText(tr("&Reason:"), tr("Why the incident changes tier"), true);
    dialog.setAction([this](IncidentActionDialog& d) {
        storage::IncidentService(m_session.database())
            .changeTier(m_incident.id, *core::tierFromInt(d.choice().toInt()), d.text(), m_session.actor());
    });
    dialog.exec();
}

void IncidentWindow::addNote()
{
    IncidentActionDialog dialog(this);
    dialog.setWindowTitle(tr("Add Note to %1").arg(m_incident.reference));
    dialog.setText(tr("&Note:"), tr("An observation, a decision, an action taken"), true);
    dialog.setAction([this](IncidentActionDialog& d) {
        storage::IncidentService(m_session.database()).addNote(m_incident.id, d.text(), m_session.actor());
    });
    dialog.exec();
}

void IncidentWindow::setDetectionTime()
{
    IncidentActionDialog dialog(this);
    dialog.setWindowTitle(tr("Set Detection Time of %1").arg(m_incident.reference));
    dialog.setIntro(tr("MTTA and MTTR count from the detection time. Set it earlier when the impact began before "
                       "the alert."));
    dialog.setWhen(tr("&Detected at:"), QDateTime::fromMSecsSinceEpoch(m_incident.detectedAt));
    dialog.setText(tr("&Reason:"), tr("Why the detection time changes"), true);
    dialog.setAction([this](IncidentActionDialog& d) {
        storage::IncidentService(m_session.database())
            .setDetectionTime(m_incident.id, d.when().toMSecsSinceEpoch(), d.text(), m_session.actor());
    });
    dialog.exec();
}

void IncidentWindow::applyDetails()
{
    using Details = storage::IncidentService::Details;
    m_ui->detailsError->clear();
    QString attackError;
    const auto attack = core::parseAttackIds(m_ui->attackEdit->text(), &attackError);
    if (!attack) {
        m_ui->detailsError->setText(attackError);
        return;
    }
    Details before;
    Details after;
    const core::Incident& i = m_incident;
    const QString title = m_ui->titleEdit->text().trimmed();
    if (title != i.title) {
        before.title = i.title;
        after.title = title;
    }
    const QString summary = m_ui->summaryEdit->toPlainText().trimmed();
    if (summary != i.summary) {
        before.summary = i.summary;
        after.summary = summary;
    }
    const auto severity = *core::severityFromInt(m_ui->severityCombo->currentData().toInt());
    if (severity != i.severity) {
        before.severity = i.severity;
        after.severity = severity;
    }
    const auto category = *core::categories().fromKey(m_ui->categoryCombo->currentData().toString());
    if (category != i.category) {
        before.category = i.category;
        after.category = category;
    }
    if (*attack != i.attackIds) {
        before.attackIds = i.attackIds;
        after.attackIds = *attack;
    }
    const QString commander = m_ui->commanderCombo->currentData().toString();
    if (commander != i.commanderId) {
        before.commanderId = i.commanderId;
        after.commanderId = commander;
    }
    if (m_ui->confidentialCheck->isChecked() != i.confidential) {
        before.confidential = i.confidential;
        after.confidential = m_ui->confidentialCheck->isChecked();
    }
    if (const QStringList assignees = checkedAssignees(); assignees != i.assigneeIds) {
        before.assigneeIds = i.assigneeIds;
        after.assigneeIds = assignees;
    }
    if (!after.title && !after.summary && !after.severity && !after.category && !after.attackIds &&
        !after.commanderId && !after.confidential && !after.assigneeIds) {
        statusBar()->showMessage(tr("Nothing changed."), 3000);
        return;
    }
    try {
        storage::IncidentService(m_session.database()).updateDetails(i.id, after, m_session.actor());
        m_undo->push(new UpdateDetailsCommand(m_session, i.id, before, after, tr("Edit %1").arg(i.reference)));
        statusBar()->showMessage(tr("Changes recorded on the timeline."), 4000);
        fillOverview();
    } catch (const core::Error& e) {
        m_ui->detailsError->setText(e.message());
    }
}

void IncidentWindow::linkAsset()
{
    const QString assetId = m_ui->assetCombo->currentData().toString();
    if (assetId.isEmpty()) {
        return;
    }
    try {
        storage::IncidentService(m_session.database()).linkAsset(m_incident.id, assetId, m_session.actor());
        m_undo->push(new AssetLinkCommand(m_session, m_incident.id, assetId, true,
                                          tr("Link %1").arg(m_ui->assetCombo->currentText())));
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

void IncidentWindow::unlinkAsset()
{
    QTreeWidgetItem* item = m_ui->assetsTree->currentItem();
    if (!item) {
        statusBar()->showMessage(tr("Select the asset to unlink."), 3000);
        return;
    }
    const QString assetId = item->data(0, Qt::UserRole).toString();
    const QString name = item->text(0);
    try {
        storage::IncidentService(m_session.database()).unlinkAsset(m_incident.id, assetId, m_session.actor());
        m_undo->push(new AssetLinkCommand(m_session, m_incident.id, assetId, false, tr("Unlink %1").arg(name)));
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

} // namespace muster::gui
