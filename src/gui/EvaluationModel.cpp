#include "gui/EvaluationModel.h"

#include "core/AfterActionReport.h"

#include <QColor>

namespace muster::gui {

EvaluationModel::EvaluationModel(SaveFunction save, QObject* parent)
    : RecordTableModel(parent)
    , m_save(std::move(save))
{}

QStringList EvaluationModel::headers() const
{
    return {tr("Inject"),         tr("Role"),   tr("Expected action"), tr("Time limit"),
            tr("First response"), tr("Rating"), tr("Observations"),    tr("Evaluator")};
}

void EvaluationModel::setRecord(const core::ExerciseRecord& record)
{
    m_record = record;
    setRows(record.scenario.allActions());
}

QVariant EvaluationModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& a = m_rows.at(index.row());
    const core::ActionRating* rating = m_record.rating(a.id);
    if (role == ActionIdRole) {
        return a.id;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RatingColumn && rating) {
            return core::ratings().label(rating->rating);
        }
        if (index.column() == ActionColumn) {
            return a.text;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == RatingColumn && rating) {
        static const QColor colours[] = {QColor(0x1b, 0x7f, 0x3b), QColor(0x8a, 0x6d, 0x00), QColor(0xb3, 0x59, 0x00),
                                         QColor(0xb3, 0x26, 0x1e)};
        return colours[int(rating->rating)];
    }
    if (role == Qt::TextAlignmentRole && index.column() == RatingColumn) {
        return int(Qt::AlignCenter);
    }
    if (role == Qt::EditRole) {
        if (index.column() == RatingColumn) {
            return rating ? core::ratings().key(rating->rating) : QString();
        }
        if (index.column() == ObservationColumn) {
            return rating ? rating->observation : QString();
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const core::Inject* owner = nullptr;
    m_record.scenario.action(a.id, &owner);
    switch (index.column()) {
    case InjectColumn:
        return owner ? owner->title : QString();
    case RoleColumn: {
        const core::ScenarioRole* r = m_record.scenario.role(a.role);
        return r ? r->name : a.role;
    }
    case ActionColumn:
        return a.text;
    case LimitColumn:
        return a.timeLimitMinutes > 0 ? tr("%1 min").arg(a.timeLimitMinutes) : QString();
    case FirstResponseColumn: {
        std::optional<qint64> first;
        for (const auto& e : m_record.log) {
            const auto since = m_record.sinceRelease(e);
            if (e.actionId == a.id && since && (!first || *since < *first)) {
                first = since;
            }
        }
        if (!first) {
            return QString();
        }
        const qint64 minutes = *first / 60'000;
        return a.timeLimitMinutes > 0 && minutes > a.timeLimitMinutes ? tr("%1 min (late)").arg(minutes)
                                                                      : tr("%1 min").arg(minutes);
    }
    case RatingColumn:
        return rating ? core::ratings().key(rating->rating) : QString();
    case ObservationColumn:
        return rating ? rating->observation : QString();
    case EvaluatorColumn:
        return rating ? rating->evaluator : QString();
    default:
        return {};
    }
}

bool EvaluationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!valid(index) || role != Qt::EditRole) {
        return false;
    }
    const auto& a = m_rows.at(index.row());
    const core::ActionRating* rating = m_record.rating(a.id);
    QString key = rating ? core::ratings().key(rating->rating) : QString();
    QString observation = rating ? rating->observation : QString();
    if (index.column() == RatingColumn) {
        key = value.toString().trimmed().toUpper();
        if (!key.isEmpty() && !core::ratings().fromKey(key)) {
            return false;
        }
    } else if (index.column() == ObservationColumn) {
        observation = value.toString();
        if (key.isEmpty()) {
            return false; // rate first, then observe
        }
    } else {
        return false;
    }
    return m_save(a.id, key, observation);
}

Qt::ItemFlags EvaluationModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = RecordTableModel::flags(index);
    if (valid(index) && (index.column() == RatingColumn || index.column() == ObservationColumn)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

} // namespace muster::gui
