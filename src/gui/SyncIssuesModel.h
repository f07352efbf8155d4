#pragma once

#include "sync/SyncIssues.h"

#include <QAbstractTableModel>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// The changes the team server refused and the fields where changes met, newest first.
class SyncIssuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssuesModel)

public:
    enum Column
    {
        When,
        Kind,
        Record,
        Field,
        What,
        ColumnCount,
    };

    explicit SyncIssuesModel(storage::Database& db, QObject* parent = nullptr);

    void reload();
    void setShowDismissed(bool show);
    const sync::SyncIssue& issue(int row) const { return m_issues.at(row); }
    void dismiss(const QList<int>& rows);
    void dismissAll();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::Database& m_db;
    QList<sync::SyncIssue> m_issues;
    bool m_showDismissed = false;
};

} // namespace muster::gui
