#pragma once

#include "core/Exercise.h"
#include "gui/RecordTableModel.h"

namespace muster::gui {

// The exercises, newest planned first.
class ExerciseListModel final : public RecordTableModel<core::Exercise>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseListModel)

public:
    enum Column
    {
        ReferenceColumn,
        DateColumn,
        TitleColumn,
        ScenarioColumn,
        StatusColumn,
        FacilitatorColumn,
        IncidentColumn,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    using RecordTableModel::RecordTableModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& id) const;

protected:
    QStringList headers() const override;
};

} // namespace muster::gui
