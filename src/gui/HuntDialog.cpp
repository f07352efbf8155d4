#include "gui/HuntDialog.h"

#include "core/Error.h"
#include "core/HuntRules.h"
#include "gui/AttackCatalogSource.h"
#include "gui/Session.h"
#include "storage/IntelRepository.h"
#include "storage/PeopleRepository.h"

#include "ui_HuntDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>

namespace muster::gui {

HuntDialog::HuntDialog(Session& session, const core::Hunt& hunt, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::HuntDialog>())
    , m_hunt(hunt)
{
    m_ui->setupUi(this);
    setWindowTitle(hunt.id.isEmpty() ? tr("Propose a Hunt") : tr("Edit %1").arg(hunt.reference));
    m_ui->techniquesEdit->setSession(session);
    m_ui->titleEdit->setText(hunt.title);
    m_ui->hypothesisEdit->setPlainText(hunt.hypothesis);
    m_ui->techniquesEdit->setIds(hunt.attackIds);
    m_ui->dataSourcesEdit->setText(hunt.dataSources.join(QStringLiteral("; ")));
    m_ui->ownerCombo->addItem(tr("Nobody yet"), QString());
    for (const auto& p : storage::PeopleRepository(session.database()).all()) {
        m_ui->ownerCombo->addItem(p.name, p.id);
    }
    m_ui->ownerCombo->setCurrentIndex(std::max(0, m_ui->ownerCombo->findData(hunt.ownerId)));
    const QDate today = QDate::currentDate();
    m_ui->startEdit->setDate(hunt.timeboxStart ? QDateTime::fromMSecsSinceEpoch(*hunt.timeboxStart).date() : today);
    m_ui->endEdit->setDate(hunt.timeboxEnd ? QDateTime::fromMSecsSinceEpoch(*hunt.timeboxEnd).date()
                                           : today.addDays(14));
    for (const auto& item : storage::IntelRepository(session.database()).list({})) {
        auto* entry =
            new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                    .arg(core::intelKinds().label(item.kind), item.name, core::tlpMarking(item.tlp)),
                                m_ui->intelList);
        entry->setData(Qt::UserRole, item.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(hunt.intelIds.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->queriesTable->setColumnCount(2);
    m_ui->queriesTable->setHorizontalHeaderLabels({tr("Language"), tr("Query")});
    m_ui->queriesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->queriesTable->verticalHeader()->hide();
    m_ui->queriesTable->setColumnWidth(0, 110);
    for (const auto& q : hunt.queries) {
        addQuery(q.language, q.text);
    }
    if (hunt.queries.isEmpty()) {
        addQuery(core::QueryLanguage::Kql, QString());
    }
    connect(m_ui->addQueryButton, &QPushButton::clicked, this,
            [this] { addQuery(core::QueryLanguage::Text, QString()); });
    connect(m_ui->removeQueryButton, &QPushButton::clicked, this, [this] {
        if (m_ui->queriesTable->currentRow() >= 0) {
            m_ui->queriesTable->removeRow(m_ui->queriesTable->currentRow());
        }
    });
    connect(m_ui->techniquesEdit, &AttackTechniqueEdit::idsChanged, this, &HuntDialog::updateWarnings);
    updateWarnings();
}

HuntDialog::~HuntDialog() = default;

void HuntDialog::addQuery(core::QueryLanguage language, const QString& text)
{
    const int row = m_ui->queriesTable->rowCount();
    m_ui->queriesTable->insertRow(row);
    auto* combo = new QComboBox(m_ui->queriesTable);
    for (auto l : core::queryLanguages().values()) {
        combo->addItem(core::queryLanguages().label(l), core::queryLanguages().key(l));
    }
    combo->setCurrentIndex(combo->findData(core::queryLanguages().key(language)));
    m_ui->queriesTable->setCellWidget(row, 0, combo);
    m_ui->queriesTable->setItem(row, 1, new QTableWidgetItem(text));
}

void HuntDialog::updateWarnings()
{
    m_ui->techniquesWarning->setText(m_ui->techniquesEdit->problems().join(QLatin1Char('\n')));
    m_ui->techniquesWarning->setVisible(!m_ui->techniquesEdit->problems().isEmpty());
}

core::Hunt HuntDialog::hunt() const
{
    core::Hunt h = m_hunt;
    h.title = m_ui->titleEdit->text();
    h.hypothesis = m_ui->hypothesisEdit->toPlainText();
    h.attackIds = m_ui->techniquesEdit->ids();
    h.dataSources.clear();
    for (const QString& s : m_ui->dataSourcesEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        h.dataSources.append(s.trimmed());
    }
    h.ownerId = m_ui->ownerCombo->currentData().toString();
    h.timeboxStart = QDateTime(m_ui->startEdit->date(), QTime(0, 0)).toMSecsSinceEpoch();
    h.timeboxEnd = QDateTime(m_ui->endEdit->date(), QTime(23, 59)).toMSecsSinceEpoch();
    h.intelIds.clear();
    for (int i = 0; i < m_ui->intelList->count(); ++i) {
        if (m_ui->intelList->item(i)->checkState() == Qt::Checked) {
            h.intelIds.append(m_ui->intelList->item(i)->data(Qt::UserRole).toString());
        }
    }
    h.queries.clear();
    for (int r = 0; r < m_ui->queriesTable->rowCount(); ++r) {
        auto* combo = qobject_cast<QComboBox*>(m_ui->queriesTable->cellWidget(r, 0));
        const QTableWidgetItem* text = m_ui->queriesTable->item(r, 1);
        if (combo && text) {
            h.queries.append({*core::queryLanguages().fromKey(combo->currentData().toString()), text->text()});
        }
    }
    return h;
}

void HuntDialog::accept()
{
    if (!m_ui->techniquesEdit->isWellFormed()) {
        m_ui->errorLabel->setText(m_ui->techniquesEdit->problems().join(QLatin1Char('\n')));
        m_ui->techniquesEdit->setFocus();
        return;
    }
    core::Hunt h = hunt();
    try {
        core::HuntRules::validate(h, AttackCatalogSource::of(m_session).catalog());
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace muster::gui
