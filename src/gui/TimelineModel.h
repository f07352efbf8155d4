#pragma once

#include "core/Timeline.h"
#include "core/TimelineChain.h"

#include <QAbstractTableModel>

namespace muster::gui {

// An incident's timeline, in the order it happened, with the entry that breaks the
// hash chain (if any) marked.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        KindColumn,
        EntryColumn,
        ColumnCount,
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(QList<core::TimelineEntry> entries, const core::TimelineChain::Verification& verification);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::TimelineEntry> m_entries;
    QString m_brokenId;
};

} // namespace muster::gui
