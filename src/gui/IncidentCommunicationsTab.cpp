#include "gui/IncidentCommunicationsTab.h"

#include "core/ApprovalRules.h"
#include "core/Clock.h"
#include "core/DeadlineRules.h"
#include "core/Duration.h"
#include "core/TemplateLibrary.h"
#include "gui/CommunicationModel.h"
#include "gui/DatabaseWatcher.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"
#include "net/CommunicationSending.h"
#include "net/WebhookSender.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"

#include "ui_IncidentCommunicationsTab.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace muster::gui {

IncidentCommunicationsTab::IncidentCommunicationsTab(Session& session, const QString& incidentId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_ui(std::make_unique<Ui::IncidentCommunicationsTab>())
    , m_model(new CommunicationModel(this))
    , m_sender(new net::WebhookSender(this))
    , m_cadenceTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->communicationsTable->setModel(m_model);
    m_ui->communicationsTable->verticalHeader()->hide();
    m_ui->communicationsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->communicationsTable->setColumnWidth(CommunicationModel::SubjectColumn, 210);
    m_ui->communicationsTable->setColumnWidth(CommunicationModel::AudienceColumn, 100);
    m_ui->communicationsTable->setColumnHidden(CommunicationModel::ChannelColumn, true);
    m_ui->communicationsTable->setColumnHidden(CommunicationModel::VersionColumn, true);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({520, 640});
    m_ui->cadenceLabel->setAutoFillBackground(true);

    for (const auto& t : core::TemplateLibrary::builtIn().templates()) {
        m_ui->templateCombo->addItem(tr("%1 (%2)").arg(t.name, core::audiences().label(t.audience)), t.id);
    }
    auto* approveMenu = new QMenu(this);
    for (const auto r : core::approvalRoles().values()) {
        approveMenu->addAction(tr("Approve for %1").arg(core::approvalRoles().label(r)), this,
                               [this, r] { approve(r); });
    }
    m_ui->approveButton->setMenu(approveMenu);
    auto* sendMenu = new QMenu(this);
    sendMenu->addAction(tr("Post to the Chat &Webhook"), this, &IncidentCommunicationsTab::sendWebhook);
    sendMenu->addAction(tr("Save as &E-mail (.eml)…"), this, &IncidentCommunicationsTab::exportEmail);
    sendMenu->addAction(tr("&Record as Sent Elsewhere…"), this, &IncidentCommunicationsTab::recordManual);
    m_ui->sendButton->setMenu(sendMenu);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->saveButton->setToolTip(tr("Save the text as a new version (Ctrl+S); approvals of earlier versions no longer "
                                    "apply"));

    connect(m_ui->newButton, &QPushButton::clicked, this, &IncidentCommunicationsTab::newDraft);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &IncidentCommunicationsTab::save);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &IncidentCommunicationsTab::submitForReview);
    connect(m_ui->communicationsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentCommunicationsTab::showCurrent);
    connect(m_ui->versionCombo, &QComboBox::activated, this, &IncidentCommunicationsTab::showVersion);
    connect(m_cadenceTimer, &QTimer::timeout, this, &IncidentCommunicationsTab::updateCadence);
    m_cadenceTimer->start(30'000);

    new DatabaseWatcher(
        session,
        {QStringLiteral("communications"), QStringLiteral("approvals"), QStringLiteral("incident_roles"),
         QStringLiteral("incidents"), QStringLiteral("settings")},
        [this] { reload(); }, this);
    reload();
    if (m_model->rowCount() > 0) {
        m_ui->communicationsTable->selectRow(m_model->rowCount() - 1);
    }
}

IncidentCommunicationsTab::~IncidentCommunicationsTab() = default;

QString IncidentCommunicationsTab::currentId() const
{
    const QModelIndex i = m_ui->communicationsTable->currentIndex();
    return i.isValid() ? i.data(CommunicationModel::IdRole).toString() : QString();
}

void IncidentCommunicationsTab::reload()
{
    const QString selected = currentId();
    storage::CommunicationService service(m_session.database());
    QList<core::Communication> list;
    try {
        list = service.ofIncident(m_incidentId);
    } catch (const core::Error&) {
        setEnabled(false);
        return;
    }
    QHash<QString, QList<core::ApprovalRole>> missing;
    for (const auto& c : list) {
        missing.insert(c.id, service.missingApprovals(c));
    }
    m_model->setCommunications(list, missing);
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0) {
        m_ui->communicationsTable->selectRow(m_model->rowOf(selected));
    }
    showCurrent();
    updateCadence();
}

bool IncidentCommunicationsTab::selectCommunication(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_ui->communicationsTable->selectRow(row);
    }
    return row >= 0;
}

void IncidentCommunicationsTab::updateCadence()
{
    storage::CommunicationService::Cadence cadence;
    try {
        cadence = storage::CommunicationService(m_session.database()).cadence(m_incidentId);
    } catch (const core::Error&) {
        return;
    }
    if (!cadence.nextDue) {
        m_ui->cadenceLabel->setVisible(false);
        return;
    }
    const qint64 now = core::SystemClock::instance().nowMs();
    const QString every = core::Duration::format(qint64(cadence.intervalMinutes) * 60'000);
    const QString last = cadence.lastUpdate ? tr("last sent %1").arg(WorkflowFormat::localTime(*cadence.lastUpdate))
                                            : tr("none sent yet");
    m_ui->cadenceLabel->setText(*cadence.nextDue < now
                                    ? tr("<b>Status update overdue</b> by %1 — updates every %2 at this severity; %3.")
                                          .arg(core::DeadlineRules::span(now - *cadence.nextDue), every, last)
                                    : tr("Next status update due %1 (%2) — every %3 at this severity; %4.")
                                          .arg(WorkflowFormat::localTime(*cadence.nextDue),
                                               core::DeadlineRules::countdown(*cadence.nextDue, now), every, last));
    QPalette p = m_ui->cadenceLabel->palette();
    p.setColor(QPalette::Window, *cadence.nextDue < now ? Theme::warningBackground() : palette().color(QPalette::Base));
    m_ui->cadenceLabel->setPalette(p);
    m_ui->cadenceLabel->setVisible(true);
}

void IncidentCommunicationsTab::showCurrent()
{
    const int row = m_model->rowOf(currentId());
    const bool have = row >= 0;
    m_ui->editorPanel->setEnabled(have);
    m_ui->versionCombo->clear();
    if (!have) {
        m_ui->audienceLabel->clear();
        m_ui->subjectEdit->clear();
        m_ui->bodyEdit->setPlainText(QString());
        m_ui->recipientsEdit->clear();
        m_ui->statusLabel->setText(tr("Choose a template and press New Draft, or select a communication."));
        return;
    }
    const core::Communication& c = m_model->communicationAt(row);
    const auto versions = storage::CommunicationService(m_session.database()).versions(c.id);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        m_ui->versionCombo->addItem(
            it->version == c.version
                ? tr("%1 (current), %2, %3")
                      .arg(it->version)
                      .arg(it->authorName, WorkflowFormat::localTime(it->createdAt))
                : tr("%1, %2, %3").arg(it->version).arg(it->authorName, WorkflowFormat::localTime(it->createdAt)),
            it->version);
    }
    // A reload (someone else's change) must not throw away what the user is typing.
    const bool editing = c.id == m_shownId && c.status != core::CommunicationStatus::Sent &&
                         (m_ui->subjectEdit->isModified() || m_ui->bodyEdit->document()->isModified() ||
                          m_ui->recipientsEdit->isModified());
    m_shownId = c.id;
    m_ui->audienceLabel->setText(core::isExternal(c.audience)
                                     ? tr("%1 — outside the organisation: Legal approves the exact text")
                                           .arg(core::audiences().label(c.audience))
                                     : core::audiences().label(c.audience));
    if (!editing) {
        m_ui->recipientsEdit->setText(c.recipients);
        m_ui->subjectEdit->setText(c.subject);
        m_ui->bodyEdit->setPlainText(c.body);
        m_ui->recipientsEdit->setModified(false);
        m_ui->subjectEdit->setModified(false);
        m_ui->bodyEdit->document()->setModified(false);
    }
    const bool sent = c.status == core::CommunicationStatus::Sent;
    m_ui->subjectEdit->setReadOnly(sent);
    m_ui->bodyEdit->setReadOnly(sent);
    m_ui->recipientsEdit->setReadOnly(sent);

    const auto missing = m_model->missingApprovals(c.id);
    QStringList status;
    if (sent) {
        status.append(tr("Sent %1 by %2 via %3.")
                          .arg(c.sentAt ? WorkflowFormat::localTime(*c.sentAt) : QString(), c.sentBy, c.sentVia));
    } else {
        status.append(tr("%1, version %2.").arg(core::communicationStatuses().label(c.status)).arg(c.version));
        QStringList have;
        for (const auto& a : storage::CommunicationService(m_session.database()).approvals(c.id)) {
            if (a.version == c.version) {
                have.append(tr("%1 by %2").arg(core::approvalRoles().label(a.role), a.personName));
            }
        }
        if (!have.isEmpty()) {
            status.append(tr("Approved: %1.").arg(have.join(QStringLiteral(", "))));
        }
        if (!missing.isEmpty()) {
            status.append(
                tr("Needs approval by %1 before it can be sent.").arg(core::ApprovalRules::describe(missing)));
        }
        const auto fillIns = core::TemplateLibrary::fillIns(c.subject + QLatin1Char('\n') + c.body);
        if (!fillIns.isEmpty()) {
            status.append(tr("Fill in %1 before review.").arg(fillIns.join(QStringLiteral(", "))));
        }
    }
    m_ui->statusLabel->setText(status.join(QLatin1Char(' ')));
    m_ui->saveButton->setEnabled(!sent);
    m_ui->reviewButton->setEnabled(c.status == core::CommunicationStatus::Draft);
    m_ui->approveButton->setEnabled(!sent && !missing.isEmpty());
    m_ui->sendButton->setEnabled(c.status == core::CommunicationStatus::Approved && !m_sender->isBusy());
}

void IncidentCommunicationsTab::showVersion()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        return;
    }
    const core::Communication& c = m_model->communicationAt(row);
    const int version = m_ui->versionCombo->currentData().toInt();
    for (const auto& v : storage::CommunicationService(m_session.database()).versions(c.id)) {
        if (v.version == version) {
            m_ui->subjectEdit->setText(v.subject);
            m_ui->bodyEdit->setPlainText(v.body);
        }
    }
    const bool old = version != c.version || c.status == core::CommunicationStatus::Sent;
    m_ui->subjectEdit->setReadOnly(old);
    m_ui->bodyEdit->setReadOnly(old);
    m_ui->saveButton->setEnabled(!old);
}

void IncidentCommunicationsTab::newDraft()
{
    try {
        const auto c =
            storage::CommunicationService(m_session.database())
                .draftFromTemplate(m_incidentId, m_ui->templateCombo->currentData().toString(), m_session.actor());
        reload();
        selectCommunication(c.id);
        m_ui->bodyEdit->setFocus();
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("New Draft"), e);
    }
}

bool IncidentCommunicationsTab::saveIfEdited()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        return false;
    }
    const core::Communication& c = m_model->communicationAt(row);
    if (c.subject == m_ui->subjectEdit->text().trimmed() && c.body == m_ui->bodyEdit->toPlainText() &&
        c.recipients == m_ui->recipientsEdit->text().trimmed()) {
        return true;
    }
    try {
        const QString subject = m_ui->subjectEdit->text();
        const QString body = m_ui->bodyEdit->toPlainText();
        const QString recipients = m_ui->recipientsEdit->text();
        m_ui->subjectEdit->setModified(false);
        m_ui->bodyEdit->document()->setModified(false);
        m_ui->recipientsEdit->setModified(false);
        storage::CommunicationService(m_session.database()).edit(c.id, subject, body, recipients, m_session.actor());
        return true;
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Save"), e);
        return false;
    }
}

void IncidentCommunicationsTab::save()
{
    saveIfEdited();
}

void IncidentCommunicationsTab::submitForReview()
{
    if (!saveIfEdited()) {
        return;
    }
    try {
        storage::CommunicationService(m_session.database()).submitForReview(currentId(), m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Submit for Review"), e);
    }
}

void IncidentCommunicationsTab::approve(core::ApprovalRole role)
{
    if (!saveIfEdited()) {
        return;
    }
    try {
        storage::CommunicationService(m_session.database()).approve(currentId(), role, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Approve"), e);
    }
}

void IncidentCommunicationsTab::sendWebhook()
{
    core::Communication c;
    try {
        c = storage::CommunicationService(m_session.database()).checkSendable(currentId());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Send"), e);
        return;
    }
    const auto target = net::CommunicationSending::webhookTarget(m_session.database());
    if (target.url.isEmpty()) {
        QMessageBox::information(this, tr("Send"),
                                 tr("No chat webhook is set up. Add its address under Settings > Workflows."));
        return;
    }
    auto* progress =
        new QProgressDialog(tr("Posting \"%1\" to %2…").arg(c.subject, target.options.name), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_sender, &net::WebhookSender::cancel);
    connect(m_sender, &net::WebhookSender::retrying, progress, [progress](int attempt, const QString& reason) {
        progress->setLabelText(tr("Attempt %1 (the last one failed: %2)…").arg(attempt).arg(reason));
    });
    const QString id = c.id;
    const int version = c.version;
    connect(
        m_sender, &net::WebhookSender::finished, this,
        [this, progress, id, version, target](const net::WebhookSender::Result& r) {
            disconnect(m_sender, nullptr, progress, nullptr);
            progress->close();
            if (!r.ok) {
                QMessageBox::warning(this, tr("Send"), r.error);
                return;
            }
            try {
                storage::CommunicationService(m_session.database())
                    .markSent(id, version, net::CommunicationSending::webhookVia(target), m_session.actor());
            } catch (const core::Error& e) {
                WorkflowFormat::showError(this, tr("Send"), e);
            }
        },
        Qt::SingleShotConnection);
    m_sender->send(target.url, net::WebhookSender::payload(c.subject, c.body), target.options);
    showCurrent();
}

void IncidentCommunicationsTab::exportEmail()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        return;
    }
    const core::Communication c = m_model->communicationAt(row);
    QString name = c.subject;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save E-mail"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("%1 %2.eml").arg(c.incidentReference, name.left(60))),
                                     tr("E-mail messages (*.eml)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        net::CommunicationSending::exportEmail(m_session.database(), c.id, path, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Save E-mail"), e);
    }
}

void IncidentCommunicationsTab::recordManual()
{
    bool ok = false;
    const QString how = QInputDialog::getText(this, tr("Record as Sent"),
                                              tr("How was it sent (for example: the regulator's online portal)?"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    try {
        net::CommunicationSending::recordManual(m_session.database(), currentId(), how, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Record as Sent"), e);
    }
}

} // namespace muster::gui
