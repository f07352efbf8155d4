#include "gui/TaskModel.h"

#include "core/ApprovalRules.h"
#include "core/DeadlineRules.h"
#include "core/TaskRules.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace muster::gui {

TaskModel::TaskModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TaskModel::setTasks(QList<core::Task> tasks, QHash<QString, QList<core::ApprovalRole>> missing, qint64 now)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_missing = std::move(missing);
    m_now = now;
    endResetModel();
}

void TaskModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_tasks.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int TaskModel::rowOf(const QString& taskId) const
{
    for (int i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == taskId) {
            return i;
        }
    }
    return -1;
}

int TaskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::display(const core::Task& t, int column) const
{
    switch (column) {
    case IncidentColumn:
        return t.incidentReference;
    case TitleColumn:
        return t.hrAction ? tr("%1 (HR action)").arg(t.title) : t.title;
    case WorkstreamColumn:
        return core::workstreams().label(t.workstream);
    case OwnerColumn:
        if (!t.ownerName.isEmpty()) {
            return t.ownerName;
        }
        return t.ownerRole ? tr("(%1)").arg(core::incidentRoles().label(*t.ownerRole)) : QString();
    case DueColumn:
        if (!t.dueAt) {
            return t.dueEvent.isEmpty() ? QString() : tr("after %1").arg(core::TaskRules::dueEventLabel(t.dueEvent));
        }
        return core::isFinished(t.status) ? WorkflowFormat::localTime(*t.dueAt)
                                          : tr("%1 (%2)").arg(WorkflowFormat::shortTime(*t.dueAt),
                                                              core::DeadlineRules::countdown(*t.dueAt, m_now));
    case StatusColumn:
        return core::taskStatuses().label(t.status);
    case ApprovalColumn: {
        const auto missing = m_missing.value(t.id);
        if (!missing.isEmpty()) {
            return tr("Needs %1").arg(core::ApprovalRules::describe(missing));
        }
        return core::TaskRules::requiredApprovals(t).isEmpty() ? QString() : tr("Approved");
    }
    default:
        return {};
    }
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Task& t = m_tasks.at(index.row());
    const bool overdue = t.isOverdue(m_now);
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case IdRole:
        return t.id;
    case OverdueRole:
        return overdue;
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return t.dueAt ? QVariant(*t.dueAt) : QVariant(std::numeric_limits<qint64>::max());
        case StatusColumn:
            return int(t.status);
        case TitleColumn:
            return t.sortOrder;
        default:
            return display(t, index.column());
        }
    case Qt::ForegroundRole:
        if (core::isFinished(t.status)) {
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        if (overdue && (index.column() == DueColumn || index.column() == TitleColumn)) {
            return Theme::severityColor(core::Severity::Sev1);
        }
        if (index.column() == StatusColumn && t.status == core::TaskStatus::Blocked) {
            return Theme::severityColor(core::Severity::Sev2);
        }
        if (index.column() == ApprovalColumn && !m_missing.value(t.id).isEmpty()) {
            return Theme::severityColor(core::Severity::Sev2);
        }
        return {};
    case Qt::FontRole:
        if (overdue && (index.column() == DueColumn || index.column() == TitleColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && t.dueAt) {
            return overdue ? tr("Overdue: was due %1").arg(WorkflowFormat::fullTime(*t.dueAt))
                           : WorkflowFormat::fullTime(*t.dueAt);
        }
        if (index.column() == StatusColumn && !t.statusReason.isEmpty()) {
            return t.statusReason;
        }
        if (index.column() == TitleColumn) {
            return t.description.isEmpty() ? t.title : t.description;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return overdue ? tr("overdue") : QVariant();
    default:
        return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case TitleColumn:
        return tr("Task");
    case WorkstreamColumn:
        return tr("Workstream");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ApprovalColumn:
        return tr("Approval");
    default:
        return {};
    }
}

} // namespace muster::gui
