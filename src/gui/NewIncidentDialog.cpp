#include "gui/NewIncidentDialog.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/IncidentRules.h"
#include "gui/AttackTechniqueEdit.h"
#include "gui/Session.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"

#include "ui_NewIncidentDialog.h"

#include <QDateTime>
#include <QPushButton>

namespace muster::gui {

NewIncidentDialog::NewIncidentDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::NewIncidentDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Open Incident"));
    // Word-wrapped labels size themselves well only as rows of the form itself.
    const auto moveBelow = [this](QLayout* field, QLabel* label) {
        field->removeWidget(label);
        int row = 0;
        QFormLayout::ItemRole role{};
        m_ui->formLayout->getLayoutPosition(field, &row, &role);
        m_ui->formLayout->insertRow(row + 1, QString(), label);
    };
    moveBelow(m_ui->titleLayout, m_ui->titleError);
    moveBelow(m_ui->severityLayout, m_ui->severityDefinitionLabel);
    moveBelow(m_ui->detectedLayout, m_ui->detectedError);
    moveBelow(m_ui->attackLayout, m_ui->attackError);
    // ATT&CK ids with completion and a picker (F4) that flags unknown or revoked ids.
    AttackTechniqueEdit::replace(m_ui->attackEdit, session);
    QPalette muted = m_ui->severityDefinitionLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_ui->severityDefinitionLabel->setPalette(muted);

    for (auto s : core::severities().values()) {
        m_ui->severityCombo->addItem(core::severities().label(s), core::toInt(s));
    }
    m_ui->severityCombo->setCurrentIndex(2);
    for (auto c : core::categories().values()) {
        m_ui->categoryCombo->addItem(core::categories().label(c), core::categories().key(c));
    }
    for (auto t : core::tiers().values()) {
        m_ui->tierCombo->addItem(core::tiers().label(t), core::toInt(t));
        m_ui->tierCombo->setItemData(m_ui->tierCombo->count() - 1, core::tierDescription(t), Qt::ToolTipRole);
    }
    for (auto s : core::detectionSources().values()) {
        m_ui->sourceCombo->addItem(core::detectionSources().label(s), core::detectionSources().key(s));
    }
    m_ui->detectedEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->detectedEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_ui->detectedEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    const storage::PeopleRepository people(session.database());
    m_ui->commanderCombo->addItem(tr("(not yet assigned)"), QString());
    const QString me = session.actor().personId;
    for (const auto& p : people.all()) {
        const bool responder =
            p.function == core::PersonFunction::SecurityOperations || p.function == core::PersonFunction::ItOperations;
        if (responder) {
            m_ui->commanderCombo->addItem(p.title.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.title), p.id);
        }
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(p.name, core::personFunctions().label(p.function)),
                                         m_ui->assigneesList);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(Qt::Unchecked);
        if (!responder) {
            item->setHidden(true); // stakeholders join through roles and tasks, not as assignees
        }
    }
    m_ui->commanderCombo->setCurrentIndex(std::max(0, m_ui->commanderCombo->findData(me)));
    for (const auto& a : storage::AssetRepository(session.database()).all()) {
        QString label =
            tr("%1 (%2)").arg(a.name, a.identifier.isEmpty() ? core::assetKinds().label(a.kind) : a.identifier);
        if (a.businessCritical) {
            label = tr("%1 — business-critical").arg(label);
        }
        auto* item = new QListWidgetItem(label, m_ui->assetsList);
        item->setData(Qt::UserRole, a.id);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(
            tr("Sensitivity: %1, risk score %2").arg(core::sensitivities().label(a.sensitivity)).arg(a.riskScore));
    }

    for (QLabel* label : {m_ui->titleError, m_ui->detectedError, m_ui->attackError, m_ui->generalError}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        label->setPalette(p);
    }
    clearErrors();
    updateSeverityHelp();
    updateDetectedReason();
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::updateSeverityHelp);
    connect(m_ui->detectedEdit, &QDateTimeEdit::dateTimeChanged, this, &NewIncidentDialog::updateDetectedReason);
    connect(m_ui->assetFilterEdit, &QLineEdit::textChanged, this, &NewIncidentDialog::filterAssets);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewIncidentDialog::accept);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Insider matters are confidential by default.
        const auto category = core::categories().fromKey(m_ui->categoryCombo->currentData().toString());
        if (category == core::Category::Insider) {
            m_ui->confidentialCheck->setChecked(true);
        }
    });
    m_ui->titleEdit->setFocus();
}

NewIncidentDialog::~NewIncidentDialog() = default;

void NewIncidentDialog::updateSeverityHelp()
{
    const auto s = core::severityFromInt(m_ui->severityCombo->currentData().toInt());
    m_ui->severityDefinitionLabel->setText(s ? core::severityDefinition(*s) : QString());
}

void NewIncidentDialog::updateDetectedReason()
{
    const bool earlier = m_ui->detectedEdit->dateTime() < QDateTime::currentDateTime().addSecs(-60);
    m_ui->detectedReasonEdit->setVisible(earlier);
}

void NewIncidentDialog::filterAssets(const QString& text)
{
    for (int i = 0; i < m_ui->assetsList->count(); ++i) {
        QListWidgetItem* item = m_ui->assetsList->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void NewIncidentDialog::clearErrors()
{
    for (QLabel* label : {m_ui->titleError, m_ui->detectedError, m_ui->attackError, m_ui->generalError}) {
        label->clear();
        label->hide();
    }
}

void NewIncidentDialog::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
}

void NewIncidentDialog::accept()
{
    clearErrors();
    core::Incident incident;
    incident.title = m_ui->titleEdit->text();
    incident.summary = m_ui->summaryEdit->toPlainText().trimmed();
    incident.severity = *core::severityFromInt(m_ui->severityCombo->currentData().toInt());
    incident.category = *core::categories().fromKey(m_ui->categoryCombo->currentData().toString());
    incident.tier = *core::tierFromInt(m_ui->tierCombo->currentData().toInt());
    incident.detectionSource = *core::detectionSources().fromKey(m_ui->sourceCombo->currentData().toString());
    incident.detectionDetail = m_ui->detailEdit->text().trimmed();
    incident.commanderId = m_ui->commanderCombo->currentData().toString();
    incident.exercise = m_ui->exerciseCheck->isChecked();
    incident.confidential = m_ui->confidentialCheck->isChecked();
    for (int i = 0; i < m_ui->assigneesList->count(); ++i) {
        if (m_ui->assigneesList->item(i)->checkState() == Qt::Checked) {
            incident.assigneeIds.append(m_ui->assigneesList->item(i)->data(Qt::UserRole).toString());
        }
    }
    QStringList assetIds;
    for (int i = 0; i < m_ui->assetsList->count(); ++i) {
        if (m_ui->assetsList->item(i)->checkState() == Qt::Checked) {
            assetIds.append(m_ui->assetsList->item(i)->data(Qt::UserRole).toString());
        }
    }

    bool ok = true;
    try {
        core::IncidentRules::validateTitle(incident.title);
    } catch (const core::Error& e) {
        showError(m_ui->titleError, e.message());
        ok = false;
    }
    QString attackError;
    if (const auto ids = core::parseAttackIds(m_ui->attackEdit->text(), &attackError)) {
        incident.attackIds = *ids;
    } else {
        showError(m_ui->attackError, attackError);
        ok = false;
    }
    const QDateTime detected = m_ui->detectedEdit->dateTime();
    QString reason;
    if (detected < QDateTime::currentDateTime().addSecs(-60)) {
        incident.detectedAt = detected.toMSecsSinceEpoch();
        reason = m_ui->detectedReasonEdit->text().trimmed();
        if (reason.isEmpty()) {
            showError(m_ui->detectedError, tr("Say why the detection time is earlier than now."));
            ok = false;
        }
    }
    if (!ok) {
        return;
    }
    try {
        const auto created =
            storage::IncidentService(m_session.database()).create(incident, assetIds, m_session.actor(), reason);
        m_createdId = created.id;
        QDialog::accept();
    } catch (const core::Error& e) {
        showError(m_ui->generalError, e.message());
    }
}

} // namespace muster::gui
