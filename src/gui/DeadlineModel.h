#pragma once

#include "core/Deadline.h"

#include <QAbstractTableModel>

namespace muster::gui {

// Regulatory deadlines with live countdowns (setNow updates only the countdown column).
class DeadlineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineModel)

public:
    enum Column
    {
        IncidentColumn,
        RegimeColumn,
        DutyColumn,
        DueColumn,
        CountdownColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit DeadlineModel(QObject* parent = nullptr);

    void setDeadlines(QList<core::Deadline> deadlines, qint64 now);
    void setNow(qint64 now);
    const core::Deadline& deadlineAt(int row) const { return m_deadlines.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Deadline> m_deadlines;
    qint64 m_now = 0;
};

} // namespace muster::gui
