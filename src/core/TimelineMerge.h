#pragma once

#include "core/IncidentFacts.h"
#include "core/Timeline.h"

#include <QHash>
#include <QList>

#include <optional>

namespace muster::core {

// How an incident's timeline, merged from several desktops by union, is read.
//
// Each desktop appends to its own copy of the chain; after a sync, entries recorded on
// different desktops may share a predecessor (TimelineChain accepts such forks). To
// derive the same facts on every desktop and on the server, the entries are folded in
// one order that every desktop knows: the order in which the server accepted them,
// followed by this desktop's entries the server has not ordered yet, in local order.
//
// A transition is folded only when the lifecycle allows it from the status reached so
// far. The server refuses the same status change by the same rule in the same order
// (the status state machine is enforced there too), so a transition that lost a race
// stays in the timeline as evidence of what was recorded, without effect on the facts.
class TimelineMerge
{
public:
    // `entries` in local seq order; `serverOrder` maps entry ids to the server's order.
    static QList<TimelineEntry> foldOrder(const QList<TimelineEntry>& entries,
                                          const QHash<QString, qint64>& serverOrder);
    // The same with each entry's server order by position (nullopt: only this desktop has it).
    static QList<TimelineEntry> foldOrder(const QList<TimelineEntry>& entries,
                                          const QList<std::optional<qint64>>& serverOrder);

    // Folds entries in fold order. `ineffective`, when given, receives the ids of
    // transitions the lifecycle did not allow at their place.
    static IncidentFacts fold(const QList<TimelineEntry>& ordered, QStringList* ineffective = nullptr);
};

} // namespace muster::core
