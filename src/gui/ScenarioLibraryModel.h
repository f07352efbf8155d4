#pragma once

#include "gui/RecordTableModel.h"
#include "storage/ScenarioLibrary.h"

namespace muster::gui {

// The scenario library (shipped, imported and team scenarios) as a table.
class ScenarioLibraryModel final : public RecordTableModel<storage::ScenarioLibrary::Entry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioLibraryModel)

public:
    enum Column
    {
        TitleColumn,
        CategoryColumn,
        DifficultyColumn,
        DurationColumn,
        InjectsColumn,
        SourceColumn,
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
    };

    using RecordTableModel::RecordTableModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& key) const;

protected:
    QStringList headers() const override;
};

} // namespace muster::gui
