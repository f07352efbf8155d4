#include "gui/IncidentListModel.h"

#include "core/Error.h"
#include "core/Lifecycle.h"
#include "core/TimeText.h"
#include "gui/Theme.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QtConcurrent>

namespace muster::gui {

using storage::IncidentQuery;

namespace {

IncidentQuery::SortKey sortKeyFor(int column)
{
    switch (column) {
    case IncidentListModel::ReferenceColumn:
        return IncidentQuery::SortKey::Reference;
    case IncidentListModel::SeverityColumn:
        return IncidentQuery::SortKey::Severity;
    case IncidentListModel::PriorityColumn:
        return IncidentQuery::SortKey::Priority;
    case IncidentListModel::TierColumn:
        return IncidentQuery::SortKey::Tier;
    case IncidentListModel::StatusColumn:
        return IncidentQuery::SortKey::Status;
    case IncidentListModel::TitleColumn:
        return IncidentQuery::SortKey::Title;
    case IncidentListModel::CategoryColumn:
        return IncidentQuery::SortKey::Category;
    case IncidentListModel::CommanderColumn:
        return IncidentQuery::SortKey::Commander;
    case IncidentListModel::TimeToAcknowledgeColumn:
        return IncidentQuery::SortKey::AcknowledgedAt;
    case IncidentListModel::AgeColumn:
    case IncidentListModel::DetectedColumn:
    default:
        return IncidentQuery::SortKey::DetectedAt;
    }
}

} // namespace

IncidentListModel::IncidentListModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{
    m_filter.exercise = false;
    m_filter.visibleTo = QString(); // until the page says who is looking: nothing confidential
    reload(0);
}

IncidentListModel::~IncidentListModel()
{
    waitForCounts();
}

void IncidentListModel::waitForCounts()
{
    m_count.waitForFinished();
}

void IncidentListModel::setDatabase(storage::Database& db)
{
    waitForCounts();
    m_db = &db;
    reload(0);
}

void IncidentListModel::startCount()
{
    // A count cannot be interrupted, and one over a million rows takes a while: one
    // runs at a time. Requests made meanwhile (typing in the search field, clicking
    // through filters) collapse into one count, for the filter current when it starts.
    ++m_countGeneration;
    m_total = -1;
    emit totalCountChanged(m_total);
    if (m_counting) {
        m_countPending = true;
        return;
    }
    runCount();
}

void IncidentListModel::runCount()
{
    m_counting = true;
    m_countPending = false;
    const int generation = m_countGeneration;
    storage::Database* db = m_db;
    const storage::IncidentFilter filter = m_filter;
    m_count = QtConcurrent::run([db, filter] {
        try {
            return storage::IncidentQuery(*db, filter).count();
        } catch (const core::Error&) {
            return -1;
        }
    });
    m_count.then(this, [this, generation](int total) {
        m_counting = false;
        if (generation == m_countGeneration) {
            m_total = total;
            emit totalCountChanged(m_total);
        }
        if (m_countPending) {
            runCount();
        }
    });
}

qint64 IncidentListModel::now() const
{
    return m_now != 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

IncidentQuery IncidentListModel::query() const
{
    return IncidentQuery(*m_db, m_filter, m_sort, m_order);
}

void IncidentListModel::reload(int keepRows, bool recount)
{
    // Views and testers may ask for more rows while the reset is announced: not then.
    m_resetting = true;
    beginResetModel();
    const int wanted = std::max(pageSize, keepRows);
    m_rows = query().page(wanted);
    m_hasMore = m_rows.size() == wanted;
    endResetModel();
    m_resetting = false;
    if (recount) {
        startCount();
    }
}

void IncidentListModel::refresh()
{
    reload(int(m_rows.size()));
}

void IncidentListModel::setFilter(const storage::IncidentFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload(0);
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IncidentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_hasMore;
}

void IncidentListModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again while rows are being inserted: not then.
    if (parent.isValid() || m_resetting || m_fetching) {
        return;
    }
    m_fetching = true;
    const auto more = query().page(pageSize, m_rows.isEmpty() ? nullptr : &m_rows.last());
    m_hasMore = more.size() == pageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    m_fetching = false;
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    // The age column counts backwards from detection.
    const Qt::SortOrder effective =
        column == AgeColumn ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : order;
    if (key == m_sort && effective == m_order) {
        return;
    }
    m_sort = key;
    m_order = effective;
    reload(0, false); // the same rows in another order: the count stands
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::IncidentRow& row = m_rows.at(index.row());
    const core::Incident& i = row.incident;
    const bool unacknowledged = i.status == core::Status::New;
    switch (role) {
    case IdRole:
        return i.id;
    case ReferenceRole:
        return i.reference;
    case UnacknowledgedRole:
        return unacknowledged;
    case Qt::BackgroundRole:
        return unacknowledged ? QVariant(Theme::warningBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            return Theme::severityColor(i.severity);
        }
        if (index.column() == TierColumn) {
            return Theme::tierColor(i.tier);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == SeverityColumn || (index.column() == StatusColumn && unacknowledged)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ReferenceColumn && (i.confidential || i.exercise)) {
            return QIcon(i.confidential ? QStringLiteral(":/icons/confidential.svg")
                                        : QStringLiteral(":/icons/exercises.svg"));
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReferenceColumn:
            if (i.confidential && i.exercise) {
                return tr("Confidential exercise incident");
            }
            return i.confidential ? tr("Confidential incident") : i.exercise ? tr("Exercise incident") : QVariant();
        case SeverityColumn:
            return core::severityDefinition(i.severity);
        case TierColumn:
            return core::tierDescription(i.tier);
        case StatusColumn:
            return unacknowledged ? tr("Not acknowledged yet") : QVariant();
        case TitleColumn:
            return i.summary.isEmpty() ? i.title : i.summary;
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ReferenceColumn:
        return i.reference;
    case SeverityColumn:
        return core::severities().label(i.severity);
    case PriorityColumn:
        return QStringLiteral("P%1").arg(i.priority);
    case TierColumn:
        return core::tiers().label(i.tier);
    case StatusColumn:
        return core::statuses().label(i.status);
    case TitleColumn:
        return i.title;
    case CategoryColumn:
        return core::categories().label(i.category);
    case CommanderColumn:
        return row.commanderName;
    case DetectedColumn:
        return QDateTime::fromMSecsSinceEpoch(i.detectedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case AgeColumn: {
        const qint64 end = core::Lifecycle::isOpen(i.status) ? now() : (i.closedAt ? *i.closedAt : i.updatedAt);
        return core::formatDuration(end - i.detectedAt);
    }
    case TimeToAcknowledgeColumn:
        return i.acknowledgedAt ? core::formatDuration(*i.acknowledgedAt - i.detectedAt) : QString();
    case SourceColumn:
        return i.detectionDetail.isEmpty() ? core::detectionSources().label(i.detectionSource) : i.detectionDetail;
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == AgeColumn) {
        return tr("Time since detection (open incidents) or from detection to closure");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case SeverityColumn:
        return tr("Severity");
    case PriorityColumn:
        return tr("Priority");
    case TierColumn:
        return tr("Tier");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case CommanderColumn:
        return tr("Commander");
    case DetectedColumn:
        return tr("Detected");
    case AgeColumn:
        return tr("Age");
    case TimeToAcknowledgeColumn:
        return tr("Time to acknowledge");
    case SourceColumn:
        return tr("Detection source");
    default:
        return {};
    }
}

} // namespace muster::gui
