#include "gui/BriefsModel.h"

#include "gui/TlpBadge.h"
#include "storage/BriefRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLocale>

namespace muster::gui {

BriefsModel::BriefsModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{
    reload();
}

void BriefsModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    reload();
}

void BriefsModel::reload()
{
    beginResetModel();
    storage::BriefRepository repo(*m_db);
    m_briefs = repo.all();
    m_distributions.clear();
    for (const auto& d : repo.distributions()) {
        m_distributions[d.briefId] += 1;
    }
    endResetModel();
}

int BriefsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_briefs.size());
}

int BriefsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BriefsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::IntelBrief& b = m_briefs.at(index.row());
    if (role == IdRole) {
        return b.id;
    }
    if (index.column() == MarkingColumn && role == Qt::ForegroundRole) {
        return TlpBadge::foreground(b.tlp);
    }
    if (index.column() == MarkingColumn && role == Qt::BackgroundRole) {
        return TlpBadge::background(b.tlp);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ReferenceColumn:
        return b.reference;
    case MarkingColumn:
        return core::tlpMarking(b.tlp);
    case TitleColumn:
        return b.title;
    case AudienceColumn:
        return core::briefAudiences().label(b.audience);
    case ItemsColumn:
        return int(b.itemIds.size());
    case DistributionsColumn:
        return m_distributions.value(b.id);
    case UpdatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.updatedAt), QLocale::ShortFormat);
    }
    return {};
}

QVariant BriefsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Brief");
    case MarkingColumn:
        return tr("TLP");
    case TitleColumn:
        return tr("Title");
    case AudienceColumn:
        return tr("Audience");
    case ItemsColumn:
        return tr("Items");
    case DistributionsColumn:
        return tr("Sent");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace muster::gui
