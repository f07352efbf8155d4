#include "gui/AttackTechniqueModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace muster::gui {

AttackTechniqueModel::AttackTechniqueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::make_shared<const core::AttackCatalog>())
{}

void AttackTechniqueModel::setCatalog(std::shared_ptr<const core::AttackCatalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    endResetModel();
}

void AttackTechniqueModel::setChecked(const QStringList& ids)
{
    m_checked = ids;
    if (rowCount() > 0) {
        emit dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn), {Qt::CheckStateRole});
    }
    emit checkedChanged();
}

QStringList AttackTechniqueModel::checked() const
{
    return m_checked;
}

int AttackTechniqueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->techniques().size());
}

int AttackTechniqueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttackTechniqueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::AttackTechnique& t = m_catalog->techniques().at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case ActiveRole:
        return t.isActive();
    case SearchTextRole:
        return QStringList{t.id, t.name, t.tactics.join(QLatin1Char(' '))}.join(QLatin1Char(' '));
    case TacticsRole:
        return t.tactics;
    case Qt::CheckStateRole:
        return index.column() == IdColumn ? QVariant(m_checked.contains(t.id) ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    case Qt::ToolTipRole:
        return t.summary.isEmpty() ? QVariant() : QVariant(t.summary);
    case Qt::ForegroundRole:
        return t.isActive() ? QVariant() : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return t.id;
    case NameColumn: {
        if (t.isSubtechnique()) {
            if (const auto* parent = m_catalog->technique(t.parentId())) {
                return tr("%1: %2").arg(parent->name, t.name);
            }
        }
        return t.name;
    }
    case TacticsColumn: {
        QStringList names;
        for (const QString& s : t.tactics) {
            const auto* tactic = m_catalog->tactic(s);
            names.append(tactic ? tactic->name : s);
        }
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        if (t.revoked) {
            return t.revokedBy.isEmpty() ? tr("Revoked") : tr("Revoked, use %1").arg(t.revokedBy);
        }
        return t.deprecated ? tr("Deprecated") : QString();
    }
    return {};
}

bool AttackTechniqueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != IdColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString id = m_catalog->techniques().at(index.row()).id;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (on && !m_checked.contains(id)) {
        m_checked.append(id);
    } else if (!on) {
        m_checked.removeAll(id);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags AttackTechniqueModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IdColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant AttackTechniqueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Technique");
    case TacticsColumn:
        return tr("Tactics");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace muster::gui
