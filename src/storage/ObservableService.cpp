#include "storage/ObservableService.h"

#include "core/Error.h"
#include "core/Ids.h"
#include "core/SightingRules.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/IntelRepository.h"
#include "storage/Sql.h"

namespace muster::storage {

using core::Error;

namespace {

const QStringList kChanged{QStringLiteral("incident_observables"), QStringLiteral("intel_sightings"),
                           QStringLiteral("incidents"), QStringLiteral("timeline_entries")};

ObservableService::Entry readEntry(const Query& q)
{
    ObservableService::Entry e;
    e.id = q.value(0).toString();
    e.incidentId = q.value(1).toString();
    e.observable = {core::observableKinds().fromKey(q.value(2).toString()).value_or(core::ObservableKind::Ipv4),
                    q.value(3).toString()};
    e.note = q.value(4).toString();
    e.observedAt = q.value(5).toLongLong();
    e.createdBy = q.value(6).toString();
    return e;
}

const QString kEntryColumns = QStringLiteral("id, incident_id, kind, value, note, observed_at, created_by");

} // namespace

ObservableService::ObservableService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

ObservableService::Added ObservableService::add(const QString& incidentId, core::ObservableKind kind,
                                                const QString& value, const QString& note, const core::Actor& actor,
                                                std::optional<qint64> observedAt)
{
    const core::Observable observable = core::Observable::parse(kind, value);
    const qint64 now = m_clock.nowMs();
    if (observedAt && *observedAt > now) {
        throw Error(Error::Kind::BadInput, tr("Observed: an observable cannot be seen in the future."));
    }
    WriteTransaction tx(m_db.connection());
    IncidentService incidents(m_db, m_clock);
    const core::Incident incident = incidents.get(incidentId);
    Query exists(m_db.connection(), QStringLiteral("SELECT count(*) FROM incident_observables WHERE incident_id = "
                                                   ":incident AND kind = :kind AND value = :value"));
    exists.bind(QStringLiteral(":incident"), incident.id)
        .bind(QStringLiteral(":kind"), core::observableKinds().key(kind))
        .bind(QStringLiteral(":value"), observable.value);
    if (exists.scalar().toInt() > 0) {
        throw Error(Error::Kind::Refused,
                    tr("%1 already has the observable %2.").arg(incident.reference, observable.value));
    }
    Added added;
    added.entry = {core::newId(), incident.id, observable, note.trimmed(), observedAt.value_or(now), actor.name};
    Query q(m_db.connection(), QStringLiteral("INSERT INTO incident_observables (id, incident_id, kind, value, note, "
                                              "observed_at, created_by, created_at, updated_at) VALUES (:id, "
                                              ":incident, :kind, :value, :note, :observed, :by, :now, :now)"));
    q.bind(QStringLiteral(":id"), added.entry.id)
        .bind(QStringLiteral(":incident"), incident.id)
        .bind(QStringLiteral(":kind"), core::observableKinds().key(kind))
        .bind(QStringLiteral(":value"), observable.value)
        .bind(QStringLiteral(":note"), added.entry.note)
        .bind(QStringLiteral(":observed"), added.entry.observedAt)
        .bind(QStringLiteral(":by"), actor.name)
        .bind(QStringLiteral(":now"), now)
        .exec();
    incidents.appendToTimeline(incident.id, {core::SightingRules::observableAdded(observable, note, now)}, actor);

    IntelRepository intel(m_db);
    for (const auto& match : intel.indicatorsMatching(observable)) {
        const auto item = intel.find(match.itemId);
        if (item) {
            if (auto s = recordSighting(*item, added.entry, actor)) {
                added.sightings.append(*s);
            }
        }
    }
    tx.commit();
    m_db.notifyChanged(kChanged);
    return added;
}

void ObservableService::remove(const QString& observableId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM incident_observables WHERE id = :id").arg(kEntryColumns));
    q.bind(QStringLiteral(":id"), observableId).exec();
    if (!q.next()) {
        throw Error(Error::Kind::NotFound, tr("No observable %1.").arg(observableId));
    }
    const Entry e = readEntry(q);
    Query del(m_db.connection(), QStringLiteral("DELETE FROM incident_observables WHERE id = :id"));
    del.bind(QStringLiteral(":id"), observableId).exec();
    IncidentService(m_db, m_clock)
        .appendToTimeline(e.incidentId, {core::SightingRules::observableRemoved(e.observable, m_clock.nowMs())}, actor);
    tx.commit();
    m_db.notifyChanged(kChanged);
}

std::optional<ObservableService::Sighting>
ObservableService::recordSighting(const core::IntelItem& indicator, const Entry& entry, const core::Actor& actor)
{
    if (!core::SightingRules::counts(indicator, entry.observedAt)) {
        return std::nullopt;
    }
    const qint64 now = m_clock.nowMs();
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO intel_sightings (id, item_id, observable_id, incident_id, matched_value, "
                           "seen_at, created_at, updated_at) VALUES (:id, :item, :observable, :incident, :value, "
                           ":seen, :now, :now) ON CONFLICT (item_id, observable_id) DO NOTHING"));
    Sighting s;
    s.id = core::newId();
    q.bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":item"), indicator.id)
        .bind(QStringLiteral(":observable"), entry.id)
        .bind(QStringLiteral(":incident"), entry.incidentId)
        .bind(QStringLiteral(":value"), entry.observable.value)
        .bind(QStringLiteral(":seen"), entry.observedAt)
        .bind(QStringLiteral(":now"), now)
        .exec();
    if (q.numRowsAffected() <= 0) {
        return std::nullopt; // already recorded
    }
    const core::Incident incident =
        IncidentService(m_db, m_clock)
            .appendToTimeline(entry.incidentId, {core::SightingRules::sighting(indicator, entry.observable, now)},
                              actor);
    s.itemId = indicator.id;
    s.itemName = indicator.name;
    s.tlp = indicator.tlp;
    s.source = indicator.source;
    s.observableId = entry.id;
    s.incidentId = entry.incidentId;
    s.incidentReference = incident.reference;
    s.observed = entry.observable;
    s.seenAt = entry.observedAt;
    return s;
}

QList<ObservableService::Sighting> ObservableService::matchIndicators(const QList<core::IntelItem>& indicators,
                                                                      const core::Actor& actor)
{
    // Observables are few next to a feed's indicators: read them once and match in memory.
    QHash<QString, QList<Entry>> byValue;
    QHash<core::ObservableKind, QList<Entry>> byKind;
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM incident_observables").arg(kEntryColumns));
    q.exec();
    while (q.next()) {
        const Entry e = readEntry(q);
        byValue[core::observableKinds().key(e.observable.kind) + QLatin1Char(' ') + e.observable.value].append(e);
        byKind[e.observable.kind].append(e);
    }
    QList<Sighting> out;
    if (byKind.isEmpty()) {
        return out;
    }
    for (const core::IntelItem& item : indicators) {
        if (item.kind != core::IntelKind::Indicator || item.revoked) {
            continue;
        }
        for (const core::Observable& value : item.observables) {
            const QList<Entry> candidates =
                value.isRange()
                    ? byKind.value(value.kind)
                    : byValue.value(core::observableKinds().key(value.kind) + QLatin1Char(' ') + value.value);
            for (const Entry& e : candidates) {
                if (!value.matches(e.observable)) {
                    continue;
                }
                if (auto s = recordSighting(item, e, actor)) {
                    out.append(*s);
                }
            }
        }
    }
    return out;
}

QList<ObservableService::Entry> ObservableService::ofIncident(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM incident_observables WHERE incident_id = :id "
                                              "ORDER BY observed_at, value")
                                   .arg(kEntryColumns));
    q.bind(QStringLiteral(":id"), incidentId).exec();
    QList<Entry> out;
    while (q.next()) {
        out.append(readEntry(q));
    }
    return out;
}

QList<ObservableService::Sighting> ObservableService::listSightings(const QString& where, const QString& key) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT s.id, s.item_id, i.name, i.tlp, i.source, s.observable_id, s.incident_id, "
                           "inc.reference, o.kind, s.matched_value, s.seen_at FROM intel_sightings s "
                           "JOIN intel_items i ON i.id = s.item_id JOIN incidents inc ON inc.id = s.incident_id "
                           "JOIN incident_observables o ON o.id = s.observable_id WHERE %1 = :key "
                           "ORDER BY s.seen_at DESC")
                .arg(where));
    q.bind(QStringLiteral(":key"), key).exec();
    QList<Sighting> out;
    while (q.next()) {
        Sighting s;
        s.id = q.value(0).toString();
        s.itemId = q.value(1).toString();
        s.itemName = q.value(2).toString();
        s.tlp = core::tlpLevels().fromKey(q.value(3).toString()).value_or(core::Tlp::Red);
        s.source = q.value(4).toString();
        s.observableId = q.value(5).toString();
        s.incidentId = q.value(6).toString();
        s.incidentReference = q.value(7).toString();
        s.observed = {core::observableKinds().fromKey(q.value(8).toString()).value_or(core::ObservableKind::Ipv4),
                      q.value(9).toString()};
        s.seenAt = q.value(10).toLongLong();
        out.append(s);
    }
    return out;
}

QList<ObservableService::Sighting> ObservableService::sightingsOfIncident(const QString& incidentId) const
{
    return listSightings(QStringLiteral("s.incident_id"), incidentId);
}

QList<ObservableService::Sighting> ObservableService::sightingsOfItem(const QString& itemId) const
{
    return listSightings(QStringLiteral("s.item_id"), itemId);
}

int ObservableService::sightingCount() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM intel_sightings"));
    return q.scalar().toInt();
}

} // namespace muster::storage
