#pragma once

#include "core/Hunt.h"

#include <QAbstractTableModel>
#include <QHash>

namespace muster::storage {
class Database;
}

namespace muster::gui {

class HuntsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuntsModel)

public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        StatusColumn,
        TechniquesColumn,
        OwnerColumn,
        TimeboxColumn,
        FindingsColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusKeyRole,
        SortRole,
    };

    explicit HuntsModel(storage::Database& db, QObject* parent = nullptr);
    void setDatabase(storage::Database& db);
    void reload();
    void setNow(qint64 now) { m_now = now; }
    const core::Hunt& huntAt(int row) const { return m_hunts.at(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::Database* m_db;
    QList<core::Hunt> m_hunts;
    QHash<QString, QString> m_people;
    qint64 m_now = 0;
};

} // namespace muster::gui
