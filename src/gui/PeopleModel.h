#pragma once

#include "core/Person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// The stakeholder directory as a table. The directory is small (hundreds of people),
// so it is read whole and reloaded when the people table changes.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    enum Column
    {
        NameColumn,
        FunctionColumn,
        TitleColumn,
        TeamColumn,
        EmailColumn,
        PhoneColumn,
        DeputyColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FunctionKeyRole,
    };

    explicit PeopleModel(storage::Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void setDatabase(storage::Database& db);
    const core::Person& personAt(int row) const { return m_people.at(row); }

private:
    storage::Database* m_db;
    QList<core::Person> m_people;
    QHash<QString, QString> m_names;
};

} // namespace muster::gui
