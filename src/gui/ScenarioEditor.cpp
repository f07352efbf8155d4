#include "gui/ScenarioEditor.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "storage/ScenarioLibrary.h"

#include "ui_ScenarioEditor.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace muster::gui {

namespace {

// One form edit, as the source text before and after. Consecutive edits of the same
// field (typing) merge into one step.
class SourceSnapshot final : public QUndoCommand
{
public:
    SourceSnapshot(ScenarioEditor* editor, QString before, QString after, const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_id(mergeId)
    {}

    void redo() override { m_editor->applySource(m_after); }
    void undo() override { m_editor->applySource(m_before); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != m_id) {
            return false;
        }
        m_after = static_cast<const SourceSnapshot*>(other)->m_after;
        return true;
    }

private:
    ScenarioEditor* m_editor;
    QString m_before;
    QString m_after;
    int m_id;
};

enum MergeId
{
    IdField = 1,
    TitleField,
    SummaryField,
    AudienceField,
    DurationField,
    // Inject fields: base + field, offset by 100 per inject so that edits of different
    // injects stay separate steps.
    InjectFieldBase = 1000,
};

QString quoteUrl(const QList<QUrl>& urls)
{
    for (const QUrl& u : urls) {
        if (u.isLocalFile()) {
            return u.toLocalFile();
        }
    }
    return {};
}

} // namespace

ScenarioEditor::ScenarioEditor(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ScenarioEditor>())
    , m_undo(new QUndoStack(this))
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->sourceEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->contentEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->readAloudEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->structureLabel->setText(
        tr("Objectives, roles, phases, expected actions and branches are edited in the Source tab; the checks below "
           "apply to everything as you type. The format is described in docs/scenario-format.md."));
    for (auto c : core::categories().values()) {
        m_ui->categoryCombo->addItem(core::categories().label(c), core::categories().key(c));
    }
    for (auto d : core::scenarioDifficulties().values()) {
        m_ui->difficultyCombo->addItem(core::scenarioDifficulties().label(d), core::scenarioDifficulties().key(d));
    }
    for (auto t : core::injectTriggers().values()) {
        m_ui->triggerCombo->addItem(core::injectTriggers().label(t), core::injectTriggers().key(t));
    }
    for (auto ch : core::injectChannels().values()) {
        m_ui->channelCombo->addItem(core::injectChannels().label(ch), core::injectChannels().key(ch));
    }

    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->detailsTab->addAction(undo);
    m_ui->injectsTab->addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->detailsTab->addAction(redo);
    m_ui->injectsTab->addAction(redo);
    connect(m_ui->undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this,
            [this](const QString& text) { m_ui->undoButton->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    m_ui->undoButton->setEnabled(false);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        revalidate();
        refreshForm();
    });
    connect(m_ui->sourceEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_debounce->start();
        }
    });
    connect(m_ui->problemsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showProblem(m_ui->problemsList->row(item)); });
    connect(m_ui->problemsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showProblem(m_ui->problemsList->row(item)); });
    connect(m_ui->saveLibraryButton, &QPushButton::clicked, this, &ScenarioEditor::saveToLibrary);
    connect(m_ui->saveFileButton, &QPushButton::clicked, this, &ScenarioEditor::saveFileAs);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connectForm();
    setScenario(templateScenario(), QString());
}

ScenarioEditor::~ScenarioEditor()
{
    // The undo stack announces its clearing while it is destroyed; the form is gone by then.
    disconnect(m_undo, nullptr, this, nullptr);
}

core::Scenario ScenarioEditor::templateScenario()
{
    core::Scenario s;
    s.id = QStringLiteral("new-scenario");
    s.title = tr("New scenario");
    s.summary = tr("What the participants learn at the start.");
    s.category = core::Category::Other;
    s.audience = tr("Incident response team, legal, communications");
    s.durationMinutes = 90;
    s.objectives = {
        {QStringLiteral("obj-1"), tr("What the exercise should demonstrate."), tr("Operational coordination")}};
    s.roles = {{QStringLiteral("ic"), tr("Incident commander"), core::PersonFunction::SecurityOperations, QString()},
               {QStringLiteral("legal"), tr("Legal counsel"), core::PersonFunction::Legal, QString()},
               {QStringLiteral("comms"), tr("Communications"), core::PersonFunction::Communications, QString()}};
    s.phases = {{QStringLiteral("phase-1"), tr("Detection"), QString(), {tr("How was the incident declared?")}}};
    core::Inject first;
    first.id = QStringLiteral("inj-01");
    first.title = tr("First report");
    first.phase = QStringLiteral("phase-1");
    first.sender = tr("Service desk");
    first.channel = core::InjectChannel::Ticket;
    first.audience = {QStringLiteral("ic")};
    first.content = tr("What the participants receive.");
    first.expectedActions = {
        {QStringLiteral("a-declare"), QStringLiteral("ic"), tr("Declare an incident."), 15, QStringLiteral("obj-1")}};
    s.injects = {first};
    return s;
}

void ScenarioEditor::setScenario(const core::Scenario& scenario, const QString& origin)
{
    m_origin = origin;
    const QString text = QString::fromUtf8(core::ScenarioFormat::toJson(scenario));
    applySource(text);
    m_savedText = text;
    m_undo->clear();
    setWindowTitle(tr("Scenario Editor — %1").arg(scenario.title));
}

bool ScenarioEditor::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open Scenario"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > core::ScenarioFormat::maxFileBytes) {
        QMessageBox::warning(this, tr("Open Scenario"),
                             tr("%1 is larger than %2 bytes, the limit for a scenario.")
                                 .arg(path)
                                 .arg(core::ScenarioFormat::maxFileBytes));
        return false;
    }
    m_origin = path;
    const QString text = QString::fromUtf8(file.readAll());
    applySource(text);
    m_savedText = text;
    m_undo->clear();
    setWindowTitle(tr("Scenario Editor — %1").arg(QFileInfo(path).fileName()));
    return true;
}

QString ScenarioEditor::sourceText() const
{
    return m_ui->sourceEdit->toPlainText();
}

bool ScenarioEditor::isModified() const
{
    return sourceText() != m_savedText;
}

void ScenarioEditor::applySource(const QString& text)
{
    m_updating = true;
    if (m_ui->sourceEdit->toPlainText() != text) {
        // Keep the reader's place in the source.
        const int scroll = m_ui->sourceEdit->verticalScrollBar()->value();
        m_ui->sourceEdit->setPlainText(text);
        m_ui->sourceEdit->verticalScrollBar()->setValue(scroll);
    }
    m_updating = false;
    m_debounce->stop();
    revalidate();
    refreshForm();
}

void ScenarioEditor::edit(const QString& description, int mergeId, const std::function<void(core::Scenario&)>& change)
{
    if (m_updating || !m_draft) {
        return;
    }
    core::Scenario s = *m_draft;
    change(s);
    const QString after = QString::fromUtf8(core::ScenarioFormat::toJson(s));
    if (after != sourceText()) {
        // The field being typed in keeps its text and cursor while the form refreshes
        // (an audience "legal, " must not lose its trailing comma).
        m_editing = qobject_cast<QWidget*>(sender());
        m_undo->push(new SourceSnapshot(this, sourceText(), after, description, mergeId));
        m_editing = nullptr;
    }
}

void ScenarioEditor::revalidate()
{
    const QString name = m_origin.isEmpty() ? tr("(new scenario)") : QFileInfo(m_origin).fileName();
    const auto result = core::ScenarioFormat::parse(sourceText().toUtf8(), name);
    m_problems = result.problems;
    if (result.draft) {
        m_draft = result.draft;
    }
    m_ui->problemsList->clear();
    for (const auto& p : m_problems) {
        auto* item =
            new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-error")), p.toString(), m_ui->problemsList);
        item->setToolTip(tr("Double-click to show it in the source"));
    }
    if (m_problems.isEmpty()) {
        m_ui->statusLabel->setText(tr("No problems: %n inject(s), %1 branches.", nullptr, int(m_draft->injects.size()))
                                       .arg(m_draft->branchCount()));
    } else {
        m_ui->statusLabel->setText(
            tr("%n problem(s) to fix before saving to the library.", nullptr, int(m_problems.size())));
    }
    m_ui->saveLibraryButton->setEnabled(m_problems.isEmpty());
    const bool formUsable = result.draft.has_value();
    m_ui->detailsTab->setEnabled(formUsable);
    m_ui->injectsTab->setEnabled(formUsable);
}

int ScenarioEditor::currentInject() const
{
    return m_ui->injectList->currentRow();
}

void ScenarioEditor::selectInject(int index)
{
    m_ui->injectList->setCurrentRow(index);
}

void ScenarioEditor::setLine(QLineEdit* edit, const QString& text) const
{
    if (edit != m_editing && edit->text() != text) {
        edit->setText(text);
    }
}

void ScenarioEditor::setPlain(QPlainTextEdit* edit, const QString& text) const
{
    if (edit != m_editing && edit->toPlainText() != text) {
        edit->setPlainText(text);
    }
}

void ScenarioEditor::refreshForm()
{
    if (!m_draft) {
        return;
    }
    m_updating = true;
    const core::Scenario& s = *m_draft;
    setLine(m_ui->idEdit, s.id);
    setLine(m_ui->titleEdit, s.title);
    setPlain(m_ui->summaryEdit, s.summary);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(core::categories().key(s.category)));
    setLine(m_ui->audienceEdit, s.audience);
    m_ui->difficultyCombo->setCurrentIndex(
        m_ui->difficultyCombo->findData(core::scenarioDifficulties().key(s.difficulty)));
    m_ui->durationSpin->setValue(s.durationMinutes);

    const int keep = std::max(0, currentInject());
    m_ui->injectList->clear();
    for (const auto& inj : s.injects) {
        const QString when = inj.trigger == core::InjectTrigger::Scheduled
                                 ? QStringLiteral("%1:%2")
                                       .arg(inj.offsetMinutes / 60)
                                       .arg(inj.offsetMinutes % 60, 2, 10, QLatin1Char('0'))
                                 : core::injectTriggers().label(inj.trigger);
        m_ui->injectList->addItem(QStringLiteral("%1  %2").arg(when, inj.title));
    }
    m_ui->phaseCombo->clear();
    for (const auto& p : s.phases) {
        m_ui->phaseCombo->addItem(p.title, p.id);
    }
    m_ui->injectList->setCurrentRow(std::min(keep, int(s.injects.size()) - 1));
    m_updating = false;
    refreshInjectForm();
    markFields();
}

void ScenarioEditor::refreshInjectForm()
{
    const int i = currentInject();
    const bool has = m_draft && i >= 0 && i < m_draft->injects.size();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->injectIdEdit), static_cast<QWidget*>(m_ui->injectTitleEdit),
                       static_cast<QWidget*>(m_ui->phaseCombo), static_cast<QWidget*>(m_ui->triggerCombo),
                       static_cast<QWidget*>(m_ui->offsetSpin), static_cast<QWidget*>(m_ui->senderEdit),
                       static_cast<QWidget*>(m_ui->channelCombo), static_cast<QWidget*>(m_ui->injectAudienceEdit),
                       static_cast<QWidget*>(m_ui->contentEdit), static_cast<QWidget*>(m_ui->readAloudEdit),
                       static_cast<QWidget*>(m_ui->removeInjectButton)}) {
        w->setEnabled(has);
    }
    if (!has) {
        return;
    }
    m_updating = true;
    const core::Inject& inj = m_draft->injects.at(i);
    setLine(m_ui->injectIdEdit, inj.id);
    setLine(m_ui->injectTitleEdit, inj.title);
    m_ui->phaseCombo->setCurrentIndex(m_ui->phaseCombo->findData(inj.phase));
    m_ui->triggerCombo->setCurrentIndex(m_ui->triggerCombo->findData(core::injectTriggers().key(inj.trigger)));
    m_ui->offsetSpin->setValue(inj.offsetMinutes);
    m_ui->offsetSpin->setPrefix(inj.trigger == core::InjectTrigger::Scheduled ? tr("at ") : tr("after "));
    m_ui->offsetSpin->setToolTip(inj.trigger == core::InjectTrigger::Scheduled
                                     ? tr("Scenario minutes after the start")
                                     : tr("Scenario minutes after the branch choice that releases it"));
    setLine(m_ui->senderEdit, inj.sender);
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(core::injectChannels().key(inj.channel)));
    setLine(m_ui->injectAudienceEdit, inj.audience.join(QStringLiteral(", ")));
    setPlain(m_ui->contentEdit, inj.content);
    setPlain(m_ui->readAloudEdit, inj.notes.readAloud);
    m_updating = false;
    markFields();
}

void ScenarioEditor::markFields()
{
    QList<std::pair<QString, QWidget*>> fields{
        {QStringLiteral("$.id"), m_ui->idEdit},
        {QStringLiteral("$.title"), m_ui->titleEdit},
        {QStringLiteral("$.summary"), m_ui->summaryEdit},
        {QStringLiteral("$.category"), m_ui->categoryCombo},
        {QStringLiteral("$.audience"), m_ui->audienceEdit},
        {QStringLiteral("$.difficulty"), m_ui->difficultyCombo},
        {QStringLiteral("$.durationMinutes"), m_ui->durationSpin},
    };
    const int i = currentInject();
    if (i >= 0) {
        const QString p = QStringLiteral("$.injects[%1].").arg(i);
        fields += {{p + QStringLiteral("id"), m_ui->injectIdEdit},
                   {p + QStringLiteral("title"), m_ui->injectTitleEdit},
                   {p + QStringLiteral("phase"), m_ui->phaseCombo},
                   {p + QStringLiteral("trigger"), m_ui->triggerCombo},
                   {p + QStringLiteral("offsetMinutes"), m_ui->offsetSpin},
                   {p + QStringLiteral("delayMinutes"), m_ui->offsetSpin},
                   {p + QStringLiteral("sender"), m_ui->senderEdit},
                   {p + QStringLiteral("channel"), m_ui->channelCombo},
                   {p + QStringLiteral("audience"), m_ui->injectAudienceEdit},
                   {p + QStringLiteral("content"), m_ui->contentEdit},
                   {p + QStringLiteral("notes.readAloud"), m_ui->readAloudEdit}};
    }
    QHash<QWidget*, QStringList> messages;
    for (const auto& [path, widget] : fields) {
        messages.insert(widget, {});
    }
    for (const auto& problem : m_problems) {
        for (const auto& [path, widget] : fields) {
            if (problem.path == path || problem.path.startsWith(path + QLatin1Char('[')) ||
                problem.path.startsWith(path + QLatin1Char('.'))) {
                messages[widget] << problem.message;
            }
        }
    }
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        const bool bad = !it.value().isEmpty();
        it.key()->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c0392b;") : QString());
        it.key()->setToolTip(it.value().join(QLatin1Char('\n')));
    }
    // Injects with problems get a mark in the list.
    for (int row = 0; row < m_ui->injectList->count(); ++row) {
        const QString prefix = QStringLiteral("$.injects[%1]").arg(row);
        bool bad = false;
        for (const auto& problem : m_problems) {
            bad = bad || problem.path == prefix || problem.path.startsWith(prefix + QLatin1Char('.')) ||
                  problem.path.startsWith(prefix + QLatin1Char('['));
        }
        m_ui->injectList->item(row)->setIcon(bad ? QIcon::fromTheme(QStringLiteral("dialog-error")) : QIcon());
        m_ui->injectList->item(row)->setForeground(bad ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::Text));
    }
}

void ScenarioEditor::connectForm()
{
    connect(m_ui->idEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("change the id"), IdField, [&](core::Scenario& s) { s.id = t.trimmed(); });
    });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("change the title"), TitleField, [&](core::Scenario& s) { s.title = t; });
    });
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString t = m_ui->summaryEdit->toPlainText();
        edit(tr("change the summary"), SummaryField, [&](core::Scenario& s) { s.summary = t; });
    });
    connect(m_ui->categoryCombo, &QComboBox::activated, this, [this] {
        const auto c = core::categories().fromKey(m_ui->categoryCombo->currentData().toString());
        edit(tr("change the category"), 0, [&](core::Scenario& s) { s.category = c.value_or(core::Category::Other); });
    });
    connect(m_ui->audienceEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        edit(tr("change the audience"), AudienceField, [&](core::Scenario& s) { s.audience = t; });
    });
    connect(m_ui->difficultyCombo, &QComboBox::activated, this, [this] {
        const auto d = core::scenarioDifficulties().fromKey(m_ui->difficultyCombo->currentData().toString());
        edit(tr("change the difficulty"), 0,
             [&](core::Scenario& s) { s.difficulty = d.value_or(core::ScenarioDifficulty::Intermediate); });
    });
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("change the duration"), DurationField, [&](core::Scenario& s) { s.durationMinutes = v; });
    });

    connect(m_ui->injectList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating) {
            refreshInjectForm();
        }
    });
    // Inject fields: the change applies to the selected inject.
    const auto injectEdit = [this](const QString& text, int field, const std::function<void(core::Inject&)>& change) {
        const int i = currentInject();
        if (!m_draft || i < 0 || i >= m_draft->injects.size()) {
            return;
        }
        edit(text, InjectFieldBase + i * 100 + field, [&](core::Scenario& s) { change(s.injects[i]); });
    };
    connect(m_ui->injectIdEdit, &QLineEdit::textEdited, this, [=](const QString& t) {
        injectEdit(tr("change the inject id"), 1, [&](core::Inject& inj) { inj.id = t.trimmed(); });
    });
    connect(m_ui->injectTitleEdit, &QLineEdit::textEdited, this, [=](const QString& t) {
        injectEdit(tr("change the inject title"), 2, [&](core::Inject& inj) { inj.title = t; });
    });
    connect(m_ui->phaseCombo, &QComboBox::activated, this, [=, this] {
        const QString phase = m_ui->phaseCombo->currentData().toString();
        injectEdit(tr("change the phase"), 0, [&](core::Inject& inj) { inj.phase = phase; });
    });
    connect(m_ui->triggerCombo, &QComboBox::activated, this, [=, this] {
        const auto t = core::injectTriggers().fromKey(m_ui->triggerCombo->currentData().toString());
        injectEdit(tr("change how the inject is released"), 0,
                   [&](core::Inject& inj) { inj.trigger = t.value_or(core::InjectTrigger::Scheduled); });
    });
    connect(m_ui->offsetSpin, &QSpinBox::valueChanged, this, [=](int v) {
        injectEdit(tr("change the inject time"), 3, [&](core::Inject& inj) { inj.offsetMinutes = v; });
    });
    connect(m_ui->senderEdit, &QLineEdit::textEdited, this, [=](const QString& t) {
        injectEdit(tr("change the sender"), 4, [&](core::Inject& inj) { inj.sender = t; });
    });
    connect(m_ui->channelCombo, &QComboBox::activated, this, [=, this] {
        const auto c = core::injectChannels().fromKey(m_ui->channelCombo->currentData().toString());
        injectEdit(tr("change the channel"), 0,
                   [&](core::Inject& inj) { inj.channel = c.value_or(core::InjectChannel::Email); });
    });
    connect(m_ui->injectAudienceEdit, &QLineEdit::textEdited, this, [=](const QString& t) {
        QStringList roles;
        for (const QString& part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            roles << part.trimmed();
        }
        injectEdit(tr("change the audience"), 5, [&](core::Inject& inj) { inj.audience = roles; });
    });
    connect(m_ui->contentEdit, &QPlainTextEdit::textChanged, this, [=, this] {
        const QString t = m_ui->contentEdit->toPlainText();
        injectEdit(tr("change the content"), 6, [&](core::Inject& inj) { inj.content = t; });
    });
    connect(m_ui->readAloudEdit, &QPlainTextEdit::textChanged, this, [=, this] {
        const QString t = m_ui->readAloudEdit->toPlainText();
        injectEdit(tr("change the read-aloud text"), 7, [&](core::Inject& inj) { inj.notes.readAloud = t; });
    });
    connect(m_ui->addInjectButton, &QPushButton::clicked, this, [this] {
        if (!m_draft) {
            return;
        }
        const int count = int(m_draft->injects.size());
        edit(tr("add an inject"), 0, [&](core::Scenario& s) {
            core::Inject inj;
            int n = count + 1;
            do {
                inj.id = QStringLiteral("inj-%1").arg(n++, 2, 10, QLatin1Char('0'));
            } while (s.inject(inj.id));
            inj.title = tr("New inject");
            inj.phase = s.phases.isEmpty() ? QString() : s.phases.last().id;
            inj.offsetMinutes = s.injects.isEmpty() ? 0 : s.injects.last().offsetMinutes + 10;
            inj.sender = tr("Exercise control");
            inj.channel = core::InjectChannel::Briefing;
            inj.audience = s.roles.isEmpty() ? QStringList() : QStringList{s.roles.first().id};
            inj.content = tr("What the participants receive.");
            s.injects.append(inj);
        });
        selectInject(count);
        m_ui->injectTitleEdit->setFocus();
        m_ui->injectTitleEdit->selectAll();
    });
    connect(m_ui->removeInjectButton, &QPushButton::clicked, this, [this] {
        const int i = currentInject();
        if (!m_draft || i < 0 || i >= m_draft->injects.size()) {
            return;
        }
        edit(tr("remove \"%1\"").arg(m_draft->injects.at(i).title), 0,
             [&](core::Scenario& s) { s.injects.removeAt(i); });
    });
}

void ScenarioEditor::showProblem(int row)
{
    if (row < 0 || row >= m_problems.size()) {
        return;
    }
    const auto& p = m_problems.at(row);
    m_ui->tabs->setCurrentWidget(m_ui->sourceTab);
    if (p.line > 0) {
        QTextCursor cursor(m_ui->sourceEdit->document()->findBlockByNumber(p.line - 1));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, p.column - 1));
        m_ui->sourceEdit->setTextCursor(cursor);
        m_ui->sourceEdit->centerCursor();
    }
    m_ui->sourceEdit->setFocus();
}

bool ScenarioEditor::saveToLibrary()
{
    revalidate();
    if (!m_problems.isEmpty() || !m_draft) {
        QMessageBox::warning(this, tr("Save to Library"),
                             tr("The scenario has %n problem(s); fix them first (they are listed below the editor).",
                                nullptr, int(m_problems.size())));
        return false;
    }
    storage::ScenarioLibrary library(m_session.database());
    const auto existing = library.find(m_draft->id);
    bool replace = false;
    if (existing && existing->source != storage::ScenarioLibrary::Source::Builtin) {
        const auto answer = QMessageBox::question(
            this, tr("Save to Library"),
            tr("The library already holds \"%1\" with the id %2. Replace it?").arg(existing->title, m_draft->id));
        if (answer != QMessageBox::Yes) {
            return false;
        }
        replace = true;
    }
    try {
        library.save(*m_draft, storage::ScenarioLibrary::Source::Custom, QFileInfo(m_origin).fileName(), replace);
    } catch (const core::Error& e) {
        QMessageBox::critical(this, tr("Save to Library"), e.message());
        return false;
    }
    m_savedText = sourceText();
    m_ui->statusLabel->setText(tr("Saved \"%1\" to the library.").arg(m_draft->title));
    emit savedToLibrary(m_draft->id);
    return true;
}

bool ScenarioEditor::saveToFile(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sourceText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::critical(this, tr("Save As File"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_origin = path;
    m_savedText = sourceText();
    setWindowTitle(tr("Scenario Editor — %1").arg(QFileInfo(path).fileName()));
    m_ui->statusLabel->setText(tr("Saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void ScenarioEditor::saveFileAs()
{
    if (!m_problems.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Save As File"),
                                  tr("The scenario still has %n problem(s). Save the file anyway, to finish it later?",
                                     nullptr, int(m_problems.size())));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    const QString suggested =
        (m_draft && !m_draft->id.isEmpty() ? m_draft->id : QStringLiteral("scenario")) + QStringLiteral(".json");
    const QString dir = m_origin.isEmpty() ? QString() : QFileInfo(m_origin).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario"), QDir(dir).filePath(suggested),
                                                      tr("Scenarios (*.json)"));
    if (!path.isEmpty()) {
        saveToFile(path);
    }
}

void ScenarioEditor::dragEnterEvent(QDragEnterEvent* event)
{
    const QString path = quoteUrl(event->mimeData()->urls());
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        event->acceptProposedAction();
    }
}

void ScenarioEditor::dropEvent(QDropEvent* event)
{
    const QString path = quoteUrl(event->mimeData()->urls());
    if (path.isEmpty()) {
        return;
    }
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Open Scenario"), tr("Discard the changes and open %1?").arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    event->acceptProposedAction();
    openFile(path);
}

void ScenarioEditor::closeEvent(QCloseEvent* event)
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Scenario Editor"), tr("Discard the unsaved changes?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace muster::gui
