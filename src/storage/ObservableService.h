#pragma once

#include "core/Clock.h"
#include "core/IntelItem.h"
#include "core/Observable.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Observables on incidents and their sightings. An observable that matches a valid
// indicator is a sighting on both: a row links them and the incident's timeline gets
// an entry (through IncidentService's save path). Indicators imported later are
// matched against the observables already recorded (matchIndicators).
class ObservableService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::ObservableService)

public:
    explicit ObservableService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    struct Entry
    {
        QString id;
        QString incidentId;
        core::Observable observable;
        QString note;
        qint64 observedAt = 0;
        QString createdBy;
    };

    struct Sighting
    {
        QString id;
        QString itemId;
        QString itemName;
        core::Tlp tlp = core::Tlp::Amber;
        QString source;
        QString observableId;
        QString incidentId;
        QString incidentReference;
        core::Observable observed;
        qint64 seenAt = 0;
    };

    struct Added
    {
        Entry entry;
        QList<Sighting> sightings;
    };

    // Adds an observable (normalised; throws BadInput naming the field) and records the
    // sightings it makes, all in one transaction.
    Added add(const QString& incidentId, core::ObservableKind kind, const QString& value, const QString& note,
              const core::Actor& actor, std::optional<qint64> observedAt = std::nullopt);
    void remove(const QString& observableId, const core::Actor& actor);

    QList<Entry> ofIncident(const QString& incidentId) const;
    QList<Sighting> sightingsOfIncident(const QString& incidentId) const;
    QList<Sighting> sightingsOfItem(const QString& itemId) const;
    int sightingCount() const;

    // Inside the caller's transaction: records sightings of these (new or changed)
    // indicators among the observables already on incidents. Returns them.
    QList<Sighting> matchIndicators(const QList<core::IntelItem>& indicators, const core::Actor& actor);

private:
    QList<Sighting> listSightings(const QString& where, const QString& key) const;
    std::optional<Sighting> recordSighting(const core::IntelItem& indicator, const Entry& entry,
                                           const core::Actor& actor);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
