#include "gui/AlertQueueModel.h"

#include "gui/Durations.h"
#include "gui/Theme.h"
#include "storage/AlertRepository.h"

#include <QDateTime>
#include <QFont>

namespace muster::gui {

AlertQueueModel::AlertQueueModel(storage::Database& db, const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
    , m_clock(clock)
{
    m_filter.triages = {core::AlertTriage::Untriaged};
    reload();
}

int AlertQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Alert");
    case AssetColumn:
        return tr("Asset");
    case SourceColumn:
        return tr("Source");
    case CountColumn:
        return tr("Seen");
    case StateColumn:
        return tr("At source");
    case ReceivedColumn:
        return tr("Age");
    case TriageColumn:
        return tr("Decision");
    default:
        return {};
    }
}

QVariant AlertQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size()) {
        return {};
    }
    const core::Alert& a = m_alerts.at(index.row());
    if (role == IdRole) {
        return a.id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return core::severities().label(a.severity);
        case TitleColumn:
            return a.title;
        case AssetColumn:
            return a.assetNames.isEmpty() ? QString() : a.assetNames.join(QStringLiteral(", "));
        case SourceColumn:
            return a.rule.isEmpty() ? a.sourceName : tr("%1 · %2").arg(a.sourceName, a.rule);
        case CountColumn:
            return a.occurrences > 1 ? tr("%1×").arg(a.occurrences) : QStringLiteral("1");
        case StateColumn:
            return core::alertStates().label(a.state);
        case ReceivedColumn:
            return formatDuration(m_clock.nowMs() - a.receivedAt);
        case TriageColumn:
            if (!a.incidentReference.isEmpty()) {
                return tr("%1 %2").arg(core::alertTriages().label(a.triage), a.incidentReference);
            }
            return core::alertTriages().label(a.triage);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AssetColumn:
            return a.businessCritical ? tr("Business-critical asset: an incident from this alert starts at %1.")
                                            .arg(core::tiers().label(a.minimumTier))
                                      : QVariant();
        case ReceivedColumn:
            return tr("First received %1; last seen %2")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.receivedAt), QLocale::ShortFormat),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.lastSeenAt), QLocale::ShortFormat));
        case TitleColumn:
            return a.title;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        return Theme::severityColor(a.severity);
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && a.state == core::AlertState::Resolved) {
        return QColor(Qt::darkGreen);
    }
    if (role == Qt::BackgroundRole && index.column() == AssetColumn && a.businessCritical) {
        return Theme::warningBackground();
    }
    if (role == Qt::FontRole &&
        (index.column() == SeverityColumn || (index.column() == AssetColumn && a.businessCritical))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void AlertQueueModel::setFilter(const storage::AlertFilter& filter)
{
    m_filter = filter;
    reload();
}

void AlertQueueModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    reload();
}

void AlertQueueModel::reload()
{
    beginResetModel();
    m_alerts = storage::AlertRepository(*m_db).list(m_filter);
    endResetModel();
}

int AlertQueueModel::rowOf(const QString& alertId) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == alertId) {
            return i;
        }
    }
    return -1;
}

} // namespace muster::gui
