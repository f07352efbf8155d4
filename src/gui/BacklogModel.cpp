#include "gui/BacklogModel.h"

namespace muster::gui {

BacklogModel::BacklogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BacklogModel::setEntries(const QList<core::HuntBacklog::Entry>& entries, const core::AttackCatalog& catalog)
{
    beginResetModel();
    m_entries = entries;
    m_groupNames.clear();
    for (const auto& g : catalog.groups()) {
        m_groupNames.insert(g.id, g.name);
    }
    endResetModel();
}

int BacklogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BacklogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacklogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = m_entries.at(index.row());
    QStringList names;
    for (const QString& g : e.groupIds) {
        names.append(m_groupNames.value(g, g));
    }
    if (role == Qt::ToolTipRole) {
        return tr("Used by %1; named by %n intel item(s); not covered by any detection, hunt, exercise or incident.",
                  nullptr, e.intelMentions)
            .arg(names.join(QStringLiteral(", ")));
    }
    if (role == Qt::TextAlignmentRole && index.column() == MentionsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TechniqueColumn:
        return e.techniqueId;
    case NameColumn:
        return e.name;
    case GroupsColumn:
        return names.join(QStringLiteral(", "));
    case MentionsColumn:
        return e.intelMentions;
    }
    return {};
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TechniqueColumn:
        return tr("ID");
    case NameColumn:
        return tr("Technique");
    case GroupsColumn:
        return tr("Used by tracked groups");
    case MentionsColumn:
        return tr("Intel");
    }
    return {};
}

} // namespace muster::gui
