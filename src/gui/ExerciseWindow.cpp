#include "gui/ExerciseWindow.h"

#include "core/AarRenderer.h"
#include "core/Error.h"
#include "core/ExerciseRules.h"
#include "core/HtmlText.h"
#include "gui/EvaluationModel.h"
#include "gui/ExerciseLogModel.h"
#include "gui/ImprovementDialog.h"
#include "gui/ImprovementModel.h"
#include "gui/InjectStatusModel.h"
#include "gui/ProjectorWindow.h"
#include "gui/RatingDelegate.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/ExerciseService.h"

#include "ui_ExerciseWindow.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>

namespace muster::gui {

namespace {

constexpr int kPhaseRole = Qt::UserRole + 1;
constexpr int kQuestionRole = Qt::UserRole + 2;
constexpr qint64 kMinute = 60'000;

QString h(const QString& s)
{
    return core::plainTextToHtml(s);
}

QString list(const QString& title, const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString o = QStringLiteral("<p><b>%1</b></p><ul>").arg(h(title));
    for (const QString& i : items) {
        o += QStringLiteral("<li>%1</li>").arg(h(i));
    }
    return o + QStringLiteral("</ul>");
}

} // namespace

ExerciseWindow::ExerciseWindow(Session& session, const QString& exerciseId, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(exerciseId)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::ExerciseWindow>())
    , m_injects(new InjectStatusModel(this))
    , m_log(new ExerciseLogModel(this))
    , m_evaluation(new EvaluationModel(
          [this](const QString& action, const QString& rating, const QString& observation) {
              bool ok = false;
              run([&] {
                  storage::ExerciseService service(m_session.database(), m_clock);
                  if (rating.isEmpty()) {
                      service.clearRating(m_id, action);
                  } else {
                      service.rate(m_id, action, *core::ratings().fromKey(rating), observation, QString(),
                                   m_session.actor());
                  }
                  ok = true;
              });
              return ok;
          },
          this))
    , m_improvements(new ImprovementModel(clock.nowMs(), this))
    , m_tick(new QTimer(this))
    , m_saveDiscussion(new QTimer(this))
    , m_saveReview(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont clockFont = font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.6);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    m_ui->clockLabel->setFont(clockFont);

    m_ui->injectTable->setModel(m_injects);
    m_ui->injectTable->verticalHeader()->hide();
    m_ui->injectTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->logTable->setModel(m_log);
    m_ui->logTable->verticalHeader()->hide();
    m_ui->logTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->evaluationTable->setModel(m_evaluation);
    m_ui->evaluationTable->verticalHeader()->hide();
    m_ui->evaluationTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->evaluationTable->setItemDelegateForColumn(EvaluationModel::RatingColumn, new RatingDelegate(this));
    m_ui->evaluationTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_ui->improvementTable->setModel(m_improvements);
    m_ui->improvementTable->verticalHeader()->hide();
    m_ui->improvementTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->runSplitter->setStretchFactor(0, 2);
    m_ui->runSplitter->setStretchFactor(1, 3);
    m_ui->runSplitter->setSizes({560, 780});
    m_ui->detailSplitter->setSizes({300, 260, 200});
    m_ui->evaluationHint->setText(
        tr("Rate each expected action in HSEEP terms: P performed without challenges, S with some challenges, M with "
           "major challenges, U unable to be performed. Double-click a rating or observation to change it. Rating an "
           "action a branch depends on decides the branch while the exercise runs."));
    for (auto k : core::logKinds().values()) {
        m_ui->kindCombo->addItem(core::logKinds().label(k), core::logKinds().key(k));
    }
    m_ui->startButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->pauseButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->skipButton->setShortcut(QKeySequence(Qt::Key_F6));
    m_ui->releaseButton->setShortcut(QKeySequence(Qt::Key_F7));
    m_ui->addLogButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->pauseButton->setToolTip(tr("Pause or resume the clock (F5)"));
    m_ui->skipButton->setToolTip(tr("Move the clock to the next inject due and release it (F6)"));
    m_ui->releaseButton->setToolTip(tr("Release the selected inject now, whatever its schedule (F7)"));
    m_ui->addLogButton->setToolTip(tr("Log it (Ctrl+L)"));

    const auto service = [this] {
        return storage::ExerciseService(m_session.database(), m_clock);
    };
    connect(m_ui->startButton, &QPushButton::clicked, this,
            [=, this] { run([&] { service().start(m_id, m_session.actor()); }); });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [=, this] {
        run([&] {
            if (m_record.exercise.status == core::ExerciseStatus::Running) {
                service().pause(m_id);
            } else {
                service().resume(m_id);
            }
        });
    });
    connect(m_ui->skipButton, &QPushButton::clicked, this,
            [=, this] { run([&] { service().skipToNext(m_id, m_session.actor()); }); });
    connect(m_ui->releaseButton, &QPushButton::clicked, this, [=, this] {
        const QString inject = m_ui->injectTable->currentIndex().data(InjectStatusModel::InjectIdRole).toString();
        if (!inject.isEmpty()) {
            run([&] { service().release(m_id, inject, m_session.actor()); });
        }
    });
    connect(m_ui->endButton, &QPushButton::clicked, this, [=, this] {
        const auto answer = QMessageBox::question(
            this, tr("End Exercise"),
            tr("End %1? The clock stops; evaluation and hot wash stay open.").arg(m_record.exercise.reference));
        if (answer == QMessageBox::Yes) {
            run([&] { service().end(m_id); });
        }
    });
    connect(m_ui->incidentButton, &QPushButton::clicked, this,
            [=, this] { run([&] { service().openIncident(m_id, m_session.actor()); }); });
    connect(m_ui->projectorButton, &QPushButton::clicked, this, &ExerciseWindow::showProjector);
    connect(m_ui->injectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExerciseWindow::updateInjectDetail);
    connect(m_ui->branchCombo, &QComboBox::currentIndexChanged, this, &ExerciseWindow::updateOutcomes);
    connect(m_ui->decideButton, &QPushButton::clicked, this, [=, this] {
        const QString branch = m_ui->branchCombo->currentData().toString();
        const QString outcome = m_ui->outcomeCombo->currentData().toString();
        if (!branch.isEmpty() && !outcome.isEmpty()) {
            run([&] { service().choose(m_id, branch, outcome, m_session.actor()); });
        }
    });
    connect(m_ui->injectCombo, &QComboBox::currentIndexChanged, this, &ExerciseWindow::updateLogChoices);
    connect(m_ui->addLogButton, &QPushButton::clicked, this, &ExerciseWindow::addLog);
    connect(m_ui->decisionEdit, &QLineEdit::returnPressed, this, &ExerciseWindow::addLog);

    // Hot wash: notes are saved shortly after typing stops, and when the selection moves.
    m_saveDiscussion->setSingleShot(true);
    m_saveDiscussion->setInterval(800);
    m_saveReview->setSingleShot(true);
    m_saveReview->setInterval(800);
    connect(m_saveDiscussion, &QTimer::timeout, this, &ExerciseWindow::saveDiscussion);
    connect(m_saveReview, &QTimer::timeout, this, &ExerciseWindow::saveReview);
    connect(m_ui->discussionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_saveDiscussion->start();
        }
    });
    connect(m_ui->strengthsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_saveReview->start();
        }
    });
    connect(m_ui->improvementsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_saveReview->start();
        }
    });
    connect(m_ui->discussionTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem*, QTreeWidgetItem* previous) {
                if (m_saveDiscussion->isActive() && previous) {
                    m_saveDiscussion->stop();
                    // Save what was typed for the previous question.
                    const QString notes = m_ui->discussionEdit->toPlainText();
                    const QString phase = previous->data(0, kPhaseRole).toString();
                    const int question = previous->data(0, kQuestionRole).toInt();
                    if (!phase.isEmpty()) {
                        run([&] {
                            storage::ExerciseService(m_session.database(), m_clock)
                                .saveDiscussion(m_id, {phase, question, notes});
                        });
                    }
                }
                updateHotWash();
            });
    connect(m_ui->objectiveList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem*, QListWidgetItem* previous) {
                if (m_saveReview->isActive() && previous) {
                    m_saveReview->stop();
                    // Save what was typed for the previous objective.
                    const core::ObjectiveReview review{previous->data(Qt::UserRole).toString(),
                                                       m_ui->strengthsEdit->toPlainText(),
                                                       m_ui->improvementsEdit->toPlainText()};
                    run([&] { storage::ExerciseService(m_session.database(), m_clock).saveReview(m_id, review); });
                }
                updateHotWash();
            });
    connect(m_ui->addImprovementButton, &QPushButton::clicked, this, [this] { editImprovement(true); });
    connect(m_ui->editImprovementButton, &QPushButton::clicked, this, [this] { editImprovement(false); });
    connect(m_ui->improvementTable, &QAbstractItemView::doubleClicked, this, [this] { editImprovement(false); });
    connect(m_ui->removeImprovementButton, &QPushButton::clicked, this, [=, this] {
        const QString item = m_ui->improvementTable->currentIndex().data(ImprovementModel::IdRole).toString();
        if (!item.isEmpty()) {
            run([&] { service().removeImprovement(item); });
        }
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->reportTab) {
            updateReport();
        }
    });
    connect(m_ui->exportHtmlButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"), m_record.exercise.reference + QStringLiteral("-after-action-report.html"),
            tr("HTML (*.html)"));
        if (!path.isEmpty()) {
            exportReport(path, true);
        }
    });
    connect(m_ui->exportMarkdownButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"), m_record.exercise.reference + QStringLiteral("-after-action-report.md"),
            tr("Markdown (*.md)"));
        if (!path.isEmpty()) {
            exportReport(path, false);
        }
    });
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("exercises")) || tables.contains(QLatin1String("people"))) {
            reload();
        }
    });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ExerciseWindow::tick);
    m_tick->start();
    reload();
    m_ui->injectTable->selectRow(0);
    resize(1360, 860);
}

ExerciseWindow::~ExerciseWindow()
{
    disconnect(&m_session.database(), nullptr, this, nullptr);
    if (m_saveDiscussion->isActive()) {
        saveDiscussion();
    }
    if (m_saveReview->isActive()) {
        saveReview();
    }
    if (m_projector) {
        m_projector->close();
    }
}

void ExerciseWindow::run(const std::function<void()>& request)
{
    try {
        request();
        m_ui->statusLabel->setStyleSheet(QString());
    } catch (const core::Error& e) {
        m_ui->statusLabel->setText(e.message());
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
        emit failed(e.message());
    }
}

void ExerciseWindow::reload()
{
    try {
        m_record = storage::ExerciseService(m_session.database(), m_clock).record(m_id);
    } catch (const core::Error& e) {
        m_ui->statusLabel->setText(e.message());
        return;
    }
    m_loading = true;
    const auto& e = m_record.exercise;
    setWindowTitle(tr("%1 — Facilitator Console").arg(e.reference));
    m_ui->titleLabel->setText(tr("%1 · %2").arg(e.reference, e.title));
    const QString selected = m_ui->injectTable->currentIndex().data(InjectStatusModel::InjectIdRole).toString();
    m_injects->setRecord(m_record);
    for (int row = 0; row < m_injects->rowCount(); ++row) {
        if (m_injects->rowAt(row).injectId == selected) {
            m_ui->injectTable->selectRow(row);
        }
    }
    m_ui->injectTable->resizeColumnToContents(InjectStatusModel::TimeColumn);
    m_ui->injectTable->resizeColumnToContents(InjectStatusModel::TitleColumn);
    m_log->setRecord(m_record);
    m_ui->logTable->resizeColumnsToContents();
    m_evaluation->setRecord(m_record);
    m_ui->evaluationTable->resizeColumnsToContents();
    m_ui->evaluationTable->setColumnWidth(
        EvaluationModel::ActionColumn,
        std::min(420, m_ui->evaluationTable->columnWidth(EvaluationModel::ActionColumn)));
    m_improvements->setNow(m_clock.nowMs());
    m_improvements->setRows(m_record.improvements);
    m_ui->improvementTable->resizeColumnsToContents();
    m_ui->incidentLabel->setText(
        e.incidentReference.isEmpty()
            ? QString()
            : tr("Exercise incident %1 is open in the real workflow.").arg(e.incidentReference));
    m_loading = false;
    updateBranches();
    updateLogChoices();
    updateInjectDetail();
    updateHotWash();
    updateButtons();
    updateClock();
    if (m_ui->tabs->currentWidget() == m_ui->reportTab) {
        updateReport();
    }
    if (m_projector) {
        m_projector->setRecord(m_record, m_clock.nowMs());
    }
}

void ExerciseWindow::tick()
{
    const auto status = m_record.exercise.status;
    if (status == core::ExerciseStatus::Running) {
        try {
            // Releases reload the window through the database's change signal.
            storage::ExerciseService(m_session.database(), m_clock).releaseDue(m_id, m_session.actor());
        } catch (const core::Error& e) {
            m_ui->statusLabel->setText(e.message());
        }
    }
    updateClock();
    if (m_ui->injectTable->currentIndex().isValid()) {
        updateInjectDetail(); // the countdowns of expected actions
    }
}

void ExerciseWindow::updateClock()
{
    const auto& e = m_record.exercise;
    const qint64 now = m_clock.nowMs();
    const qint64 elapsed = e.clock.elapsedMs(now);
    m_ui->clockLabel->setText(core::formatScenarioTime(elapsed));
    const auto next = core::ExerciseRules::nextDue(m_record, elapsed);
    QString detail =
        tr("%1 · %2× time compression").arg(core::exerciseStatuses().label(e.status)).arg(e.clock.compression);
    if (next && (e.status == core::ExerciseStatus::Running || e.status == core::ExerciseStatus::Paused)) {
        detail += QLatin1Char('\n') + tr("next inject at %1").arg(core::formatScenarioTime(*next));
    }
    m_ui->clockDetailLabel->setText(detail);
    if (m_projector) {
        m_projector->setClock(elapsed, e.status == core::ExerciseStatus::Running);
    }
}

void ExerciseWindow::updateButtons()
{
    const auto s = m_record.exercise.status;
    const bool underway = s == core::ExerciseStatus::Running || s == core::ExerciseStatus::Paused;
    m_ui->startButton->setEnabled(s == core::ExerciseStatus::Planned);
    m_ui->pauseButton->setEnabled(underway);
    m_ui->pauseButton->setText(s == core::ExerciseStatus::Paused ? tr("&Resume") : tr("&Pause"));
    m_ui->skipButton->setEnabled(underway);
    m_ui->releaseButton->setEnabled(underway);
    m_ui->endButton->setEnabled(underway);
    m_ui->incidentButton->setEnabled(m_record.exercise.incidentId.isEmpty() && s != core::ExerciseStatus::Ended);
    m_ui->logGroup->setEnabled(underway);
    m_ui->branchGroup->setEnabled(underway && m_ui->branchCombo->count() > 0);
    m_ui->statusLabel->setText(
        s == core::ExerciseStatus::Planned ? tr("Planned for %1; press Start when the room is ready.")
                                                 .arg(core::AarRenderer::formatDateTime(m_record.exercise.plannedAt))
        : s == core::ExerciseStatus::Ended ? tr("Ended. Evaluate, hold the hot wash, and report.")
                                           : QString());
}

void ExerciseWindow::updateInjectDetail()
{
    const QString id = m_ui->injectTable->currentIndex().data(InjectStatusModel::InjectIdRole).toString();
    const core::Inject* inj = m_record.scenario.inject(id);
    if (!inj) {
        m_ui->injectBrowser->setHtml(
            QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(h(m_record.scenario.summary), h(m_record.scenario.facilitatorNotes.join(QLatin1Char('\n')))));
        return;
    }
    const core::Scenario& s = m_record.scenario;
    const core::InjectRelease* rel = m_record.release(id);
    const qint64 elapsed = m_record.exercise.clock.elapsedMs(m_clock.nowMs());
    QStringList audience;
    for (const QString& r : inj->audience) {
        const core::ScenarioRole* role = s.role(r);
        audience << (role ? role->name : r);
    }
    QString o = QStringLiteral("<h3>%1</h3><p><i>%2 · %3 · %4</i></p><p>%5</p>")
                    .arg(h(inj->title), h(core::injectChannels().label(inj->channel)), h(inj->sender),
                         h(tr("to %1").arg(audience.join(QStringLiteral(", ")))), h(inj->content));
    const auto& n = inj->notes;
    if (!n.readAloud.isEmpty()) {
        o += QStringLiteral("<p><b>%1</b><br><i>%2</i></p>").arg(h(tr("Read aloud")), h(n.readAloud));
    }
    o += list(tr("Hints if the room is stuck"), n.hints);
    o += list(tr("Red flags"), n.redFlags);
    o += list(tr("Success indicators"), n.successIndicators);
    o += list(tr("Remarks"), n.remarks);
    QStringList actions;
    for (const auto& a : inj->expectedActions) {
        const core::ScenarioRole* role = s.role(a.role);
        QString line = tr("%1: %2").arg(role ? role->name : a.role, a.text);
        if (a.timeLimitMinutes > 0) {
            if (rel) {
                const qint64 left = rel->scenarioMs + a.timeLimitMinutes * kMinute - elapsed;
                line += QLatin1Char(' ') + (left >= 0 ? tr("(%1 min left)").arg(left / kMinute)
                                                      : tr("(over the %1 min limit)").arg(a.timeLimitMinutes));
            } else {
                line += QLatin1Char(' ') + tr("(within %1 min of release)").arg(a.timeLimitMinutes);
            }
        }
        if (const auto* rating = m_record.rating(a.id)) {
            line += QLatin1Char(' ') + tr("— rated %1").arg(core::ratings().key(rating->rating));
        }
        actions << line;
    }
    o += list(tr("Expected actions"), actions);
    QStringList branches;
    for (const auto& b : inj->branches) {
        QString line = tr("%1 (%2)").arg(b.question, core::branchKinds().label(b.kind));
        if (const auto* c = m_record.choice(b.id)) {
            for (const auto& out : b.outcomes) {
                if (out.id == c->outcomeId) {
                    line += QLatin1Char(' ') + tr("→ %1").arg(out.label);
                }
            }
        }
        branches << line;
    }
    o += list(tr("Branches"), branches);
    m_ui->injectBrowser->setHtml(o);
}

void ExerciseWindow::updateBranches()
{
    const QString keep = m_ui->branchCombo->currentData().toString();
    m_ui->branchCombo->blockSignals(true);
    m_ui->branchCombo->clear();
    for (const QString& id : core::ExerciseRules::openBranches(m_record)) {
        const core::Branch* b = m_record.scenario.branch(id);
        m_ui->branchCombo->addItem(tr("%1 (%2)").arg(b->question, core::branchKinds().label(b->kind)), id);
    }
    m_ui->branchCombo->setCurrentIndex(std::max(0, m_ui->branchCombo->findData(keep)));
    m_ui->branchCombo->blockSignals(false);
    m_ui->branchGroup->setTitle(m_ui->branchCombo->count() == 0
                                    ? tr("Open branches: none")
                                    : tr("Open branches: %1").arg(m_ui->branchCombo->count()));
    updateOutcomes();
}

void ExerciseWindow::updateOutcomes()
{
    m_ui->outcomeCombo->clear();
    const core::Branch* b = m_record.scenario.branch(m_ui->branchCombo->currentData().toString());
    if (!b) {
        m_ui->decideButton->setEnabled(false);
        return;
    }
    for (const auto& o : b->outcomes) {
        m_ui->outcomeCombo->addItem(o.label, o.id);
    }
    m_ui->decideButton->setEnabled(true);
    m_ui->decideButton->setToolTip(b->kind == core::BranchKind::Decision
                                       ? tr("Usually decided by logging the participants' decision; use this to "
                                            "override.")
                                   : b->kind == core::BranchKind::Expectation
                                       ? tr("Usually decided by rating the expected action; use this to override.")
                                       : tr("Your choice as facilitator."));
}

void ExerciseWindow::updateLogChoices()
{
    const core::Scenario& s = m_record.scenario;
    // Inject: the released ones, newest first.
    if (!m_loading && sender() == m_ui->injectCombo) {
        // Only the dependent lists change.
    } else {
        const QString keepInject = m_ui->injectCombo->currentData().toString();
        const QString keepRole = m_ui->roleCombo->currentData().toString();
        m_ui->injectCombo->blockSignals(true);
        m_ui->injectCombo->clear();
        m_ui->injectCombo->addItem(tr("(no inject)"), QString());
        QList<core::InjectRelease> released = m_record.releases;
        std::stable_sort(released.begin(), released.end(),
                         [](const auto& a, const auto& b) { return a.scenarioMs > b.scenarioMs; });
        for (const auto& rel : released) {
            if (const core::Inject* inj = s.inject(rel.injectId)) {
                m_ui->injectCombo->addItem(tr("%1 %2").arg(core::formatScenarioTime(rel.scenarioMs), inj->title),
                                           inj->id);
            }
        }
        const int keep = m_ui->injectCombo->findData(keepInject);
        m_ui->injectCombo->setCurrentIndex(keep >= 0 ? keep : std::min(1, m_ui->injectCombo->count() - 1));
        m_ui->injectCombo->blockSignals(false);
        m_ui->roleCombo->clear();
        m_ui->roleCombo->addItem(tr("(no role)"), QString());
        for (const auto& r : s.roles) {
            m_ui->roleCombo->addItem(r.name, r.id);
        }
        m_ui->roleCombo->setCurrentIndex(std::max(0, m_ui->roleCombo->findData(keepRole)));
    }
    const core::Inject* inj = s.inject(m_ui->injectCombo->currentData().toString());
    m_ui->settlesCombo->clear();
    m_ui->settlesCombo->addItem(tr("(settles no decision)"), QString());
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("(no expected action)"), QString());
    if (!inj) {
        return;
    }
    for (const auto& b : inj->branches) {
        if (b.kind != core::BranchKind::Decision || m_record.choice(b.id)) {
            continue;
        }
        for (const auto& o : b.outcomes) {
            m_ui->settlesCombo->addItem(tr("%1 → %2").arg(b.question, o.label), QStringList{b.id, o.id});
        }
    }
    for (const auto& a : inj->expectedActions) {
        const core::ScenarioRole* role = s.role(a.role);
        m_ui->actionCombo->addItem(tr("%1: %2").arg(role ? role->name : a.role, a.text), a.id);
    }
}

void ExerciseWindow::addLog()
{
    core::LogEntry entry;
    entry.kind = core::logKinds().fromKey(m_ui->kindCombo->currentData().toString()).value_or(core::LogKind::Decision);
    entry.injectId = m_ui->injectCombo->currentData().toString();
    entry.roleId = m_ui->roleCombo->currentData().toString();
    entry.text = m_ui->decisionEdit->text();
    entry.rationale = m_ui->rationaleEdit->text();
    entry.approver = m_ui->approverEdit->text();
    const QStringList settles = m_ui->settlesCombo->currentData().toStringList();
    if (settles.size() == 2) {
        entry.branchId = settles.at(0);
        entry.outcomeId = settles.at(1);
    }
    entry.actionId = m_ui->actionCombo->currentData().toString();
    try {
        storage::ExerciseService(m_session.database(), m_clock).log(m_id, entry, m_session.actor());
    } catch (const core::Error& e) {
        m_ui->logErrorLabel->setText(e.message());
        if (e.message().contains(tr("Role"))) {
            m_ui->roleCombo->setFocus();
        } else {
            m_ui->decisionEdit->setFocus();
        }
        emit failed(e.message());
        return;
    }
    m_ui->logErrorLabel->clear();
    m_ui->decisionEdit->clear();
    m_ui->rationaleEdit->clear();
    m_ui->approverEdit->clear();
    m_ui->decisionEdit->setFocus();
    m_ui->logTable->scrollToBottom();
}

void ExerciseWindow::updateHotWash()
{
    const core::Scenario& s = m_record.scenario;
    m_loading = true;
    // Discussion tree: phases and their questions (built once).
    if (m_ui->discussionTree->topLevelItemCount() != s.phases.size()) {
        m_ui->discussionTree->clear();
        for (const auto& p : s.phases) {
            auto* phase = new QTreeWidgetItem(m_ui->discussionTree, {p.title});
            phase->setFlags(Qt::ItemIsEnabled);
            for (int q = 0; q < p.questions.size(); ++q) {
                auto* item = new QTreeWidgetItem(phase, {p.questions.at(q)});
                item->setData(0, kPhaseRole, p.id);
                item->setData(0, kQuestionRole, q);
                item->setToolTip(0, p.questions.at(q));
            }
        }
        m_ui->discussionTree->expandAll();
    }
    // Questions with notes are marked.
    for (int i = 0; i < m_ui->discussionTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* phase = m_ui->discussionTree->topLevelItem(i);
        for (int j = 0; j < phase->childCount(); ++j) {
            QTreeWidgetItem* item = phase->child(j);
            bool noted = false;
            for (const auto& n : m_record.discussion) {
                noted = noted || (n.phaseId == item->data(0, kPhaseRole).toString() &&
                                  n.question == item->data(0, kQuestionRole).toInt() && !n.notes.isEmpty());
            }
            item->setIcon(0, noted ? QIcon::fromTheme(QStringLiteral("document-edit")) : QIcon());
            QFont f = item->font(0);
            f.setItalic(!noted);
            item->setFont(0, f);
        }
    }
    QTreeWidgetItem* current = m_ui->discussionTree->currentItem();
    const bool question = current && !current->data(0, kPhaseRole).toString().isEmpty();
    m_ui->discussionEdit->setEnabled(question);
    if (question && !m_saveDiscussion->isActive()) {
        QString notes;
        for (const auto& n : m_record.discussion) {
            if (n.phaseId == current->data(0, kPhaseRole).toString() &&
                n.question == current->data(0, kQuestionRole).toInt()) {
                notes = n.notes;
            }
        }
        if (m_ui->discussionEdit->toPlainText() != notes) {
            m_ui->discussionEdit->setPlainText(notes);
        }
    }
    // Objectives with their ratings so far.
    const int keepRow = std::max(0, m_ui->objectiveList->currentRow());
    m_ui->objectiveList->blockSignals(true);
    m_ui->objectiveList->clear();
    const auto report = core::AfterActionReport::build(m_record, QString(), m_clock.nowMs());
    for (const auto& o : report.objectives) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(o.rating ? core::ratings().key(*o.rating) : tr("not rated"), o.text, o.capability),
            m_ui->objectiveList);
        item->setData(Qt::UserRole, o.id);
    }
    m_ui->objectiveList->setCurrentRow(std::min(keepRow, m_ui->objectiveList->count() - 1));
    m_ui->objectiveList->blockSignals(false);
    const QString objective = m_ui->objectiveList->currentItem()
                                  ? m_ui->objectiveList->currentItem()->data(Qt::UserRole).toString()
                                  : QString();
    if (!m_saveReview->isActive()) {
        core::ObjectiveReview review{objective, {}, {}};
        for (const auto& r : m_record.reviews) {
            if (r.objectiveId == objective) {
                review = r;
            }
        }
        if (m_ui->strengthsEdit->toPlainText() != review.strengths) {
            m_ui->strengthsEdit->setPlainText(review.strengths);
        }
        if (m_ui->improvementsEdit->toPlainText() != review.improvements) {
            m_ui->improvementsEdit->setPlainText(review.improvements);
        }
    }
    // Items of earlier runs: which were re-tested now.
    QStringList retests;
    for (const auto& t : report.retests) {
        retests << (t.retested ? tr("%1 (from %2): re-tested, now %3")
                                     .arg(t.action, t.fromExercise, core::ratings().key(*t.rating))
                               : tr("%1 (from %2): not re-tested yet").arg(t.action, t.fromExercise));
    }
    m_ui->retestLabel->setText(
        retests.isEmpty() ? QString() : tr("Earlier runs' items: %1").arg(retests.join(QStringLiteral("; "))));
    m_loading = false;
}

void ExerciseWindow::saveDiscussion()
{
    QTreeWidgetItem* current = m_ui->discussionTree->currentItem();
    if (!current || current->data(0, kPhaseRole).toString().isEmpty()) {
        return;
    }
    const core::DiscussionNote note{current->data(0, kPhaseRole).toString(), current->data(0, kQuestionRole).toInt(),
                                    m_ui->discussionEdit->toPlainText()};
    run([&] { storage::ExerciseService(m_session.database(), m_clock).saveDiscussion(m_id, note); });
}

void ExerciseWindow::saveReview()
{
    QListWidgetItem* current = m_ui->objectiveList->currentItem();
    if (!current) {
        return;
    }
    const core::ObjectiveReview review{current->data(Qt::UserRole).toString(), m_ui->strengthsEdit->toPlainText(),
                                       m_ui->improvementsEdit->toPlainText()};
    run([&] { storage::ExerciseService(m_session.database(), m_clock).saveReview(m_id, review); });
}

void ExerciseWindow::editImprovement(bool create)
{
    core::ImprovementItem item;
    if (create) {
        if (QListWidgetItem* current = m_ui->objectiveList->currentItem()) {
            item.objectiveId = current->data(Qt::UserRole).toString();
            if (const auto* o = m_record.scenario.objective(item.objectiveId)) {
                item.capability = o->capability;
            }
        }
        item.action = m_ui->improvementsEdit->toPlainText().section(QLatin1Char('\n'), 0, 0);
    } else {
        const int row = m_ui->improvementTable->currentIndex().row();
        if (row < 0) {
            return;
        }
        item = m_improvements->rowAt(row);
    }
    auto* dialog = new ImprovementDialog(m_session, m_record.scenario, m_id, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExerciseWindow::updateReport()
{
    try {
        const auto report = storage::ExerciseService(m_session.database(), m_clock).report(m_id);
        const int scroll = m_ui->reportBrowser->verticalScrollBar()->value();
        m_ui->reportBrowser->setHtml(core::AarRenderer::html(report));
        m_ui->reportBrowser->verticalScrollBar()->setValue(scroll);
    } catch (const core::Error& e) {
        m_ui->reportBrowser->setPlainText(e.message());
    }
}

bool ExerciseWindow::exportReport(const QString& path, bool html)
{
    bool ok = false;
    run([&] {
        const auto report = storage::ExerciseService(m_session.database(), m_clock).report(m_id);
        const QString text = html ? core::AarRenderer::html(report) : core::AarRenderer::markdown(report);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            throw core::Error(core::Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        }
        m_ui->statusLabel->setText(tr("Report written to %1.").arg(path));
        ok = true;
    });
    return ok;
}

ProjectorWindow* ExerciseWindow::showProjector()
{
    if (!m_projector) {
        m_projector = new ProjectorWindow(this);
        m_projector->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_projector->setRecord(m_record, m_clock.nowMs());
    m_projector->show();
    m_projector->raise();
    return m_projector;
}

void ExerciseWindow::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

} // namespace muster::gui
