#include "gui/SyncIssuesModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace muster::gui {

SyncIssuesModel::SyncIssuesModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void SyncIssuesModel::reload()
{
    beginResetModel();
    m_issues = sync::SyncIssues(m_db).list(m_showDismissed);
    endResetModel();
}

void SyncIssuesModel::setShowDismissed(bool show)
{
    m_showDismissed = show;
    reload();
}

void SyncIssuesModel::dismiss(const QList<int>& rows)
{
    sync::SyncIssues issues(m_db);
    for (int row : rows) {
        if (row >= 0 && row < m_issues.size()) {
            issues.dismiss(m_issues.at(row));
        }
    }
    reload();
}

void SyncIssuesModel::dismissAll()
{
    sync::SyncIssues(m_db).dismissAll();
    reload();
}

int SyncIssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int SyncIssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssuesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size()) {
        return {};
    }
    const sync::SyncIssue& i = m_issues.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.at), QLocale::ShortFormat);
        case Kind:
            return i.kind == sync::SyncIssue::Kind::Refused ? tr("Refused") : tr("Conflict");
        case Record:
            return i.record;
        case Field:
            return i.field;
        case What:
            return i.detail;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && i.dismissed) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant SyncIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case What:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace muster::gui
