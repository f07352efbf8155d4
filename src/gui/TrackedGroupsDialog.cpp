#include "gui/TrackedGroupsDialog.h"

#include "ui_TrackedGroupsDialog.h"

namespace muster::gui {

TrackedGroupsDialog::TrackedGroupsDialog(const core::AttackCatalog& catalog, const QStringList& tracked,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrackedGroupsDialog>())
{
    m_ui->setupUi(this);
    for (const auto& g : catalog.groups()) {
        if (!g.isActive() && !tracked.contains(g.id)) {
            continue;
        }
        const QString aliases =
            g.aliases.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(g.aliases.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(
            tr("%1 %2%3 — %n technique(s)", nullptr, int(g.techniqueIds.size())).arg(g.id, g.name, aliases),
            m_ui->groupsList);
        item->setData(Qt::UserRole, g.id);
        item->setToolTip(g.summary);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(tracked.contains(g.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &TrackedGroupsDialog::filter);
    connect(m_ui->groupsList, &QListWidget::itemChanged, this,
            [this] { m_ui->countLabel->setText(tr("%n group(s) tracked", nullptr, int(this->tracked().size()))); });
    m_ui->countLabel->setText(tr("%n group(s) tracked", nullptr, int(tracked.size())));
    m_ui->searchEdit->setFocus();
}

TrackedGroupsDialog::~TrackedGroupsDialog() = default;

QStringList TrackedGroupsDialog::tracked() const
{
    QStringList out;
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        if (m_ui->groupsList->item(i)->checkState() == Qt::Checked) {
            out.append(m_ui->groupsList->item(i)->data(Qt::UserRole).toString());
        }
    }
    return out;
}

void TrackedGroupsDialog::filter(const QString& text)
{
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        auto* item = m_ui->groupsList->item(i);
        item->setHidden(!text.trimmed().isEmpty() && !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

} // namespace muster::gui
