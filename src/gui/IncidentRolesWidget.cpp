#include "gui/IncidentRolesWidget.h"

#include "core/WorkflowEnums.h"
#include "gui/DatabaseWatcher.h"
#include "gui/Session.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/WorkflowService.h"

#include "ui_AssignRoleDialog.h"
#include "ui_IncidentRolesWidget.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPalette>

namespace muster::gui {

namespace {
constexpr int kRoleData = Qt::UserRole + 1;
constexpr int kHolderData = Qt::UserRole + 2; // the holder's name; empty when vacant
} // namespace

IncidentRolesWidget::IncidentRolesWidget(Session& session, const QString& incidentId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_ui(std::make_unique<Ui::IncidentRolesWidget>())
{
    m_ui->setupUi(this);
    m_ui->rolesTable->setColumnCount(3);
    m_ui->rolesTable->setHorizontalHeaderLabels({tr("Role"), tr("Held by"), tr("Since")});
    m_ui->rolesTable->verticalHeader()->hide();
    m_ui->rolesTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // All seven roles in view without scrolling.
    m_ui->rolesTable->setMinimumHeight(8 * (fontMetrics().height() + 10) + 6);
    m_ui->rolesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->rolesTable->setColumnWidth(0, 170);
    m_ui->rolesTable->setColumnWidth(1, 190);
    m_ui->accessHintLabel->setText(
        tr("Only the people on this list, and everyone in the Legal and HR functions, see this incident."));
    connect(m_ui->assignButton, &QPushButton::clicked, this, &IncidentRolesWidget::assignSelected);
    connect(m_ui->rolesTable, &QTableWidget::cellDoubleClicked, this, &IncidentRolesWidget::assignSelected);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &IncidentRolesWidget::releaseSelected);
    connect(m_ui->grantButton, &QPushButton::clicked, this, &IncidentRolesWidget::grantAccess);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &IncidentRolesWidget::revokeAccess);
    connect(m_ui->rolesTable, &QTableWidget::itemSelectionChanged, this, &IncidentRolesWidget::updateButtons);
    connect(m_ui->accessList, &QListWidget::itemSelectionChanged, this, &IncidentRolesWidget::updateButtons);
    new DatabaseWatcher(
        session,
        {QStringLiteral("incident_roles"), QStringLiteral("incident_access"), QStringLiteral("incidents"),
         QStringLiteral("people")},
        [this] { reload(); }, this);
    reload();
    m_ui->rolesTable->selectRow(0);
}

IncidentRolesWidget::~IncidentRolesWidget() = default;

void IncidentRolesWidget::reload()
{
    storage::WorkflowService service(m_session.database());
    const int selected = m_ui->rolesTable->currentRow();
    QList<core::RoleAssignment> current;
    QList<core::RoleAssignment> history;
    core::Incident incident;
    try {
        incident = storage::IncidentService(m_session.database()).get(m_incidentId);
        current = service.roles(m_incidentId);
        history = service.roleHistory(m_incidentId);
    } catch (const core::Error&) {
        setEnabled(false);
        return;
    }
    const auto roles = core::incidentRoles().values();
    m_ui->rolesTable->setRowCount(int(roles.size()));
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < roles.size(); ++row) {
        const core::IncidentRole role = roles.at(row);
        auto* roleItem = new QTableWidgetItem(core::incidentRoles().label(role));
        roleItem->setData(kRoleData, int(role));
        const auto it = std::find_if(current.begin(), current.end(), [&](const auto& a) { return a.role == role; });
        roleItem->setData(kHolderData, it != current.end() ? it->personName : QString());
        auto* holder = new QTableWidgetItem(it != current.end() ? it->personName : tr("vacant"));
        auto* since = new QTableWidgetItem(it != current.end() ? WorkflowFormat::localTime(it->assumedAt) : QString());
        if (it == current.end()) {
            holder->setForeground(muted);
        } else {
            since->setToolTip(WorkflowFormat::fullTime(it->assumedAt));
        }
        QStringList past;
        for (const auto& h : history) {
            if (h.role == role && h.handedOverAt) {
                past.append(tr("%1: %2 – %3")
                                .arg(h.personName, WorkflowFormat::localTime(h.assumedAt),
                                     WorkflowFormat::localTime(*h.handedOverAt)));
            }
        }
        if (!past.isEmpty()) {
            holder->setToolTip(tr("Earlier holders:\n%1").arg(past.join(QLatin1Char('\n'))));
        }
        m_ui->rolesTable->setItem(row, 0, roleItem);
        m_ui->rolesTable->setItem(row, 1, holder);
        m_ui->rolesTable->setItem(row, 2, since);
    }
    if (selected >= 0) {
        m_ui->rolesTable->selectRow(selected);
    }

    m_ui->accessGroup->setVisible(incident.confidential);
    m_ui->accessList->clear();
    m_ui->personCombo->clear();
    if (incident.confidential) {
        const QStringList access = service.accessList(m_incidentId);
        for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
            if (access.contains(p.id)) {
                auto* item = new QListWidgetItem(tr("%1 — %2").arg(p.name, core::personFunctions().label(p.function)),
                                                 m_ui->accessList);
                item->setData(Qt::UserRole, p.id);
            } else {
                m_ui->personCombo->addItem(p.name, p.id);
            }
        }
    }
    updateButtons();
}

void IncidentRolesWidget::updateButtons()
{
    const int row = m_ui->rolesTable->currentRow();
    const bool held = row >= 0 && m_ui->rolesTable->item(row, 0) &&
                      !m_ui->rolesTable->item(row, 0)->data(kHolderData).toString().isEmpty();
    m_ui->assignButton->setEnabled(row >= 0);
    m_ui->releaseButton->setEnabled(held);
    m_ui->revokeButton->setEnabled(m_ui->accessList->currentItem() != nullptr);
    m_ui->grantButton->setEnabled(m_ui->personCombo->count() > 0);
}

void IncidentRolesWidget::assignSelected()
{
    const int row = m_ui->rolesTable->currentRow();
    if (row < 0) {
        return;
    }
    const auto role = static_cast<core::IncidentRole>(m_ui->rolesTable->item(row, 0)->data(kRoleData).toInt());
    QDialog dialog(this);
    Ui::AssignRoleDialog form;
    form.setupUi(&dialog);
    const QString holder = m_ui->rolesTable->item(row, 0)->data(kHolderData).toString();
    dialog.setWindowTitle(tr("%1 — Assign or Hand Over").arg(core::incidentRoles().label(role)));
    form.currentLabel->setText(holder.isEmpty() ? tr("Nobody holds the role %1.").arg(core::incidentRoles().label(role))
                                                : tr("%1 holds the role %2. The handover is recorded with its time.")
                                                      .arg(holder, core::incidentRoles().label(role)));
    for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
        if (p.name != holder) {
            form.personCombo->addItem(tr("%1 — %2").arg(p.name, core::personFunctions().label(p.function)), p.id);
        }
    }
    const QDateTime now = QDateTime::currentDateTime();
    form.atEdit->setDateTime(now);
    form.atEdit->setMaximumDateTime(now.addSecs(60));
    if (dialog.exec() != QDialog::Accepted || form.personCombo->currentIndex() < 0) {
        return;
    }
    const qint64 at = form.atEdit->dateTime().toMSecsSinceEpoch();
    try {
        storage::WorkflowService(m_session.database())
            .assignRole(m_incidentId, role, form.personCombo->currentData().toString(), m_session.actor(),
                        std::abs(at - now.toMSecsSinceEpoch()) < 60'000 ? std::nullopt : std::optional<qint64>(at));
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Assign Role"), e);
    }
}

void IncidentRolesWidget::releaseSelected()
{
    const int row = m_ui->rolesTable->currentRow();
    if (row < 0) {
        return;
    }
    const auto role = static_cast<core::IncidentRole>(m_ui->rolesTable->item(row, 0)->data(kRoleData).toInt());
    try {
        storage::WorkflowService(m_session.database()).releaseRole(m_incidentId, role, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Stand Down"), e);
    }
}

void IncidentRolesWidget::grantAccess()
{
    try {
        storage::WorkflowService(m_session.database())
            .grantAccess(m_incidentId, m_ui->personCombo->currentData().toString(), m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Access List"), e);
    }
}

void IncidentRolesWidget::revokeAccess()
{
    const auto* item = m_ui->accessList->currentItem();
    if (!item) {
        return;
    }
    try {
        storage::WorkflowService(m_session.database())
            .revokeAccess(m_incidentId, item->data(Qt::UserRole).toString(), m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Access List"), e);
    }
}

} // namespace muster::gui
