#pragma once

#include "core/Task.h"

#include <QAbstractTableModel>
#include <QHash>

namespace muster::gui {

// Tasks as a table (one incident's, or a person's across incidents). Overdue tasks
// are red and bold; finished ones are greyed. The caller loads the rows.
class TaskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskModel)

public:
    enum Column
    {
        IncidentColumn,
        TitleColumn,
        WorkstreamColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ApprovalColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole,
    };

    explicit TaskModel(QObject* parent = nullptr);

    // `missing`: task id -> the approvals it still waits for.
    void setTasks(QList<core::Task> tasks, QHash<QString, QList<core::ApprovalRole>> missing, qint64 now);
    // Moves "now" on (overdue colouring) without reloading.
    void setNow(qint64 now);
    const core::Task& taskAt(int row) const { return m_tasks.at(row); }
    QList<core::ApprovalRole> missingApprovals(const QString& taskId) const { return m_missing.value(taskId); }
    int rowOf(const QString& taskId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::Task& t, int column) const;

    QList<core::Task> m_tasks;
    QHash<QString, QList<core::ApprovalRole>> m_missing;
    qint64 m_now = 0;
};

} // namespace muster::gui
