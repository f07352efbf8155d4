#pragma once

#include "core/IntelItem.h"
#include "core/Observable.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QLatin1String>

namespace muster::core {

namespace TimelineKind {
inline constexpr QLatin1String Observable("observable");
inline constexpr QLatin1String ObservableRemoved("observable_removed");
inline constexpr QLatin1String Sighting("sighting");
} // namespace TimelineKind

// When an incident's observable is a sighting of an indicator, and the timeline
// entries that record observables and sightings on the incident.
class SightingRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::SightingRules)

public:
    // An indicator counts when it is an indicator, names a value matching the
    // observable, and was valid (not revoked, inside its validity window) when the
    // observable was seen.
    static bool counts(const IntelItem& indicator, qint64 observedAt);

    static TimelineDraft observableAdded(const Observable& observable, const QString& note, qint64 at);
    static TimelineDraft observableRemoved(const Observable& observable, qint64 at);
    static TimelineDraft sighting(const IntelItem& indicator, const Observable& observed, qint64 at);
};

} // namespace muster::core
