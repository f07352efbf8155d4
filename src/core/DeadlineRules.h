#pragma once

#include "core/Deadline.h"
#include "core/RegulatoryClock.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace muster::core {

// What happens to regulatory deadlines when a person records a start event, meets or
// waives a deadline. Each function validates, changes the value it is given, and
// returns the timeline draft that records it; it throws Error with a message for the
// user when the request breaks a rule.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::DeadlineRules)

public:
    // Recording (or correcting) a start event. A correction needs a note.
    static TimelineDraft recordEvent(ClockEvent event, qint64 at, const QString& note, std::optional<qint64> previous,
                                     qint64 now);

    // A deadline to create or move after the anchors changed.
    struct Change
    {
        const RegulatoryRule* rule = nullptr;
        qint64 dueAt = 0;
        QString existingId; // empty: a new deadline
    };
    // The rules in `candidates` that have an anchor in `anchors` get a deadline; pending
    // deadlines whose due time changed move; completed ones stay as they are.
    static QList<Change> schedule(const QList<const RegulatoryRule*>& candidates, const QHash<QString, qint64>& anchors,
                                  const QList<Deadline>& existing, const BusinessCalendar& calendar);
    static TimelineDraft started(const RegulatoryRule& rule, qint64 dueAt, bool moved, qint64 now);

    // Records the notification made at `at`: met when on time, missed when late, in
    // which case the reasons for the delay are required.
    static TimelineDraft complete(Deadline& deadline, const RegulatoryRule& rule, qint64 at, const QString& reason,
                                  qint64 now);
    static TimelineDraft waive(Deadline& deadline, const RegulatoryRule& rule, const QString& reason, qint64 now);

    // "2026-03-04 09:00 UTC": how times are written into timeline texts, which are kept
    // forever and so must not depend on who reads them.
    static QString formatUtc(qint64 ms);
    // "in 3 h 12 min", "overdue by 25 min": the countdown shown next to a deadline.
    static QString countdown(qint64 dueAt, qint64 now);
    // "3 h 12 min": a length of time, rounded down to minutes.
    static QString span(qint64 ms);
};

} // namespace muster::core
