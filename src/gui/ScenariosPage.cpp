#include "gui/ScenariosPage.h"

#include "core/Error.h"
#include "core/OpenAevImport.h"
#include "gui/PageHeader.h"
#include "gui/ScenarioEditor.h"
#include "gui/ScenarioLibraryModel.h"
#include "gui/ScenarioPreview.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/ScenarioLibrary.h"

#include "ui_ScenariosPage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QtConcurrent>

namespace muster::gui {

namespace {

// A message box that does not block the caller (the page keeps working, tests too).
void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList out;
    for (const QUrl& u : mime->urls()) {
        const QString path = u.toLocalFile();
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
            path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            out << path;
        }
    }
    return out;
}

// An OpenAEV export (to import) rather than a Muster scenario (to edit)?
bool isOpenAevExport(const QString& path)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        return true;
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4096).contains("\"export_version\"");
}

} // namespace

ScenariosPage::ScenariosPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ScenariosPage>())
    , m_model(new ScenarioLibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->scenarioTable->setModel(m_proxy);
    m_ui->scenarioTable->verticalHeader()->hide();
    m_ui->scenarioTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->scenarioTable->horizontalHeader()->setSectionResizeMode(ScenarioLibraryModel::TitleColumn,
                                                                  QHeaderView::Stretch);
    // Long category and source names are cut rather than taking the title's room.
    for (int column : {int(ScenarioLibraryModel::CategoryColumn), int(ScenarioLibraryModel::SourceColumn)}) {
        m_ui->scenarioTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_ui->scenarioTable->setColumnWidth(column, 130);
    }
    m_ui->scenarioTable->sortByColumn(ScenarioLibraryModel::TitleColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({840, 520});
    m_ui->previewBrowser->setPlaceholderText(tr("Choose a scenario to see its injects and branches."));
    m_ui->newButton->setShortcut(QKeySequence::New);
    m_ui->newButton->setToolTip(tr("Write a new scenario (%1)").arg(QKeySequence(QKeySequence::New).toString()));
    m_ui->importButton->setToolTip(tr("Import an OpenAEV scenario export (.json or .zip); you can also drop files on "
                                      "this page."));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->scenarioTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenariosPage::updatePreview);
    connect(m_ui->scenarioTable, &QAbstractItemView::doubleClicked, this, [this] { editScenario(currentKey()); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ScenariosPage::newScenario);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { editScenario(currentKey()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ScenariosPage::removeCurrent);
    connect(m_ui->planButton, &QPushButton::clicked, this, [this] {
        if (!currentKey().isEmpty()) {
            emit planRequested(currentKey());
        }
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(), tr("Scenarios (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import OpenAEV Export"), QString(),
                                                          tr("OpenAEV exports (*.json *.zip);;All files (*)"));
        if (!path.isEmpty()) {
            importOpenAev(path);
        }
    });
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

ScenariosPage::~ScenariosPage() = default;

void ScenariosPage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("scenarios"))) {
            reload();
        }
    });
}

void ScenariosPage::reload()
{
    const QString keep = currentKey();
    m_model->setRows(storage::ScenarioLibrary(m_session.database()).entries());
    m_ui->countLabel->setText(tr("%n scenario(s)", nullptr, m_model->rowCount()));
    selectKey(keep.isEmpty() && m_model->rowCount() > 0 ? m_model->rowAt(0).key : keep);
    updatePreview();
}

QString ScenariosPage::currentKey() const
{
    return m_ui->scenarioTable->currentIndex().data(ScenarioLibraryModel::KeyRole).toString();
}

void ScenariosPage::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->scenarioTable->setCurrentIndex(index);
    m_ui->scenarioTable->scrollTo(index);
}

void ScenariosPage::updatePreview()
{
    const int row = m_model->rowOf(currentKey());
    const bool has = row >= 0;
    const bool valid = has && m_model->rowAt(row).scenario.has_value();
    m_ui->editButton->setEnabled(has);
    m_ui->planButton->setEnabled(valid);
    m_ui->removeButton->setEnabled(has && m_model->rowAt(row).source != storage::ScenarioLibrary::Source::Builtin);
    if (!has) {
        m_ui->previewBrowser->clear();
        return;
    }
    const auto& e = m_model->rowAt(row);
    if (!e.scenario) {
        m_ui->previewBrowser->setPlainText(tr("This stored scenario no longer validates:\n\n%1").arg(e.problems));
        return;
    }
    m_ui->previewBrowser->setHtml(ScenarioPreview::html(*e.scenario));
}

ScenarioEditor* ScenariosPage::makeEditor()
{
    auto* editor = new ScenarioEditor(m_session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    connect(editor, &ScenarioEditor::savedToLibrary, this, [this](const QString& key) {
        reload();
        selectKey(key);
    });
    editor->show();
    return editor;
}

ScenarioEditor* ScenariosPage::newScenario()
{
    return makeEditor();
}

ScenarioEditor* ScenariosPage::editScenario(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return nullptr;
    }
    const auto& e = m_model->rowAt(row);
    auto* editor = makeEditor();
    if (e.scenario) {
        editor->setScenario(*e.scenario, e.origin);
    }
    return editor;
}

ScenarioEditor* ScenariosPage::openFile(const QString& path)
{
    auto* editor = makeEditor();
    if (!editor->openFile(path)) {
        editor->close();
        return nullptr;
    }
    return editor;
}

void ScenariosPage::importOpenAev(const QString& path)
{
    auto* progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // core::Error does not cross QFuture (only QException does): the worker returns it.
    using Outcome = std::pair<std::optional<core::OpenAevImport::Result>, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [=, this] {
        // Closing the dialog emits canceled(); it is not the user's cancel.
        disconnect(progress, &QProgressDialog::canceled, this, nullptr);
        progress->close();
        watcher->deleteLater();
        if (*cancelled) {
            emit importFinished(false, tr("Import cancelled."));
            return;
        }
        QString message;
        bool ok = false;
        try {
            const Outcome outcome = watcher->result();
            if (!outcome.first) {
                throw core::Error(core::Error::Kind::BadInput, outcome.second);
            }
            const auto& result = *outcome.first;
            storage::ScenarioLibrary library(m_session.database());
            bool replace = false;
            if (const auto existing = library.find(result.scenario.id);
                existing && existing->source != storage::ScenarioLibrary::Source::Builtin) {
                replace =
                    QMessageBox::question(this, tr("Import OpenAEV Export"),
                                          tr("The library already holds \"%1\". Replace it?").arg(existing->title)) ==
                    QMessageBox::Yes;
                if (!replace) {
                    emit importFinished(false, tr("Import cancelled."));
                    return;
                }
            }
            library.save(result.scenario, storage::ScenarioLibrary::Source::Imported, QFileInfo(path).fileName(),
                         replace);
            message = tr("Imported \"%1\": %2 injects, %3 roles, %4 expected actions.")
                          .arg(result.scenario.title)
                          .arg(result.scenario.injects.size())
                          .arg(result.scenario.roles.size())
                          .arg(result.scenario.allActions().size());
            if (!result.unresolvedVariables.isEmpty()) {
                message += QLatin1Char('\n') + tr("Variables to fill in before the exercise: %1")
                                                   .arg(result.unresolvedVariables.join(QStringLiteral(", ")));
            }
            ok = true;
            reload();
            selectKey(result.scenario.id);
            inform(this, QMessageBox::Information, tr("Import OpenAEV Export"), message);
        } catch (const core::Error& e) {
            message = e.message();
            inform(this, QMessageBox::Warning, tr("Import OpenAEV Export"), message);
        }
        emit importFinished(ok, message);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Outcome {
        try {
            return {core::OpenAevImport::fromFile(path), QString()};
        } catch (const core::Error& e) {
            return {std::nullopt, e.message()};
        }
    }));
}

void ScenariosPage::removeCurrent()
{
    const QString key = currentKey();
    const int row = m_model->rowOf(key);
    if (row < 0 || m_model->rowAt(row).source == storage::ScenarioLibrary::Source::Builtin) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove Scenario"),
        tr("Remove \"%1\" from the library? Exercises already run keep their copy.").arg(m_model->rowAt(row).title));
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        storage::ScenarioLibrary(m_session.database()).remove(key);
    } catch (const core::Error& e) {
        inform(this, QMessageBox::Warning, tr("Remove Scenario"), e.message());
    }
    reload();
}

void ScenariosPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ScenariosPage::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    for (const QString& path : files) {
        if (isOpenAevExport(path)) {
            importOpenAev(path);
        } else {
            openFile(path);
        }
    }
}

} // namespace muster::gui
