#pragma once

#include "core/Exercise.h"
#include "gui/RecordTableModel.h"

#include <functional>

namespace muster::gui {

// Every expected action of an exercise with its HSEEP rating and the evaluator's
// observation. The rating and observation columns are editable; edits go to the
// `save` function (the page calls ExerciseService::rate).
class EvaluationModel final : public RecordTableModel<core::ExpectedAction>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationModel)

public:
    enum Column
    {
        InjectColumn,
        RoleColumn,
        ActionColumn,
        LimitColumn,
        FirstResponseColumn,
        RatingColumn,
        ObservationColumn,
        EvaluatorColumn,
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
    };
    // (action id, rating key or empty to clear, observation); returns false to refuse.
    using SaveFunction = std::function<bool(const QString&, const QString&, const QString&)>;

    explicit EvaluationModel(SaveFunction save, QObject* parent = nullptr);
    void setRecord(const core::ExerciseRecord& record);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    QStringList headers() const override;

private:
    SaveFunction m_save;
    core::ExerciseRecord m_record;
};

} // namespace muster::gui
