#include "gui/HuntsModel.h"

#include "core/Clock.h"
#include "core/HuntRules.h"
#include "gui/Theme.h"
#include "storage/Database.h"
#include "storage/HuntRepository.h"
#include "storage/PeopleRepository.h"

#include <QDateTime>
#include <QLocale>

namespace muster::gui {

HuntsModel::HuntsModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{
    reload();
}

void HuntsModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    reload();
}

void HuntsModel::reload()
{
    beginResetModel();
    m_hunts = storage::HuntRepository(*m_db).all();
    m_people.clear();
    for (const auto& p : storage::PeopleRepository(*m_db).all()) {
        m_people.insert(p.id, p.name);
    }
    endResetModel();
}

int HuntsModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_hunts.size(); ++i) {
        if (m_hunts.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

int HuntsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hunts.size());
}

int HuntsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HuntsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Hunt& h = m_hunts.at(index.row());
    const qint64 now = m_now > 0 ? m_now : core::SystemClock::instance().nowMs();
    const bool overdue = core::HuntRules::isOverdue(h, now);
    switch (role) {
    case IdRole:
        return h.id;
    case StatusKeyRole:
        return core::huntStatuses().key(h.status);
    case SortRole:
        if (index.column() == TimeboxColumn) {
            return h.timeboxEnd.value_or(0);
        }
        if (index.column() == FindingsColumn) {
            return int(h.findings.size());
        }
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        return overdue && (index.column() == TimeboxColumn || index.column() == StatusColumn)
                   ? QVariant(Theme::warningBackground())
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            return h.hypothesis;
        }
        return overdue && index.column() == TimeboxColumn ? QVariant(tr("Past its time box")) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ReferenceColumn:
        return h.reference;
    case TitleColumn:
        return h.title;
    case StatusColumn:
        if (h.status == core::HuntStatus::Concluded) {
            return core::huntOutcomes().label(h.outcome);
        }
        return overdue ? tr("%1, past its time box").arg(core::huntStatuses().label(h.status))
                       : core::huntStatuses().label(h.status);
    case TechniquesColumn:
        return h.attackIds.join(QStringLiteral(", "));
    case OwnerColumn:
        return m_people.value(h.ownerId);
    case TimeboxColumn:
        return h.timeboxEnd
                   ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*h.timeboxEnd).date(), QLocale::ShortFormat)
                   : QString();
    case FindingsColumn:
        return int(h.findings.size());
    }
    return {};
}

QVariant HuntsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Hunt");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case TechniquesColumn:
        return tr("ATT&CK");
    case OwnerColumn:
        return tr("Owner");
    case TimeboxColumn:
        return tr("Ends");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace muster::gui
