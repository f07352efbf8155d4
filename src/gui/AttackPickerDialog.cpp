#include "gui/AttackPickerDialog.h"

#include "gui/AttackTechniqueModel.h"

#include "ui_AttackPickerDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace muster::gui {

namespace {

class TechniqueFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString& text, const QString& tactic, bool inactive)
    {
        m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_tactic = tactic;
        m_inactive = inactive;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (!m_inactive && !i.data(AttackTechniqueModel::ActiveRole).toBool()) {
            return false;
        }
        const QString text = i.data(AttackTechniqueModel::SearchTextRole).toString();
        if (!m_tactic.isEmpty() && !i.data(AttackTechniqueModel::TacticsRole).toStringList().contains(m_tactic)) {
            return false;
        }
        for (const QString& w : m_words) {
            if (!text.contains(w, Qt::CaseInsensitive)) {
                return false;
            }
        }
        return true;
    }

private:
    QStringList m_words;
    QString m_tactic;
    bool m_inactive = false;
};

} // namespace

AttackPickerDialog::AttackPickerDialog(std::shared_ptr<const core::AttackCatalog> catalog, const QStringList& selected,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttackPickerDialog>())
    , m_catalog(std::move(catalog))
    , m_model(new AttackTechniqueModel(this))
    , m_proxy(new TechniqueFilter(this))
{
    m_ui->setupUi(this);
    m_model->setCatalog(m_catalog);
    m_model->setChecked(selected);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->techniqueTable->setModel(m_proxy);
    m_ui->techniqueTable->sortByColumn(AttackTechniqueModel::IdColumn, Qt::AscendingOrder);
    m_ui->techniqueTable->verticalHeader()->hide();
    m_ui->techniqueTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->techniqueTable->setColumnWidth(AttackTechniqueModel::IdColumn, 110);
    m_ui->techniqueTable->setColumnWidth(AttackTechniqueModel::NameColumn, 360);
    m_ui->techniqueTable->setColumnWidth(AttackTechniqueModel::TacticsColumn, 220);
    m_ui->tacticCombo->addItem(tr("All tactics"), QString());
    for (const auto& t : m_catalog->tactics()) {
        m_ui->tacticCombo->addItem(t.name, t.shortName);
    }
    m_ui->noticeLabel->setText(tr("MITRE ATT&CK %1. %2")
                                   .arg(m_catalog->version().isEmpty() ? m_catalog->modified() : m_catalog->version(),
                                        core::AttackCatalog::copyrightNotice()));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &AttackPickerDialog::updateFilter);
    connect(m_ui->tacticCombo, &QComboBox::currentIndexChanged, this, &AttackPickerDialog::updateFilter);
    connect(m_ui->showInactiveCheck, &QCheckBox::toggled, this, &AttackPickerDialog::updateFilter);
    connect(m_model, &AttackTechniqueModel::checkedChanged, this, &AttackPickerDialog::updateSelectionLabel);
    // Enter in the search field or a double-click toggles the technique under focus.
    connect(m_ui->techniqueTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex check = index.siblingAtColumn(AttackTechniqueModel::IdColumn);
        const bool on = check.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_proxy->setData(check, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            const QModelIndex first = m_proxy->index(0, AttackTechniqueModel::IdColumn);
            m_proxy->setData(first, Qt::Checked, Qt::CheckStateRole);
        }
    });
    updateFilter();
    updateSelectionLabel();
    m_ui->searchEdit->setFocus();
}

AttackPickerDialog::~AttackPickerDialog() = default;

QStringList AttackPickerDialog::selectedIds() const
{
    return m_model->checked();
}

void AttackPickerDialog::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void AttackPickerDialog::updateFilter()
{
    static_cast<TechniqueFilter*>(m_proxy)->set(m_ui->searchEdit->text(), m_ui->tacticCombo->currentData().toString(),
                                                m_ui->showInactiveCheck->isChecked());
    m_ui->countLabel->setText(tr("%1 of %n techniques", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void AttackPickerDialog::updateSelectionLabel()
{
    const QStringList ids = m_model->checked();
    m_ui->selectionLabel->setText(ids.isEmpty() ? tr("Nothing selected.")
                                                : tr("Selected: %1").arg(ids.join(QStringLiteral(", "))));
}

} // namespace muster::gui
