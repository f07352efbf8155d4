#pragma once

#include "core/AttackCatalog.h"
#include "core/HuntBacklog.h"

#include <QAbstractTableModel>

namespace muster::gui {

// The hunt backlog (CoverageService::backlog), most urgent first.
class BacklogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacklogModel)

public:
    enum Column
    {
        TechniqueColumn,
        NameColumn,
        GroupsColumn,
        MentionsColumn,
        ColumnCount,
    };

    explicit BacklogModel(QObject* parent = nullptr);
    void setEntries(const QList<core::HuntBacklog::Entry>& entries, const core::AttackCatalog& catalog);
    const core::HuntBacklog::Entry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::HuntBacklog::Entry> m_entries;
    QHash<QString, QString> m_groupNames;
};

} // namespace muster::gui
