#pragma once

#include "core/BusinessCalendar.h"
#include "core/IncidentAttributes.h"
#include "core/WorkflowEnums.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>

namespace muster::core {

// A length of time as the law counts it.
struct ClockPeriod
{
    enum class Unit
    {
        Hours,        // elapsed time: exact across daylight-saving changes
        CalendarDays, // ends at the end of the last day, local time
        BusinessDays, // ends at `endTime` of the n-th business day after the start day
        Months,       // same local date and time n months later (clamped to the month's end)
    };
    Unit unit = Unit::Hours;
    int amount = 0;
    QTime endTime; // for day units: when the last day ends (invalid: 23:59:59.999)

    QString describe() const;
};

// One way a deadline runs: "within <period> of <anchor>". The anchor is a clock event
// key (became_aware, ...) or "after:<rule id>" for the moment that rule's deadline was
// met (the submission of an earlier report).
struct ClockLimb
{
    QString anchor;
    ClockPeriod period;
};

// A notification duty with its legal source. When several limbs have a known anchor,
// the deadline is the earliest of them ("within 4 hours of classification and no later
// than 24 hours after becoming aware").
struct RegulatoryRule
{
    QString id;     // stable key, e.g. "gdpr_art33"
    QString regime; // "GDPR"
    QString title;  // translated: "Notify the supervisory authority"
    QString source; // "Regulation (EU) 2016/679, Article 33(1)"
    QString sourceUrl;
    QList<ClockLimb> limbs;
    int minAffected = 0; // applies only when at least this many individuals are affected
    std::function<bool(const IncidentAttributes&)> applies;
    QString audience; // who is notified, translated

    // The anchors (clock event keys or "after:" keys) the rule starts from.
    QStringList anchors() const;
    bool startsFrom(const QString& anchor) const { return anchors().contains(anchor); }
    bool appliesTo(const IncidentAttributes& attributes) const;
    QString displayName() const; // "GDPR Art. 33 — Notify the supervisory authority"
};

// The rule table (documented in docs/regulatory-clocks.md) and the arithmetic of
// deadlines. Everything here is pure: times are UTC epoch milliseconds.
class RegulatoryClock
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::RegulatoryClock)

public:
    static const QList<RegulatoryRule>& rules();
    static const RegulatoryRule* rule(const QString& id);
    // Throws Error(BadInput) naming the unknown rule and the known ones.
    static const RegulatoryRule& ruleOrThrow(const QString& id);

    static QString afterKey(const QString& ruleId) { return QStringLiteral("after:") + ruleId; }

    // The instant `period` after `start`.
    static qint64 add(qint64 start, const ClockPeriod& period, const BusinessCalendar& calendar);
    // The deadline of `rule` given the known anchor times; nothing when no anchor is known.
    static std::optional<qint64> due(const RegulatoryRule& rule, const QHash<QString, qint64>& anchors,
                                     const BusinessCalendar& calendar);

private:
    static QList<RegulatoryRule> makeRules();
};

} // namespace muster::core
