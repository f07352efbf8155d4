#include "gui/ObservablesModel.h"

#include "gui/Theme.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLocale>

namespace muster::gui {

ObservablesModel::ObservablesModel(storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(&db)
{}

void ObservablesModel::setDatabase(storage::Database& db)
{
    m_db = &db;
    m_incidentId.clear();
    reload();
}

void ObservablesModel::setIncident(const QString& incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void ObservablesModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_sightings.clear();
    if (!m_incidentId.isEmpty()) {
        storage::ObservableService service(*m_db);
        m_entries = service.ofIncident(m_incidentId);
        m_sightings = service.sightingsOfIncident(m_incidentId);
    }
    endResetModel();
}

int ObservablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ObservablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& e = m_entries.at(index.row());
    QStringList sighted;
    for (const auto& s : m_sightings) {
        if (s.observableId == e.id) {
            sighted.append(QStringLiteral("%1 (%2)").arg(s.itemName, core::tlpMarking(s.tlp)));
        }
    }
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::BackgroundRole:
        return sighted.isEmpty() ? QVariant() : QVariant(Theme::warningBackground());
    case Qt::ToolTipRole:
        return sighted.isEmpty() ? QVariant() : QVariant(tr("Sighting of: %1").arg(sighted.join(QStringLiteral("; "))));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return core::observableKinds().label(e.observable.kind);
    case ValueColumn:
        return e.observable.value;
    case SightingsColumn:
        return sighted.join(QStringLiteral("; "));
    case NoteColumn:
        return e.note;
    case ObservedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.observedAt), QLocale::ShortFormat);
    }
    return {};
}

QVariant ObservablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case SightingsColumn:
        return tr("Sighting of");
    case NoteColumn:
        return tr("Where seen");
    case ObservedColumn:
        return tr("Observed");
    }
    return {};
}

} // namespace muster::gui
