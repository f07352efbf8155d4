#pragma once

#include "core/IntelItem.h"
#include "storage/IntelRepository.h"

#include <QAbstractTableModel>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// Intel items as a table, filtered in SQL (IntelRepository::Filter) and reloaded when
// intel changes.
class IntelItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntelItemsModel)

public:
    enum Column
    {
        MarkingColumn,
        KindColumn,
        NameColumn,
        ValueColumn,
        SourceColumn,
        ConfidenceColumn,
        ValidityColumn,
        TechniquesColumn,
        UpdatedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TlpRole,
        SortRole,
    };

    explicit IntelItemsModel(storage::Database& db, QObject* parent = nullptr);

    void setDatabase(storage::Database& db);
    void setFilter(const storage::IntelRepository::Filter& filter);
    void reload();
    const core::IntelItem& itemAt(int row) const { return m_items.at(row); }
    void setNow(qint64 now) { m_now = now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::Database* m_db;
    storage::IntelRepository::Filter m_filter;
    QList<core::IntelItem> m_items;
    qint64 m_now = 0;
};

} // namespace muster::gui
