#pragma once

#include "core/Asset.h"
#include "core/Incident.h"
#include "core/Person.h"
#include "core/Timeline.h"

#include <QList>
#include <QRandomGenerator>

namespace muster::core {

// Generates a realistic demo organisation: a stakeholder directory, an asset inventory
// and incidents whose lifecycles run through the real rules (IncidentRules), so that the
// timelines are valid. Deterministic for a seed. Backs the "Load demo data" offer,
// `musterctl demo` and `musterctl generate` (large data sets for benchmarks).
class DemoGenerator
{
public:
    struct Event
    {
        Actor actor;
        TimelineDraft draft;
    };

    struct GeneratedIncident
    {
        Incident incident;
        QList<Event> events; // in order, the creation first
        QStringList assetIds;
    };

    // Incidents are spread over the `spanDays` before `now`.
    DemoGenerator(quint32 seed, qint64 now, int spanDays = 365);

    const QList<Person>& people() const { return m_people; }
    const QList<Asset>& assets() const { return m_assets; }

    // The next incident; `number` is its sequence number within its year.
    GeneratedIncident next();

    // Incidents are generated in detection order; the caller may ask for `total` in
    // advance so that they are spread evenly over the span.
    void setExpectedCount(int total) { m_expected = std::max(1, total); }

private:
    void makePeople();
    void makeAssets();
    const Person& pick(PersonFunction function);
    qint64 logNormalMinutes(double medianMinutes, double sigma);
    int weighted(std::initializer_list<int> weights);

    QRandomGenerator m_rng;
    qint64 m_now;
    qint64 m_spanMs;
    int m_expected = 200;
    int m_index = 0;
    QHash<int, int> m_referenceByYear;
    QList<Person> m_people;
    QList<Asset> m_assets;
    QHash<PersonFunction, QList<int>> m_byFunction;
};

} // namespace muster::core
