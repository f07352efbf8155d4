#pragma once

#include "core/Exercise.h"
#include "gui/RecordTableModel.h"

namespace muster::gui {

// The decision and response log of an exercise, with the time since each entry's inject
// was released.
class ExerciseLogModel final : public RecordTableModel<core::LogEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseLogModel)

public:
    enum Column
    {
        TimeColumn,
        SinceReleaseColumn,
        KindColumn,
        InjectColumn,
        RoleColumn,
        TextColumn,
        RationaleColumn,
        ApproverColumn,
        AuthorColumn,
    };

    using RecordTableModel::RecordTableModel;
    void setRecord(const core::ExerciseRecord& record);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;

private:
    core::ExerciseRecord m_record;
};

} // namespace muster::gui
