#include "gui/PlanExerciseDialog.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"

#include "ui_PlanExerciseDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>

namespace muster::gui {

namespace {
constexpr int kRoleIdRole = Qt::UserRole + 1;
}

PlanExerciseDialog::PlanExerciseDialog(Session& session, const QString& scenarioKey, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PlanExerciseDialog>())
{
    m_ui->setupUi(this);
    for (const auto& e : storage::ScenarioLibrary(session.database()).entries()) {
        if (e.scenario) {
            m_library.append(e);
            m_ui->scenarioCombo->addItem(e.title, e.key);
        }
    }
    m_people = storage::PeopleRepository(session.database()).all();
    m_ui->facilitatorCombo->addItem(tr("(not set)"), QString());
    for (const auto& p : m_people) {
        m_ui->facilitatorCombo->addItem(p.title.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, p.title), p.id);
    }
    const int me = m_ui->facilitatorCombo->findData(session.actingPersonId());
    m_ui->facilitatorCombo->setCurrentIndex(std::max(0, me));
    // Next working day, 10:00.
    QDateTime when(QDate::currentDate().addDays(1), QTime(10, 0));
    while (when.date().dayOfWeek() > 5) {
        when = when.addDays(1);
    }
    m_ui->dateEdit->setDateTime(when);
    m_ui->compressionSpin->setValue(1);
    m_ui->participantsTable->setColumnCount(2);
    m_ui->participantsTable->setHorizontalHeaderLabels({tr("Role"), tr("Person")});
    m_ui->participantsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->participantsTable->verticalHeader()->hide();
    m_ui->participantsTable->setColumnWidth(0, 220);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));

    connect(m_ui->scenarioCombo, &QComboBox::currentIndexChanged, this,
            [this] { setScenario(m_ui->scenarioCombo->currentData().toString()); });
    connect(m_ui->compressionSpin, &QSpinBox::valueChanged, this, &PlanExerciseDialog::updateHint);
    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, [this] {
        const int row = std::max(0, m_ui->participantsTable->currentRow());
        const QString roleId = m_ui->participantsTable->item(row, 0)->data(kRoleIdRole).toString();
        if (const core::Scenario* scenario = currentScenario()) {
            if (const auto* role = scenario->role(roleId)) {
                addRow(*role, QString());
            }
        }
    });
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this, [this] {
        if (m_ui->participantsTable->currentRow() >= 0) {
            m_ui->participantsTable->removeRow(m_ui->participantsTable->currentRow());
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlanExerciseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setScenario(scenarioKey.isEmpty() ? m_ui->scenarioCombo->currentData().toString() : scenarioKey);
    updateHint();
}

PlanExerciseDialog::~PlanExerciseDialog() = default;

void PlanExerciseDialog::setScenario(const QString& key)
{
    const int index = m_ui->scenarioCombo->findData(key);
    if (index < 0) {
        return;
    }
    if (m_ui->scenarioCombo->currentIndex() != index) {
        m_ui->scenarioCombo->setCurrentIndex(index); // re-enters through the signal
        return;
    }
    m_ui->titleEdit->setText(tr("%1 — tabletop").arg(m_ui->scenarioCombo->currentText()));
    fillParticipants();
}

const core::Scenario* PlanExerciseDialog::currentScenario() const
{
    const QString key = m_ui->scenarioCombo->currentData().toString();
    for (const auto& e : m_library) {
        if (e.key == key) {
            return &*e.scenario;
        }
    }
    return nullptr;
}

void PlanExerciseDialog::fillParticipants()
{
    m_ui->participantsTable->setRowCount(0);
    const core::Scenario* scenario = currentScenario();
    if (!scenario) {
        return;
    }
    // Suggest one person of the role's function for each role, each person once.
    QSet<QString> used{m_ui->facilitatorCombo->currentData().toString()};
    for (const auto& role : scenario->roles) {
        QString suggestion;
        if (role.function) {
            for (const auto& p : m_people) {
                if (p.function == *role.function && !used.contains(p.id)) {
                    suggestion = p.id;
                    used.insert(p.id);
                    break;
                }
            }
        }
        addRow(role, suggestion);
    }
}

void PlanExerciseDialog::addRow(const core::ScenarioRole& role, const QString& personId)
{
    const int row = m_ui->participantsTable->rowCount();
    m_ui->participantsTable->insertRow(row);
    auto* roleItem = new QTableWidgetItem(role.name);
    roleItem->setData(kRoleIdRole, role.id);
    roleItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (role.function) {
        roleItem->setToolTip(tr("Usually: %1").arg(core::personFunctions().label(*role.function)));
    }
    m_ui->participantsTable->setItem(row, 0, roleItem);
    auto* combo = new QComboBox(m_ui->participantsTable);
    combo->addItem(tr("(nobody yet)"), QString());
    // People of the role's function first.
    QList<core::Person> sorted = m_people;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const core::Person& a, const core::Person& b) {
        return (role.function && a.function == *role.function) > (role.function && b.function == *role.function);
    });
    for (const auto& p : sorted) {
        combo->addItem(tr("%1 (%2)").arg(p.name, core::personFunctions().label(p.function)), p.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(personId)));
    m_ui->participantsTable->setCellWidget(row, 1, combo);
}

int PlanExerciseDialog::participantRows() const
{
    return m_ui->participantsTable->rowCount();
}

void PlanExerciseDialog::setParticipant(int row, const QString& personId)
{
    auto* combo = qobject_cast<QComboBox*>(m_ui->participantsTable->cellWidget(row, 1));
    if (combo) {
        combo->setCurrentIndex(std::max(0, combo->findData(personId)));
    }
}

core::ExerciseRules::Plan PlanExerciseDialog::plan() const
{
    core::ExerciseRules::Plan p;
    p.title = m_ui->titleEdit->text();
    p.plannedAt = m_ui->dateEdit->dateTime().toMSecsSinceEpoch();
    p.facilitatorId = m_ui->facilitatorCombo->currentData().toString();
    p.compression = m_ui->compressionSpin->value();
    QSet<QString> seen;
    for (int row = 0; row < m_ui->participantsTable->rowCount(); ++row) {
        const QString roleId = m_ui->participantsTable->item(row, 0)->data(kRoleIdRole).toString();
        const auto* combo = qobject_cast<QComboBox*>(m_ui->participantsTable->cellWidget(row, 1));
        const QString personId = combo ? combo->currentData().toString() : QString();
        if (!personId.isEmpty() && !seen.contains(roleId + personId)) {
            seen.insert(roleId + personId);
            p.participants.append({roleId, personId, QString()});
        }
    }
    return p;
}

void PlanExerciseDialog::updateHint()
{
    const int x = m_ui->compressionSpin->value();
    m_ui->compressionHint->setText(x == 1 ? tr("real time")
                                          : tr("one wall-clock minute is %1 scenario minutes").arg(x));
}

void PlanExerciseDialog::accept()
{
    const core::Scenario* scenario = currentScenario();
    if (!scenario) {
        m_ui->errorLabel->setText(tr("Scenario: choose a scenario."));
        m_ui->scenarioCombo->setFocus();
        return;
    }
    try {
        m_exerciseId = storage::ExerciseService(m_session.database()).plan(*scenario, plan(), m_session.actor()).id;
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        // Put the cursor where the message points.
        if (e.message().startsWith(tr("Title"))) {
            m_ui->titleEdit->setFocus();
        } else if (e.message().startsWith(tr("Participants"))) {
            m_ui->participantsTable->setFocus();
        } else if (e.message().startsWith(tr("Date"))) {
            m_ui->dateEdit->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace muster::gui
