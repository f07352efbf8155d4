#pragma once

#include "storage/ObservableService.h"

#include <QAbstractTableModel>

namespace muster::gui {

// The observables of one incident, with the indicators each one sighted.
class ObservablesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservablesModel)

public:
    enum Column
    {
        KindColumn,
        ValueColumn,
        SightingsColumn,
        NoteColumn,
        ObservedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit ObservablesModel(storage::Database& db, QObject* parent = nullptr);
    void setDatabase(storage::Database& db);
    void setIncident(const QString& incidentId);
    const QString& incidentId() const { return m_incidentId; }
    void reload();
    int sightingCount() const { return int(m_sightings.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    storage::Database* m_db;
    QString m_incidentId;
    QList<storage::ObservableService::Entry> m_entries;
    QList<storage::ObservableService::Sighting> m_sightings;
};

} // namespace muster::gui
