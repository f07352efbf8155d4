#include "gui/IntelItemsModel.h"

#include "core/Clock.h"
#include "gui/TlpBadge.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace muster::gui {

namespace {

QString day(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).date(), QLocale::ShortFormat) : QString();
}

} // namespace

IntelItemsModel::IntelItemsModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{
    reload();
}

void IntelItemsModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    reload();
}

void IntelItemsModel::setFilter(const storage::IntelRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

void IntelItemsModel::reload()
{
    beginResetModel();
    m_items = storage::IntelRepository(*m_db).list(m_filter);
    endResetModel();
}

int IntelItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int IntelItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntelItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::IntelItem& i = m_items.at(index.row());
    const qint64 now = m_now > 0 ? m_now : core::SystemClock::instance().nowMs();
    const bool inactive = i.revoked || (i.kind == core::IntelKind::Indicator && !i.isValidAt(now));
    switch (role) {
    case IdRole:
        return i.id;
    case TlpRole:
        return static_cast<int>(i.tlp);
    case Qt::ForegroundRole:
        if (index.column() == MarkingColumn) {
            return TlpBadge::foreground(i.tlp);
        }
        return inactive ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText)) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == MarkingColumn ? QVariant(TlpBadge::background(i.tlp)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case MarkingColumn:
            return static_cast<int>(i.tlp);
        case ConfidenceColumn:
            return i.confidence;
        case ValidityColumn:
            return i.validUntil.value_or(std::numeric_limits<qint64>::max());
        case UpdatedColumn:
            return i.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == ValidityColumn && inactive) {
            return i.revoked ? tr("Revoked by its producer") : tr("Outside its validity window: no new sightings");
        }
        return index.column() == NameColumn && !i.description.isEmpty() ? QVariant(i.description.left(400))
                                                                        : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case MarkingColumn:
        return core::tlpMarking(i.tlp);
    case KindColumn:
        return core::intelKinds().label(i.kind);
    case NameColumn:
        return i.name;
    case ValueColumn: {
        QStringList values;
        for (const auto& o : i.observables) {
            values.append(o.value);
        }
        return values.join(QStringLiteral(", "));
    }
    case SourceColumn:
        return i.source;
    case ConfidenceColumn:
        return i.confidence >= 0 ? QVariant(i.confidence) : QVariant(QStringLiteral("—"));
    case ValidityColumn:
        if (i.revoked) {
            return tr("Revoked");
        }
        if (i.kind != core::IntelKind::Indicator) {
            return i.firstSeen ? tr("Seen %1").arg(day(i.firstSeen)) : QString();
        }
        if (i.validUntil) {
            return i.isValidAt(now) ? tr("Until %1").arg(day(i.validUntil)) : tr("Expired %1").arg(day(i.validUntil));
        }
        return i.validFrom ? tr("Since %1").arg(day(i.validFrom)) : tr("Open-ended");
    case TechniquesColumn:
        return i.attackIds.join(QStringLiteral(", "));
    case UpdatedColumn:
        return day(i.updatedAt);
    }
    return {};
}

QVariant IntelItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case MarkingColumn:
        return tr("TLP");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Values");
    case SourceColumn:
        return tr("Source");
    case ConfidenceColumn:
        return tr("Confidence");
    case ValidityColumn:
        return tr("Validity");
    case TechniquesColumn:
        return tr("ATT&CK");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace muster::gui
