#include "gui/ImprovementModel.h"

#include "gui/Theme.h"

#include <QDateTime>
#include <QLocale>

namespace muster::gui {

ImprovementModel::ImprovementModel(qint64 now, QObject* parent)
    : RecordTableModel(parent)
    , m_now(now)
{}

QStringList ImprovementModel::headers() const
{
    return {tr("Corrective action"), tr("Capability"), tr("Owner"), tr("Due"), tr("Status"), tr("Raised in")};
}

QVariant ImprovementModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& m = m_rows.at(index.row());
    const bool open = m.status == core::ImprovementStatus::Open || m.status == core::ImprovementStatus::InProgress;
    if (role == IdRole) {
        return m.id;
    }
    if (role == Qt::BackgroundRole && index.column() == DueColumn && open && m.dueAt && *m.dueAt < m_now) {
        return Theme::warningBackground();
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn && open && m.dueAt && *m.dueAt < m_now) {
        return tr("Overdue");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ActionColumn:
        return m.action;
    case CapabilityColumn:
        return m.capability;
    case OwnerColumn:
        return m.ownerName.isEmpty() ? tr("(no owner)") : m.ownerName;
    case DueColumn:
        return m.dueAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*m.dueAt).date(), QLocale::ShortFormat)
                       : QString();
    case StatusColumn:
        return core::improvementStatuses().label(m.status);
    case ExerciseColumn:
        return m.exerciseReference;
    default:
        return {};
    }
}

} // namespace muster::gui
