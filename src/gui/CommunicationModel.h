#pragma once

#include "core/Approval.h"
#include "core/Communication.h"

#include <QAbstractTableModel>
#include <QHash>

namespace muster::gui {

// An incident's communications: subject, audience, status and what approval is missing.
class CommunicationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationModel)

public:
    enum Column
    {
        SubjectColumn,
        AudienceColumn,
        ChannelColumn,
        VersionColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit CommunicationModel(QObject* parent = nullptr);

    void setCommunications(QList<core::Communication> list, QHash<QString, QList<core::ApprovalRole>> missing);
    const core::Communication& communicationAt(int row) const { return m_list.at(row); }
    QList<core::ApprovalRole> missingApprovals(const QString& id) const { return m_missing.value(id); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Communication> m_list;
    QHash<QString, QList<core::ApprovalRole>> m_missing;
};

} // namespace muster::gui
