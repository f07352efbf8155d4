#pragma once

#include "core/ExerciseRules.h"
#include "gui/RecordTableModel.h"

namespace muster::gui {

// The injects of a running exercise with their state: released, due at, waiting for a
// branch, not selected, contingency. Set from the exercise's record.
class InjectStatusModel final : public RecordTableModel<core::ExerciseRules::InjectStatus>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectStatusModel)

public:
    enum Column
    {
        TimeColumn,
        TitleColumn,
        StateColumn,
        ChannelColumn,
        PhaseColumn,
    };
    enum Role
    {
        InjectIdRole = Qt::UserRole + 1,
        ReleasedRole,
    };

    using RecordTableModel::RecordTableModel;
    void setRecord(const core::ExerciseRecord& record);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    static QString stateLabel(core::ExerciseRules::InjectState state);

protected:
    QStringList headers() const override;

private:
    core::Scenario m_scenario;
};

} // namespace muster::gui
