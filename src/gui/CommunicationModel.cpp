#include "gui/CommunicationModel.h"

#include "core/ApprovalRules.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"

namespace muster::gui {

CommunicationModel::CommunicationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CommunicationModel::setCommunications(QList<core::Communication> list,
                                           QHash<QString, QList<core::ApprovalRole>> missing)
{
    beginResetModel();
    m_list = std::move(list);
    m_missing = std::move(missing);
    endResetModel();
}

int CommunicationModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int CommunicationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int CommunicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommunicationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Communication& c = m_list.at(index.row());
    const auto missing = m_missing.value(c.id);
    if (role == IdRole) {
        return c.id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SubjectColumn:
            return c.subject;
        case AudienceColumn:
            return core::audiences().label(c.audience);
        case ChannelColumn:
            return core::channels().label(c.channel);
        case VersionColumn:
            return c.version;
        case StatusColumn:
            if (c.status == core::CommunicationStatus::Sent && c.sentAt) {
                return tr("Sent %1").arg(WorkflowFormat::localTime(*c.sentAt));
            }
            if (!missing.isEmpty()) {
                return tr("%1 — needs %2")
                    .arg(core::communicationStatuses().label(c.status), core::ApprovalRules::describe(missing));
            }
            return core::communicationStatuses().label(c.status);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && c.status == core::CommunicationStatus::Sent) {
        return tr("Sent by %1 via %2").arg(c.sentBy, c.sentVia);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (c.status == core::CommunicationStatus::Approved) {
            return WorkflowFormat::okColor();
        }
        if (c.status != core::CommunicationStatus::Sent && !missing.isEmpty()) {
            return Theme::severityColor(core::Severity::Sev2);
        }
    }
    return {};
}

QVariant CommunicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case AudienceColumn:
        return tr("Audience");
    case ChannelColumn:
        return tr("Channel");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace muster::gui
