#include "core/DeadlineRules.h"

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>

namespace muster::core {

QString DeadlineRules::formatUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString DeadlineRules::span(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60'000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0) {
        return tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return tr("%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 min").arg(mins);
}

QString DeadlineRules::countdown(qint64 dueAt, qint64 now)
{
    return dueAt >= now ? tr("in %1").arg(span(dueAt - now)) : tr("overdue by %1").arg(span(now - dueAt));
}

TimelineDraft DeadlineRules::recordEvent(ClockEvent event, qint64 at, const QString& note,
                                         std::optional<qint64> previous, qint64 now)
{
    if (at > now + 60'000) {
        throw Error(Error::Kind::BadInput,
                    tr("Time: %1 cannot be recorded in the future.").arg(clockEvents().label(event)));
    }
    if (previous && note.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Note: \"%1\" was already recorded at %2; say why the time is corrected.")
                                               .arg(clockEvents().label(event), formatUtc(*previous)));
    }
    QJsonObject data{{QStringLiteral("event"), clockEvents().key(event)}, {QStringLiteral("at"), at}};
    QString text =
        previous ? tr("%1 corrected from %2 to %3").arg(clockEvents().label(event), formatUtc(*previous), formatUtc(at))
                 : tr("%1 recorded: %2").arg(clockEvents().label(event), formatUtc(at));
    if (previous) {
        data.insert(QStringLiteral("previous"), *previous);
    }
    if (!note.trimmed().isEmpty()) {
        data.insert(QStringLiteral("note"), note.trimmed());
        text = tr("%1 (%2)").arg(text, note.trimmed());
    }
    return TimelineDraft{QString(TimelineKind::ClockEventRecorded), at, text, data};
}

QList<DeadlineRules::Change> DeadlineRules::schedule(const QList<const RegulatoryRule*>& candidates,
                                                     const QHash<QString, qint64>& anchors,
                                                     const QList<Deadline>& existing, const BusinessCalendar& calendar)
{
    QList<Change> out;
    for (const RegulatoryRule* rule : candidates) {
        const auto due = RegulatoryClock::due(*rule, anchors, calendar);
        if (!due) {
            continue;
        }
        const auto it =
            std::find_if(existing.begin(), existing.end(), [&](const Deadline& d) { return d.ruleId == rule->id; });
        if (it == existing.end()) {
            out.append(Change{rule, *due, QString()});
        } else if (it->isOpen() && it->dueAt != *due) {
            out.append(Change{rule, *due, it->id});
        }
    }
    return out;
}

TimelineDraft DeadlineRules::started(const RegulatoryRule& rule, qint64 dueAt, bool moved, qint64 now)
{
    const QString text = moved ? tr("Deadline moved: %1, now due %2").arg(rule.displayName(), formatUtc(dueAt))
                               : tr("Clock started: %1, due %2").arg(rule.displayName(), formatUtc(dueAt));
    return TimelineDraft{QString(TimelineKind::DeadlineStarted), now, text,
                         QJsonObject{{QStringLiteral("rule"), rule.id},
                                     {QStringLiteral("due_at"), dueAt},
                                     {QStringLiteral("moved"), moved},
                                     {QStringLiteral("source"), rule.source}}};
}

TimelineDraft DeadlineRules::complete(Deadline& deadline, const RegulatoryRule& rule, qint64 at, const QString& reason,
                                      qint64 now)
{
    if (!deadline.isOpen()) {
        throw Error(
            Error::Kind::Refused,
            tr("%1 is already %2.").arg(rule.displayName(), deadlineStatuses().label(deadline.status).toLower()));
    }
    if (at > now + 60'000) {
        throw Error(Error::Kind::BadInput, tr("Time: a notification cannot be recorded in the future."));
    }
    const bool late = at > deadline.dueAt;
    if (late && reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    tr("Reasons for delay: the notification was made %1 after the deadline (%2); record the reasons "
                       "for the delay, which the notification must give.")
                        .arg(span(at - deadline.dueAt), formatUtc(deadline.dueAt)));
    }
    deadline.status = late ? DeadlineStatus::Missed : DeadlineStatus::Met;
    deadline.completedAt = at;
    deadline.reason = reason.trimmed();
    QString text = late ? tr("Deadline missed: %1 notified %2, due %3. Reasons for delay: %4")
                              .arg(rule.displayName(), formatUtc(at), formatUtc(deadline.dueAt), deadline.reason)
                        : tr("Deadline met: %1 notified %2, due %3")
                              .arg(rule.displayName(), formatUtc(at), formatUtc(deadline.dueAt));
    if (!late && !deadline.reason.isEmpty()) {
        text = tr("%1 (%2)").arg(text, deadline.reason);
    }
    return TimelineDraft{late ? QString(TimelineKind::DeadlineMissed) : QString(TimelineKind::DeadlineMet), at, text,
                         QJsonObject{{QStringLiteral("rule"), rule.id},
                                     {QStringLiteral("deadline_id"), deadline.id},
                                     {QStringLiteral("due_at"), deadline.dueAt},
                                     {QStringLiteral("at"), at},
                                     {QStringLiteral("reason"), deadline.reason}}};
}

TimelineDraft DeadlineRules::waive(Deadline& deadline, const RegulatoryRule& rule, const QString& reason, qint64 now)
{
    if (!deadline.isOpen()) {
        throw Error(
            Error::Kind::Refused,
            tr("%1 is already %2.").arg(rule.displayName(), deadlineStatuses().label(deadline.status).toLower()));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    tr("Reason: say why %1 does not apply (for example: the breach is unlikely to result in a risk "
                       "to individuals).")
                        .arg(rule.displayName()));
    }
    deadline.status = DeadlineStatus::Waived;
    deadline.completedAt = now;
    deadline.reason = reason.trimmed();
    return TimelineDraft{QString(TimelineKind::DeadlineWaived), now,
                         tr("Deadline waived: %1. Reason: %2").arg(rule.displayName(), deadline.reason),
                         QJsonObject{{QStringLiteral("rule"), rule.id},
                                     {QStringLiteral("deadline_id"), deadline.id},
                                     {QStringLiteral("due_at"), deadline.dueAt},
                                     {QStringLiteral("reason"), deadline.reason}}};
}

} // namespace muster::core
