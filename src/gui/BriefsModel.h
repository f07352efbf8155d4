#pragma once

#include "core/IntelBrief.h"

#include <QAbstractTableModel>

namespace muster::storage {
class Database;
}

namespace muster::gui {

class BriefsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefsModel)

public:
    enum Column
    {
        ReferenceColumn,
        MarkingColumn,
        TitleColumn,
        AudienceColumn,
        ItemsColumn,
        DistributionsColumn,
        UpdatedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit BriefsModel(storage::Database& db, QObject* parent = nullptr);
    void setDatabase(storage::Database& db);
    void reload();
    const core::IntelBrief& briefAt(int row) const { return m_briefs.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::Database* m_db;
    QList<core::IntelBrief> m_briefs;
    QHash<QString, int> m_distributions;
};

} // namespace muster::gui
