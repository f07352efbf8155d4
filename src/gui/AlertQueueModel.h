#pragma once

#include "core/Alert.h"
#include "core/Clock.h"
#include "storage/AlertFilter.h"

#include <QAbstractTableModel>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// The alerts the triage queue shows, newest first. Filtering happens in SQL
// (AlertRepository::list); the model is reloaded when alerts change.
class AlertQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertQueueModel)

public:
    enum Column
    {
        SeverityColumn,
        TitleColumn,
        AssetColumn,
        SourceColumn,
        CountColumn,
        StateColumn,
        ReceivedColumn,
        TriageColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit AlertQueueModel(storage::Database& db, const core::Clock& clock = core::SystemClock::instance(),
                             QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const storage::AlertFilter& filter);
    const storage::AlertFilter& filter() const { return m_filter; }
    void setDatabase(storage::Database& db);
    void reload();

    const core::Alert& alertAt(int row) const { return m_alerts.at(row); }
    int rowOf(const QString& alertId) const;

private:
    storage::Database* m_db;
    const core::Clock& m_clock;
    storage::AlertFilter m_filter;
    QList<core::Alert> m_alerts;
};

} // namespace muster::gui
