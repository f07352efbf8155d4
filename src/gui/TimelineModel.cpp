#include "gui/TimelineModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace muster::gui {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(QList<core::TimelineEntry> entries,
                               const core::TimelineChain::Verification& verification)
{
    beginResetModel();
    // Shown in the order things happened; the chain order breaks ties.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.occurredAt < b.occurredAt; });
    m_entries = std::move(entries);
    m_brokenId = verification.ok ? QString() : verification.brokenEntryId;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::TimelineEntry& e = m_entries.at(index.row());
    const bool broken = !m_brokenId.isEmpty() && e.id == m_brokenId;
    if (role == Qt::BackgroundRole && broken) {
        return QBrush(QColor(0xf8, 0xd7, 0xd7));
    }
    if (role == Qt::ForegroundRole && broken) {
        return QBrush(QColor(0x8b, 0x00, 0x00));
    }
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        QString tip = tr("Recorded %1 · entry %2 · hash %3")
                          .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(e.recordedAt), QLocale::ShortFormat))
                          .arg(e.seq)
                          .arg(e.hash.left(16));
        if (broken) {
            tip = tr("The hash chain breaks here. %1").arg(tip);
        }
        return tip;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt), QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhoColumn:
        return e.actorName;
    case KindColumn:
        return core::timelineKindLabel(e.kind);
    case EntryColumn:
        return e.text;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case KindColumn:
        return tr("What");
    case EntryColumn:
        return tr("Entry");
    default:
        return {};
    }
}

} // namespace muster::gui
