#include "gui/ImprovementDialog.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"

#include "ui_ImprovementDialog.h"

#include <QDateTime>

namespace muster::gui {

ImprovementDialog::ImprovementDialog(Session& session, const core::Scenario& scenario, const QString& exerciseId,
                                     const core::ImprovementItem& item, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ImprovementDialog>())
    , m_scenario(scenario)
    , m_exerciseId(exerciseId)
    , m_item(item)
{
    m_ui->setupUi(this);
    setWindowTitle(item.id.isEmpty() ? tr("New Improvement Item") : tr("Improvement Item"));
    m_ui->objectiveCombo->addItem(tr("(none)"), QString());
    for (const auto& o : scenario.objectives) {
        m_ui->objectiveCombo->addItem(o.text, o.id);
    }
    m_ui->ownerCombo->addItem(tr("(no owner yet)"), QString());
    for (const auto& p : storage::PeopleRepository(session.database()).all()) {
        m_ui->ownerCombo->addItem(tr("%1 (%2)").arg(p.name, core::personFunctions().label(p.function)), p.id);
    }
    for (auto s : core::improvementStatuses().values()) {
        m_ui->statusCombo->addItem(core::improvementStatuses().label(s), core::improvementStatuses().key(s));
    }
    m_ui->objectiveCombo->setCurrentIndex(std::max(0, m_ui->objectiveCombo->findData(item.objectiveId)));
    m_ui->capabilityEdit->setText(item.capability);
    m_ui->actionEdit->setPlainText(item.action);
    m_ui->ownerCombo->setCurrentIndex(std::max(0, m_ui->ownerCombo->findData(item.ownerId)));
    m_ui->dueCheck->setChecked(item.dueAt.has_value());
    m_ui->dueEdit->setDate(item.dueAt ? QDateTime::fromMSecsSinceEpoch(*item.dueAt).date()
                                      : QDate::currentDate().addDays(30));
    m_ui->dueEdit->setEnabled(item.dueAt.has_value());
    m_ui->statusCombo->setCurrentIndex(
        std::max(0, m_ui->statusCombo->findData(core::improvementStatuses().key(item.status))));
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueEdit, &QWidget::setEnabled);
    connect(m_ui->objectiveCombo, &QComboBox::activated, this, [this] {
        // The objective's capability, unless one was typed.
        if (const auto* o = m_scenario.objective(m_ui->objectiveCombo->currentData().toString());
            o && m_ui->capabilityEdit->text().trimmed().isEmpty()) {
            m_ui->capabilityEdit->setText(o->capability);
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImprovementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImprovementDialog::~ImprovementDialog() = default;

core::ImprovementItem ImprovementDialog::item() const
{
    core::ImprovementItem i = m_item;
    i.objectiveId = m_ui->objectiveCombo->currentData().toString();
    i.capability = m_ui->capabilityEdit->text();
    i.action = m_ui->actionEdit->toPlainText();
    i.ownerId = m_ui->ownerCombo->currentData().toString();
    i.dueAt = m_ui->dueCheck->isChecked()
                  ? std::optional<qint64>(QDateTime(m_ui->dueEdit->date(), QTime(17, 0)).toMSecsSinceEpoch())
                  : std::nullopt;
    i.status = core::improvementStatuses()
                   .fromKey(m_ui->statusCombo->currentData().toString())
                   .value_or(core::ImprovementStatus::Open);
    return i;
}

void ImprovementDialog::accept()
{
    try {
        storage::ExerciseService service(m_session.database());
        m_item = m_item.id.isEmpty() ? service.addImprovement(m_exerciseId, item()) : service.updateImprovement(item());
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        if (e.message().startsWith(tr("Corrective action"))) {
            m_ui->actionEdit->setFocus();
        } else if (e.message().startsWith(tr("Capability"))) {
            m_ui->capabilityEdit->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace muster::gui
