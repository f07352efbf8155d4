#include "gui/DeadlineModel.h"

#include "core/DeadlineRules.h"
#include "core/RegulatoryClock.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace muster::gui {

DeadlineModel::DeadlineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DeadlineModel::setDeadlines(QList<core::Deadline> deadlines, qint64 now)
{
    beginResetModel();
    m_deadlines = std::move(deadlines);
    m_now = now;
    endResetModel();
}

void DeadlineModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_deadlines.isEmpty()) {
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, CountdownColumn));
    }
}

int DeadlineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int DeadlineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Deadline& d = m_deadlines.at(index.row());
    const core::RegulatoryRule* rule = core::RegulatoryClock::rule(d.ruleId);
    if (role == IdRole) {
        return d.id;
    }
    if (role == SortRole) {
        return index.column() == DueColumn || index.column() == CountdownColumn ? QVariant(d.dueAt)
                                                                                : data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IncidentColumn:
            return d.incidentReference;
        case RegimeColumn:
            return rule ? rule->regime : d.ruleId;
        case DutyColumn:
            return rule ? rule->title : d.ruleId;
        case DueColumn:
            return WorkflowFormat::localTime(d.dueAt);
        case CountdownColumn:
            if (d.status == core::DeadlineStatus::Waived) {
                return tr("waived");
            }
            if (!d.isOpen()) {
                return d.completedAt ? tr("notified %1").arg(WorkflowFormat::shortTime(*d.completedAt)) : QString();
            }
            return core::DeadlineRules::countdown(d.dueAt, m_now);
        case StatusColumn:
            if (d.isOverdue(m_now)) {
                return tr("Overdue");
            }
            return core::deadlineStatuses().label(d.status);
        case SourceColumn:
            return rule ? rule->source : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DueColumn:
        case CountdownColumn:
            return WorkflowFormat::fullTime(d.dueAt);
        case StatusColumn:
            return d.reason;
        case DutyColumn:
        case SourceColumn:
            return rule ? tr("%1\n%2\nNotify: %3").arg(rule->source, rule->sourceUrl, rule->audience) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (!d.isOpen()) {
            return d.status == core::DeadlineStatus::Missed
                       ? Theme::severityColor(core::Severity::Sev1)
                       : QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        if (index.column() == CountdownColumn || index.column() == StatusColumn || index.column() == DueColumn) {
            const QColor c = WorkflowFormat::urgencyColor(d.dueAt, m_now);
            return c.isValid() ? QVariant(c) : QVariant();
        }
    }
    if (role == Qt::FontRole && d.isOpen() && index.column() == CountdownColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case RegimeColumn:
        return tr("Regime");
    case DutyColumn:
        return tr("Duty");
    case DueColumn:
        return tr("Due");
    case CountdownColumn:
        return tr("Time left");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Legal source");
    default:
        return {};
    }
}

} // namespace muster::gui
