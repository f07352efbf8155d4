#pragma once

#include "storage/IncidentFilter.h"
#include "storage/IncidentQuery.h"

#include <QAbstractTableModel>
#include <QFuture>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// The incident list over SQL: rows are fetched in pages (canFetchMore/fetchMore) and
// filtering and sorting happen in SQLite (storage::IncidentQuery), so a million
// incidents open as fast as a hundred.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column
    {
        ReferenceColumn,
        SeverityColumn,
        PriorityColumn,
        TierColumn,
        StatusColumn,
        TitleColumn,
        CategoryColumn,
        CommanderColumn,
        DetectedColumn,
        AgeColumn,
        TimeToAcknowledgeColumn,
        SourceColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        UnacknowledgedRole,
    };
    static constexpr int pageSize = 200;

    explicit IncidentListModel(storage::Database& db, QObject* parent = nullptr);
    ~IncidentListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setDatabase(storage::Database& db);
    void setFilter(const storage::IncidentFilter& filter);
    const storage::IncidentFilter& filter() const { return m_filter; }
    // Matching incidents in total (not only those fetched so far). Counting a large
    // table takes a while, so it runs on a worker thread: -1 until it is known.
    int totalCount() const { return m_total; }
    // Re-reads the rows fetched so far (after a change in the database).
    void refresh();
    const storage::IncidentRow& rowAt(int row) const { return m_rows.at(row); }
    // Overrides "now" for ages (tests); 0 uses the clock.
    void setNow(qint64 now) { m_now = now; }

signals:
    void totalCountChanged(int total);

public:
    // The query behind the list: its filter and order.
    storage::IncidentQuery query() const;

private:
    void reload(int keepRows, bool recount = true);
    void startCount();
    void runCount();
    void waitForCounts();
    qint64 now() const;

    storage::Database* m_db;
    storage::IncidentFilter m_filter;
    storage::IncidentQuery::SortKey m_sort = storage::IncidentQuery::SortKey::DetectedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<storage::IncidentRow> m_rows;
    int m_total = -1;
    bool m_hasMore = false;
    qint64 m_now = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    int m_countGeneration = 0;
    QFuture<int> m_count;
    bool m_counting = false;
    bool m_countPending = false;
};

} // namespace muster::gui
