#include "gui/ObservablesWidget.h"

#include "core/Error.h"
#include "gui/ObservablesModel.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/ObservableService.h"

#include "ui_ObservablesWidget.h"

#include <QHeaderView>
#include <QMessageBox>

namespace muster::gui {

ObservablesWidget::ObservablesWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ObservablesWidget>())
    , m_model(new ObservablesModel(session.database(), this))
{
    m_ui->setupUi(this);
    for (auto k : core::observableKinds().values()) {
        m_ui->kindCombo->addItem(core::observableKinds().label(k), core::observableKinds().key(k));
    }
    m_ui->observablesTable->setModel(m_model);
    m_ui->observablesTable->verticalHeader()->hide();
    m_ui->observablesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->observablesTable->setColumnWidth(ObservablesModel::KindColumn, 110);
    m_ui->observablesTable->setColumnWidth(ObservablesModel::ValueColumn, 260);
    m_ui->observablesTable->setColumnWidth(ObservablesModel::SightingsColumn, 260);
    connect(m_ui->valueEdit, &QLineEdit::textEdited, this, &ObservablesWidget::guessKind);
    connect(m_ui->valueEdit, &QLineEdit::returnPressed, this, &ObservablesWidget::add);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ObservablesWidget::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ObservablesWidget::removeSelected);
    connect(m_ui->observablesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObservablesWidget::updateState);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_model->setDatabase(m_session.database());
        watchDatabase();
        updateState();
    });
    watchDatabase();
    updateState();
}

ObservablesWidget::~ObservablesWidget() = default;

void ObservablesWidget::setIncident(const QString& incidentId)
{
    m_model->setIncident(incidentId);
    updateState();
}

void ObservablesWidget::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("incident_observables")) ||
            tables.contains(QLatin1String("intel_sightings"))) {
            m_model->reload();
            updateState();
        }
    });
}

void ObservablesWidget::guessKind()
{
    m_ui->errorLabel->clear();
    if (auto kind = core::Observable::guessKind(m_ui->valueEdit->text())) {
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(core::observableKinds().key(*kind)));
    }
}

void ObservablesWidget::add()
{
    if (m_model->incidentId().isEmpty() || m_ui->valueEdit->text().trimmed().isEmpty()) {
        return;
    }
    const auto kind = core::observableKinds().fromKey(m_ui->kindCombo->currentData().toString());
    try {
        const auto added =
            storage::ObservableService(m_session.database())
                .add(m_model->incidentId(), *kind, m_ui->valueEdit->text(), m_ui->noteEdit->text(), m_session.actor());
        m_ui->valueEdit->clear();
        m_ui->noteEdit->clear();
        if (!added.sightings.isEmpty()) {
            m_ui->errorLabel->setText(tr("Sighting: %1 matches %n indicator(s).", nullptr, int(added.sightings.size()))
                                          .arg(added.entry.observable.value));
        }
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

void ObservablesWidget::removeSelected()
{
    const QModelIndex current = m_ui->observablesTable->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString value = current.siblingAtColumn(ObservablesModel::ValueColumn).data().toString();
    if (QMessageBox::question(
            this, tr("Remove Observable"),
            tr("Remove %1 from this incident? Its sightings go with it; the timeline keeps a record.").arg(value)) !=
        QMessageBox::Yes) {
        return;
    }
    try {
        storage::ObservableService(m_session.database())
            .remove(current.data(ObservablesModel::IdRole).toString(), m_session.actor());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Remove Observable"), e.message());
    }
}

void ObservablesWidget::updateState()
{
    const bool hasIncident = !m_model->incidentId().isEmpty();
    m_ui->valueEdit->setEnabled(hasIncident);
    m_ui->addButton->setEnabled(hasIncident);
    m_ui->removeButton->setEnabled(m_ui->observablesTable->currentIndex().isValid());
    m_ui->summaryLabel->setText(tr("%n observable(s), %1 sighting(s) of intel indicators", nullptr, m_model->rowCount())
                                    .arg(m_model->sightingCount()));
}

} // namespace muster::gui
