#include "gui/AlertsPage.h"

#include "core/Error.h"
#include "gui/AlertQueueModel.h"
#include "gui/DismissAlertDialog.h"
#include "gui/Durations.h"
#include "gui/MergeAlertDialog.h"
#include "gui/NoiseMetricsWidget.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AlertTriageService.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include "ui_AlertsPage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QShortcut>
#include <QUndoStack>

namespace muster::gui {

namespace {

enum class Show
{
    Untriaged,
    Dismissed,
    InIncidents,
    All,
};

// Takes a dismissal back and redoes it; the first "redo" already happened.
class DismissCommand final : public QUndoCommand
{
public:
    DismissCommand(Session& session, const core::Alert& dismissed)
        : m_session(session)
        , m_alert(dismissed)
    {
        setText(QCoreApplication::translate("muster::gui::AlertsPage", "Dismiss \"%1\"").arg(dismissed.title.left(60)));
    }

    void undo() override
    {
        try {
            storage::AlertTriageService(m_session.database()).reopen(m_alert.id);
        } catch (const core::Error& e) {
            qWarning("Cannot take the dismissal back: %s", e.what()); // decided otherwise meanwhile
        }
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        try {
            storage::AlertTriageService(m_session.database())
                .dismiss(m_alert.id, m_alert.triage, m_alert.triageNote, m_session.actor());
        } catch (const core::Error& e) {
            qWarning("Cannot dismiss again: %s", e.what());
        }
    }

private:
    Session& m_session;
    core::Alert m_alert;
    bool m_first = true;
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

AlertsPage::AlertsPage(Session& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::AlertsPage>())
    , m_model(new AlertQueueModel(session.database(), clock, this))
    , m_undo(new QUndoStack(this))
    , m_noise(nullptr)
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_noise = new NoiseMetricsWidget(session, this);
    m_ui->tabs->addTab(m_noise, tr("Noise"));
    m_ui->alertTable->setModel(m_model);
    m_ui->alertTable->verticalHeader()->hide();
    m_ui->alertTable->horizontalHeader()->setSectionResizeMode(AlertQueueModel::TitleColumn, QHeaderView::Stretch);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::SeverityColumn, 70);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::AssetColumn, 170);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::SourceColumn, 180);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::CountColumn, 50);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::StateColumn, 150);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::ReceivedColumn, 80);
    m_ui->alertTable->setColumnWidth(AlertQueueModel::TriageColumn, 160);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_ui->showCombo->addItem(tr("Untriaged"), int(Show::Untriaged));
    m_ui->showCombo->addItem(tr("Dismissed"), int(Show::Dismissed));
    m_ui->showCombo->addItem(tr("In incidents"), int(Show::InIncidents));
    m_ui->showCombo->addItem(tr("All alerts"), int(Show::All));
    m_ui->severityCombo->addItem(tr("All severities"), 0);
    for (auto s : core::severities().values()) {
        m_ui->severityCombo->addItem(core::severities().label(s), core::toInt(s));
    }
    fillFilters();

    for (auto* combo : {m_ui->showCombo, m_ui->sourceCombo, m_ui->severityCombo, m_ui->assetCombo}) {
        combo->setFocusPolicy(Qt::ClickFocus); // the keys belong to the queue
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilters);
    }
    connect(m_ui->alertTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_ui->countLabel->setText(tr("%n alert(s)", nullptr, m_model->rowCount())); });
    connect(m_ui->promoteButton, &QPushButton::clicked, this, &AlertsPage::promoteCurrent);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &AlertsPage::mergeCurrent);
    connect(m_ui->falsePositiveButton, &QPushButton::clicked, this,
            [this] { dismissCurrent(core::AlertTriage::FalsePositive); });
    connect(m_ui->benignButton, &QPushButton::clicked, this, [this] { dismissCurrent(core::AlertTriage::Benign); });

    const auto key = [this](QKeySequence sequence, auto slot) {
        auto* shortcut = new QShortcut(sequence, m_ui->queueTab);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    key(QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    key(QKeySequence(Qt::Key_P), [this] { promoteCurrent(); });
    key(QKeySequence(Qt::Key_M), [this] { mergeCurrent(); });
    key(QKeySequence(Qt::Key_F), [this] { dismissCurrent(core::AlertTriage::FalsePositive); });
    key(QKeySequence(Qt::Key_B), [this] { dismissCurrent(core::AlertTriage::Benign); });

    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo->canRedo()) {
            showFeedback(tr("Taken back: %1.").arg(m_undo->redoText()));
        }
    });

    // Alerts arrive in bursts: reload at most every 250 ms, keeping the cursor's alert.
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, &AlertsPage::reloadNow);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_undo->clear();
        m_model->setDatabase(m_session.database());
        fillFilters();
        watchDatabase();
        reloadNow();
    });
    watchDatabase();
    reloadNow();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::showEvent(QShowEvent* event)
{
    m_undo->setActive(true);
    m_ui->alertTable->setFocus();
    QWidget::showEvent(event);
}

void AlertsPage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("alert_sources")) || tables.contains(QLatin1String("assets"))) {
            fillFilters();
        }
        if ((tables.contains(QLatin1String("alerts")) || tables.contains(QLatin1String("incidents"))) &&
            !m_reload.isActive()) {
            m_reload.start();
        }
    });
}

void AlertsPage::fillFilters()
{
    const QString source = m_ui->sourceCombo->currentData().toString();
    const QString asset = m_ui->assetCombo->currentData().toString();
    {
        const QSignalBlocker b1(m_ui->sourceCombo);
        const QSignalBlocker b2(m_ui->assetCombo);
        m_ui->sourceCombo->clear();
        m_ui->sourceCombo->addItem(tr("All sources"), QString());
        for (const auto& s : storage::AlertSourceRepository(m_session.database()).all()) {
            m_ui->sourceCombo->addItem(s.name, s.id);
        }
        m_ui->assetCombo->clear();
        m_ui->assetCombo->addItem(tr("All assets"), QString());
        for (const auto& a : storage::AssetRepository(m_session.database()).all()) {
            m_ui->assetCombo->addItem(a.businessCritical ? tr("%1 (critical)").arg(a.name) : a.name, a.id);
        }
        m_ui->sourceCombo->setCurrentIndex(std::max(0, m_ui->sourceCombo->findData(source)));
        m_ui->assetCombo->setCurrentIndex(std::max(0, m_ui->assetCombo->findData(asset)));
    }
}

void AlertsPage::applyFilters()
{
    storage::AlertFilter f;
    switch (static_cast<Show>(m_ui->showCombo->currentData().toInt())) {
    case Show::Untriaged:
        f.triages = {core::AlertTriage::Untriaged};
        break;
    case Show::Dismissed:
        f.triages = {core::AlertTriage::FalsePositive, core::AlertTriage::Benign};
        break;
    case Show::InIncidents:
        f.triages = {core::AlertTriage::Promoted, core::AlertTriage::Merged};
        break;
    case Show::All:
        break;
    }
    if (const QString s = m_ui->sourceCombo->currentData().toString(); !s.isEmpty()) {
        f.sourceIds = {s};
    }
    if (const int sev = m_ui->severityCombo->currentData().toInt(); sev > 0) {
        f.severities = {*core::severityFromInt(sev)};
    }
    f.assetId = m_ui->assetCombo->currentData().toString();
    m_model->setFilter(f);
    selectRow(0);
}

void AlertsPage::reloadNow()
{
    m_reload.stop();
    const auto current = currentAlert();
    const int oldRow = m_ui->alertTable->currentIndex().row();
    m_model->reload();
    int row = current ? m_model->rowOf(current->id) : -1;
    if (row < 0) {
        row = std::min(std::max(oldRow, 0), m_model->rowCount() - 1); // the next one moves up
    }
    selectRow(row);
}

void AlertsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->alertTable->setCurrentIndex(QModelIndex());
        showDetails();
        updateActions();
        return;
    }
    m_ui->alertTable->setCurrentIndex(m_model->index(row, AlertQueueModel::TitleColumn));
    m_ui->alertTable->scrollTo(m_model->index(row, 0));
}

std::optional<core::Alert> AlertsPage::currentAlert() const
{
    const int row = m_ui->alertTable->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->alertAt(row);
}

void AlertsPage::moveBy(int delta)
{
    const int row = m_ui->alertTable->currentIndex().row();
    selectRow(std::clamp(row + delta, 0, m_model->rowCount() - 1));
}

void AlertsPage::updateActions()
{
    const auto a = currentAlert();
    const bool open = a && a->triage == core::AlertTriage::Untriaged;
    for (auto* b : {m_ui->promoteButton, m_ui->mergeButton, m_ui->falsePositiveButton, m_ui->benignButton}) {
        b->setEnabled(open);
    }
}

void AlertsPage::showDetails()
{
    const auto a = currentAlert();
    if (!a) {
        m_ui->detailsBrowser->setHtml(m_model->filter().triages ==
                                              QList<core::AlertTriage>{core::AlertTriage::Untriaged}
                                          ? tr("<p>No alert waits for triage.</p>")
                                          : tr("<p>No alerts match the filters.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(a->title.toHtmlEscaped());
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    html += QStringLiteral("<table>");
    row(tr("Severity"), a->severityText.isEmpty()
                            ? core::severities().label(a->severity)
                            : tr("%1 (source says \"%2\")")
                                  .arg(core::severities().label(a->severity), a->severityText.toHtmlEscaped()));
    row(tr("Source"), a->rule.isEmpty()
                          ? a->sourceName.toHtmlEscaped()
                          : tr("%1, rule %2").arg(a->sourceName.toHtmlEscaped(), a->rule.toHtmlEscaped()));
    row(tr("Alert time"), a->sourceTime ? timeText(*a->sourceTime) : tr("not given by the source"));
    row(tr("Received"),
        tr("%1 (waiting %2)").arg(timeText(a->receivedAt), formatDuration(m_clock.nowMs() - a->receivedAt)));
    row(tr("Seen"), tr("%n time(s), last %1", nullptr, a->occurrences).arg(timeText(a->lastSeenAt)));
    QString state = core::alertStates().label(a->state);
    if (a->state == core::AlertState::Resolved && a->resolvedAt) {
        state = tr("Resolved by the source at %1 (the incident, if any, stays as it is)").arg(timeText(*a->resolvedAt));
    } else if (a->acknowledgedAt) {
        state = tr("%1, acknowledged at the source at %2").arg(state, timeText(*a->acknowledgedAt));
    }
    row(tr("At source"), state);
    if (a->assetNames.isEmpty()) {
        row(tr("Assets"), tr("none matched in the inventory"));
    } else {
        row(tr("Assets"), a->businessCritical
                              ? tr("<span style='color:#c0392b'><b>%1 — business-critical: an incident starts at %2"
                                   "</b></span>")
                                    .arg(a->assetNames.join(QStringLiteral(", ")).toHtmlEscaped(),
                                         core::tiers().label(a->minimumTier))
                              : a->assetNames.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (a->triage != core::AlertTriage::Untriaged) {
        QString decision = core::alertTriages().label(a->triage);
        if (!a->incidentReference.isEmpty()) {
            decision = tr("%1 %2").arg(decision, a->incidentReference);
        }
        if (!a->triageNote.isEmpty()) {
            decision = tr("%1: %2").arg(decision, a->triageNote.toHtmlEscaped());
        }
        row(tr("Decision"),
            tr("%1 (by %2, %3)")
                .arg(decision, a->triagedBy.toHtmlEscaped(), a->triagedAt ? timeText(*a->triagedAt) : QString()));
    }
    if (!a->groupKey.isEmpty()) {
        row(tr("Group"), a->groupKey.toHtmlEscaped());
    }
    row(tr("Dedup key"), a->dedupKey.toHtmlEscaped());
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Labels"));
    for (auto it = a->labels.begin(); it != a->labels.end(); ++it) {
        row(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
    }
    html += QStringLiteral("</table><h4>%1</h4><pre>%2</pre>")
                .arg(tr("Latest payload"),
                     QString::fromUtf8(QJsonDocument::fromJson(a->raw.toUtf8()).toJson(QJsonDocument::Indented))
                         .toHtmlEscaped());
    m_ui->detailsBrowser->setHtml(html);
}

void AlertsPage::showFeedback(const QString& text)
{
    m_ui->feedbackLabel->setText(text);
}

void AlertsPage::showError(const QString& text)
{
    QMessageBox::warning(this, tr("Alert"), text);
}

void AlertsPage::promoteCurrent()
{
    const auto a = currentAlert();
    if (!a || a->triage != core::AlertTriage::Untriaged) {
        return;
    }
    QStringList labels;
    const auto values = core::categories().values();
    for (auto c : values) {
        labels.append(core::categories().label(c));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Promote to Incident"),
                              tr("Open an incident from \"%1\".\nIts detection time is the alert's own time. Category:")
                                  .arg(a->title.left(120)),
                              labels, int(values.indexOf(core::Category::Other)), false, &ok);
    m_ui->alertTable->setFocus();
    if (!ok) {
        return;
    }
    try {
        const auto incident = storage::AlertTriageService(m_session.database(), m_clock)
                                  .promote(a->id, m_session.actor(), values.at(labels.indexOf(chosen)));
        showFeedback(tr("Opened %1 at %2.").arg(incident.reference, core::tiers().label(incident.tier)));
        reloadNow();
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

void AlertsPage::mergeCurrent()
{
    const auto a = currentAlert();
    if (!a || a->triage != core::AlertTriage::Untriaged) {
        return;
    }
    storage::AlertTriageService service(m_session.database(), m_clock);
    MergeAlertDialog dialog(*a, service.mergeTargets(), this);
    const int result = dialog.exec();
    m_ui->alertTable->setFocus();
    if (result != QDialog::Accepted || dialog.incidentId().isEmpty()) {
        return;
    }
    try {
        const auto incident = service.merge(a->id, dialog.incidentId(), m_session.actor());
        showFeedback(tr("Added to %1.").arg(incident.reference));
        reloadNow();
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

void AlertsPage::dismissCurrent(core::AlertTriage as)
{
    const auto a = currentAlert();
    if (!a || a->triage != core::AlertTriage::Untriaged) {
        return;
    }
    DismissAlertDialog dialog(*a, as, this);
    const int result = dialog.exec();
    m_ui->alertTable->setFocus();
    if (result != QDialog::Accepted) {
        return;
    }
    try {
        const auto dismissed = storage::AlertTriageService(m_session.database(), m_clock)
                                   .dismiss(a->id, dialog.dismissAs(), dialog.reason(), m_session.actor());
        m_undo->push(new DismissCommand(m_session, dismissed));
        showFeedback(tr("Dismissed as %1 (Ctrl+Z takes it back).").arg(core::alertTriages().label(dismissed.triage)));
        reloadNow();
    } catch (const core::Error& e) {
        showError(e.message());
    }
}

} // namespace muster::gui
