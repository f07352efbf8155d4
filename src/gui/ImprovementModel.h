#pragma once

#include "core/Exercise.h"
#include "gui/RecordTableModel.h"

namespace muster::gui {

// Improvement items (of one exercise, or all of them) with owner, due date and status.
class ImprovementModel final : public RecordTableModel<core::ImprovementItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImprovementModel)

public:
    enum Column
    {
        ActionColumn,
        CapabilityColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ExerciseColumn,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    ImprovementModel(qint64 now, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void setNow(qint64 now) { m_now = now; }

protected:
    QStringList headers() const override;

private:
    qint64 m_now;
};

} // namespace muster::gui
