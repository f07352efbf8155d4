#include "gui/ReportsPage.h"

#include "core/Error.h"
#include "gui/BackgroundTask.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "report/ExerciseLayout.h"
#include "report/IncidentLayout.h"
#include "report/LeadershipLayout.h"
#include "report/PrintLayout.h"
#include "report/ReportExport.h"
#include "storage/Database.h"
#include "storage/ExerciseService.h"
#include "storage/IncidentQuery.h"
#include "storage/OrganisationProfile.h"
#include "storage/ReportService.h"

#include "ui_ReportsPage.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QThread>

namespace muster::gui {

namespace {

enum class Preset
{
    PreviousQuarter,
    QuarterToDate,
    PreviousMonth,
    LastTwelveMonths,
    Custom,
};

QDate quarterStart(QDate day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ReportsPage>())
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->kindCombo->addItem(tr("Leadership report"), int(Kind::Leadership));
    m_ui->kindCombo->addItem(tr("Incident report"), int(Kind::Incident));
    m_ui->kindCombo->addItem(tr("After-action report"), int(Kind::Exercise));
    m_ui->presetCombo->addItem(tr("Previous quarter"), int(Preset::PreviousQuarter));
    m_ui->presetCombo->addItem(tr("This quarter so far"), int(Preset::QuarterToDate));
    m_ui->presetCombo->addItem(tr("Previous month"), int(Preset::PreviousMonth));
    m_ui->presetCombo->addItem(tr("Last 12 months"), int(Preset::LastTwelveMonths));
    m_ui->presetCombo->addItem(tr("Custom dates"), int(Preset::Custom));
    m_ui->fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->incidentCombo->lineEdit()->setPlaceholderText(tr("INC-2026-0042 or choose from the list"));
    m_ui->errorLabel->hide();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->previewButton->setToolTip(tr("Gather the report and show its pages (Ctrl+Return)"));
    m_ui->saveButton->setToolTip(tr("Save the report as PDF, HTML or Markdown (Ctrl+S)"));
    m_ui->printButton->setToolTip(tr("Print the report (Ctrl+P)"));

    m_previewPrinter->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), m_ui->previewPage);
    m_preview->setAccessibleName(tr("Report preview"));
    m_ui->previewLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);

    const auto addShortcut = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
    };
    addShortcut(tr("Preview"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { preview(); });
    addShortcut(tr("Save as PDF"), QKeySequence::Save, [this] { save(); });
    addShortcut(tr("Print"), QKeySequence::Print, [this] { print(); });
    addShortcut(tr("Zoom in"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    addShortcut(tr("Zoom out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });

    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportsPage::save);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::kindChanged);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker blocker(m_ui->presetCombo);
            m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(int(Preset::Custom)));
            choiceChanged();
        });
    }
    connect(m_ui->incidentCombo, &QComboBox::currentTextChanged, this, &ReportsPage::choiceChanged);
    // Show the start of a chosen "INC-2026-0042 — title", not its end.
    connect(m_ui->incidentCombo, &QComboBox::activated, this,
            [this] { m_ui->incidentCombo->lineEdit()->setCursorPosition(0); });
    connect(m_ui->exerciseCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::choiceChanged);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_choicesLoaded = false;
        if (isVisible()) {
            reloadChoices();
        }
    });
    connect(&session, &Session::actorChanged, this, [this] { m_choicesLoaded = false; });

    applyPreset();
    kindChanged();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_choicesLoaded) {
        reloadChoices();
    }
}

ReportsPage::Kind ReportsPage::kind() const
{
    return static_cast<Kind>(m_ui->kindCombo->currentData().toInt());
}

void ReportsPage::setKind(Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void ReportsPage::setPeriod(QDate first, QDate last)
{
    m_ui->fromEdit->setDate(first);
    m_ui->toEdit->setDate(last);
}

void ReportsPage::setIncident(const QString& reference)
{
    if (!m_choicesLoaded) {
        reloadChoices();
    }
    const int index = m_ui->incidentCombo->findData(reference);
    if (index >= 0) {
        m_ui->incidentCombo->setCurrentIndex(index);
    } else {
        m_ui->incidentCombo->setEditText(reference);
    }
    m_ui->incidentCombo->lineEdit()->setCursorPosition(0);
}

void ReportsPage::setExercise(const QString& reference)
{
    if (!m_choicesLoaded) {
        reloadChoices();
    }
    m_ui->exerciseCombo->setCurrentIndex(m_ui->exerciseCombo->findData(reference));
}

void ReportsPage::reloadChoices()
{
    storage::Database& db = m_session.database();
    const QString incident = incidentReference();
    const QString exercise = m_ui->exerciseCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->incidentCombo);
        m_ui->incidentCombo->clear();
        storage::IncidentFilter filter;
        filter.visibleTo = m_session.actor().personId;
        const storage::IncidentQuery query(db, filter, storage::IncidentQuery::SortKey::DetectedAt,
                                           Qt::DescendingOrder);
        for (const storage::IncidentRow& row : query.page(500)) {
            m_ui->incidentCombo->addItem(tr("%1 — %2").arg(row.incident.reference, row.incident.title),
                                         row.incident.reference);
        }
        const int index = m_ui->incidentCombo->findData(incident);
        m_ui->incidentCombo->setCurrentIndex(index);
        if (index < 0) {
            m_ui->incidentCombo->setEditText(incident);
        }
    }
    {
        const QSignalBlocker blocker(m_ui->exerciseCombo);
        m_ui->exerciseCombo->clear();
        QList<core::Exercise> exercises = storage::ExerciseService(db).list();
        std::sort(exercises.begin(), exercises.end(), [](const auto& a, const auto& b) {
            return a.startedAt.value_or(a.plannedAt) > b.startedAt.value_or(b.plannedAt);
        });
        for (const core::Exercise& e : exercises) {
            m_ui->exerciseCombo->addItem(
                tr("%1 — %2 (%3)").arg(e.reference, e.title, core::exerciseStatuses().label(e.status)), e.reference);
        }
        m_ui->exerciseCombo->setCurrentIndex(std::max(0, m_ui->exerciseCombo->findData(exercise)));
    }
    m_choicesLoaded = true;
}

void ReportsPage::kindChanged()
{
    m_ui->parameterStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
    switch (kind()) {
    case Kind::Leadership:
        m_ui->kindDescriptionLabel->setText(
            tr("For the board: summary, incidents by severity, MTTA and MTTR with median and 90th percentile, SLA "
               "breaches, open SEV1/SEV2 incidents, regulatory deadlines, exercises and open improvement items."));
        break;
    case Kind::Incident:
        m_ui->kindDescriptionLabel->setText(
            tr("For counsel and auditors: the incident's record with its full timeline and the result of "
               "verifying its hash chain, tasks, communications as approved, deadlines and lessons learned."));
        break;
    case Kind::Exercise:
        m_ui->kindDescriptionLabel->setText(
            tr("The after-action report with improvement plan of a tabletop exercise."));
        break;
    }
    choiceChanged();
}

void ReportsPage::applyPreset()
{
    const QDate today = QDate::currentDate();
    QDate first;
    QDate last;
    switch (static_cast<Preset>(m_ui->presetCombo->currentData().toInt())) {
    case Preset::PreviousQuarter:
        first = quarterStart(today).addMonths(-3);
        last = quarterStart(today).addDays(-1);
        break;
    case Preset::QuarterToDate:
        first = quarterStart(today);
        last = today;
        break;
    case Preset::PreviousMonth:
        first = QDate(today.year(), today.month(), 1).addMonths(-1);
        last = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Preset::LastTwelveMonths:
        first = today.addYears(-1).addDays(1);
        last = today;
        break;
    case Preset::Custom:
        return;
    }
    const QSignalBlocker fromBlocker(m_ui->fromEdit);
    const QSignalBlocker toBlocker(m_ui->toEdit);
    m_ui->fromEdit->setDate(first);
    m_ui->toEdit->setDate(last);
    choiceChanged();
}

void ReportsPage::choiceChanged()
{
    // What is shown no longer matches the choice: gather again on the next action.
    m_document.reset();
    m_layout.reset();
    m_ui->previewStack->setCurrentWidget(m_ui->emptyPage);
    m_ui->statusLabel->clear();
    validate();
}

bool ReportsPage::validate()
{
    QString problem;
    switch (kind()) {
    case Kind::Leadership:
        if (m_ui->toEdit->date() < m_ui->fromEdit->date()) {
            problem = tr("The last day of the period is before the first.");
        }
        break;
    case Kind::Incident:
        if (incidentReference().isEmpty()) {
            problem = tr("Choose an incident or type its reference.");
        }
        break;
    case Kind::Exercise:
        if (m_ui->exerciseCombo->currentIndex() < 0) {
            problem = tr("No exercise has been planned yet.");
        }
        break;
    }
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    for (QWidget* button : {static_cast<QWidget*>(m_ui->previewButton), static_cast<QWidget*>(m_ui->saveButton),
                            static_cast<QWidget*>(m_ui->printButton)}) {
        button->setEnabled(problem.isEmpty());
    }
    return problem.isEmpty();
}

QString ReportsPage::incidentReference() const
{
    const QString text = m_ui->incidentCombo->currentText().trimmed();
    const int index = m_ui->incidentCombo->currentIndex();
    if (index >= 0 && m_ui->incidentCombo->itemText(index) == text) {
        return m_ui->incidentCombo->itemData(index).toString();
    }
    return text.section(QLatin1Char(' '), 0, 0);
}

QString ReportsPage::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

int ReportsPage::pageCount() const
{
    return m_layout ? m_layout->pageCount() : 0;
}

bool ReportsPage::gather()
{
    if (!validate()) {
        return false;
    }
    const Kind what = kind();
    const QDate first = m_ui->fromEdit->date();
    const QDate last = m_ui->toEdit->date();
    const QString incident = incidentReference();
    const QString exercise = m_ui->exerciseCombo->currentData().toString();
    const core::Actor reader = m_session.actor();
    storage::Database& db = m_session.database();
    std::optional<report::ReportDocument> document;
    std::unique_ptr<report::PrintLayout> layout;
    QThread* const guiThread = thread();
    bool cancelled = false;
    const QString error =
        BackgroundTask::run(this, tr("Gathering the report…"), [&](const BackgroundTask::Progress& progress) {
            const auto stop = [&] {
                cancelled = cancelled || !progress(0, 0);
                return cancelled;
            };
            const storage::ReportService service(db);
            const storage::OrganisationProfile organisation = storage::OrganisationProfile::load(db);
            switch (what) {
            case Kind::Leadership:
                document = report::LeadershipLayout::document(
                    service.leadership(first, last, reader, QTimeZone::systemTimeZone(), stop), organisation);
                break;
            case Kind::Incident:
                document = report::IncidentLayout::document(service.incident(incident, reader), organisation);
                break;
            case Kind::Exercise:
                document = report::ExerciseLayout::document(service.exercise(exercise), organisation,
                                                            QDateTime::currentMSecsSinceEpoch(), reader.name);
                break;
            }
            if (stop()) {
                document.reset();
                return;
            }
            // Lay the pages out here too (long incident timelines take a while), then
            // hand them to the GUI thread, which paints the preview.
            layout = std::make_unique<report::PrintLayout>(*document, report::PrintLayout::defaultPageLayout());
            layout->moveToThread(guiThread);
        });
    if (cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled."));
        return false;
    }
    if (!error.isEmpty() || !document || !layout) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->setVisible(!error.isEmpty());
        return false;
    }
    m_document = std::move(document);
    m_layout = std::move(layout);
    return true;
}

bool ReportsPage::preview()
{
    if (!gather()) {
        return false;
    }
    preparePrinter(*m_previewPrinter);
    m_ui->previewStack->setCurrentWidget(m_ui->previewPage);
    m_preview->updatePreview();
    m_preview->fitToWidth();
    m_ui->statusLabel->setText(tr("Pages: %1").arg(m_layout->pageCount()));
    return true;
}

void ReportsPage::preparePrinter(QPrinter& printer) const
{
    printer.setFullPage(true);
    QPageLayout page = m_layout->pageLayout();
    page.setMargins(QMarginsF(0, 0, 0, 0));
    printer.setPageLayout(page);
    printer.setDocName(m_document->documentTitle);
}

void ReportsPage::paintPreview(QPrinter* printer)
{
    if (!m_layout) {
        return;
    }
    try {
        m_layout->print(*printer);
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
}

QString ReportsPage::suggestedFileName() const
{
    QString name = m_document ? m_document->documentTitle : tr("Report");
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|]+)"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name.simplified() + QStringLiteral(".pdf"));
}

void ReportsPage::save()
{
    if (!m_document && !gather()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggestedFileName(),
                                                      tr("PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)"));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool ReportsPage::saveTo(const QString& path)
{
    if (!m_document && !gather()) {
        return false;
    }
    QString target = path;
    auto format = report::ReportExport::formatFromText(QFileInfo(target).suffix());
    if (!format) {
        format = report::ReportExport::Format::Pdf;
        target += QStringLiteral(".pdf");
    }
    const report::ReportDocument document = *m_document;
    bool cancelled = false;
    int pages = 0;
    const QString error = BackgroundTask::run(
        this, tr("Writing %1…").arg(QFileInfo(target).fileName()), [&](const BackgroundTask::Progress& progress) {
            pages = report::ReportExport::save(document, *format, target, [&](int done, int total) {
                cancelled = cancelled || !progress(done, total);
                return !cancelled;
            });
        });
    if (cancelled) {
        m_ui->statusLabel->setText(tr("Cancelled; nothing was written."));
        return false;
    }
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->statusLabel->setText(pages > 0 ? tr("Saved %1 (pages: %2).").arg(QDir::toNativeSeparators(target)).arg(pages)
                                         : tr("Saved %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

void ReportsPage::print()
{
    if (!m_layout && !gather()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // The pages are laid out already; painting them for the printer is quick, but
    // can still be stopped between pages.
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, m_layout->pageCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        m_layout->print(printer, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        m_ui->statusLabel->setText(tr("Sent to %1.").arg(printer.printerName()));
    } catch (const core::Error& e) {
        if (e.kind() == core::Error::Kind::Refused) {
            m_ui->statusLabel->setText(tr("Printing cancelled."));
        } else {
            m_ui->errorLabel->setText(e.message());
            m_ui->errorLabel->show();
        }
    }
}

} // namespace muster::gui
