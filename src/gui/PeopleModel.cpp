#include "gui/PeopleModel.h"

#include "storage/Database.h"
#include "storage/PeopleRepository.h"

namespace muster::gui {

PeopleModel::PeopleModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{
    reload();
}

void PeopleModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    reload();
}

void PeopleModel::reload()
{
    beginResetModel();
    m_people = storage::PeopleRepository(*m_db).all();
    m_names.clear();
    for (const auto& p : m_people) {
        m_names.insert(p.id, p.name);
    }
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Person& p = m_people.at(index.row());
    if (role == IdRole) {
        return p.id;
    }
    if (role == FunctionKeyRole) {
        return core::personFunctions().key(p.function);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case FunctionColumn:
        return core::personFunctions().label(p.function);
    case TitleColumn:
        return p.title;
    case TeamColumn:
        return p.team;
    case EmailColumn:
        return p.email;
    case PhoneColumn:
        return p.phone;
    case DeputyColumn:
        return m_names.value(p.deputyId);
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FunctionColumn:
        return tr("Function");
    case TitleColumn:
        return tr("Title");
    case TeamColumn:
        return tr("Team");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case DeputyColumn:
        return tr("Deputy");
    default:
        return {};
    }
}

} // namespace muster::gui
