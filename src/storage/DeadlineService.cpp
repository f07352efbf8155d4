#include "storage/DeadlineService.h"

#include "core/DeadlineRules.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/IncidentAttributesRepository.h"
#include "storage/IncidentVisibility.h"
#include "storage/IncidentWriter.h"
#include "storage/Sql.h"
#include "storage/WorkflowSettings.h"

namespace muster::storage {

using core::Deadline;
using core::DeadlineRules;
using core::Error;
using core::RegulatoryClock;

namespace {
const QStringList kChangedTables{QStringLiteral("deadlines"), QStringLiteral("clock_events"),
                                 QStringLiteral("incidents"), QStringLiteral("timeline_entries"),
                                 QStringLiteral("tasks")};
}

DeadlineService::DeadlineService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<DeadlineService::Candidate> DeadlineService::candidates(const QString& incident, core::ClockEvent event) const
{
    const auto i = IncidentWriter(m_db, m_clock).load(incident);
    const auto attributes = IncidentAttributesRepository(m_db).get(i.id);
    QList<Candidate> out;
    for (const auto& r : RegulatoryClock::rules()) {
        if (r.startsFrom(core::clockEvents().key(event))) {
            out.append(Candidate{&r, r.appliesTo(attributes)});
        }
    }
    return out;
}

QList<Deadline> DeadlineService::schedule(const QString& incidentId, const QList<const core::RegulatoryRule*>& rules,
                                          QList<core::TimelineDraft>& drafts, qint64 now, QList<Deadline>* moved)
{
    DeadlineRepository repo(m_db);
    QHash<QString, qint64> anchors;
    for (const auto& e : repo.events(incidentId)) {
        anchors.insert(core::clockEvents().key(e.event), e.occurredAt);
    }
    const auto existing = repo.ofIncident(incidentId);
    for (const auto& d : existing) {
        if ((d.status == core::DeadlineStatus::Met || d.status == core::DeadlineStatus::Missed) && d.completedAt) {
            anchors.insert(RegulatoryClock::afterKey(d.ruleId), *d.completedAt);
        }
    }
    const auto calendar = WorkflowSettings(m_db).calendar();
    QList<Deadline> started;
    for (const auto& change : DeadlineRules::schedule(rules, anchors, existing, calendar)) {
        if (change.existingId.isEmpty()) {
            Deadline d;
            d.id = core::newId();
            d.incidentId = incidentId;
            d.ruleId = change.rule->id;
            d.dueAt = change.dueAt;
            d.startedAt = now;
            d.updatedAt = now;
            repo.insert(d);
            started.append(d);
        } else {
            Deadline d = *std::find_if(existing.begin(), existing.end(),
                                       [&](const Deadline& e) { return e.id == change.existingId; });
            d.dueAt = change.dueAt;
            d.updatedAt = now;
            repo.update(d);
            if (moved) {
                moved->append(d);
            }
        }
        drafts.append(DeadlineRules::started(*change.rule, change.dueAt, !change.existingId.isEmpty(), now));
    }
    return started;
}

DeadlineService::Result DeadlineService::recordEvent(const QString& incident, core::ClockEvent event, qint64 at,
                                                     const QString& note, const std::optional<QStringList>& ruleIds,
                                                     const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(incident);
    const qint64 now = m_clock.nowMs();
    DeadlineRepository repo(m_db);
    const auto previous = repo.event(i.id, event);
    QList<core::TimelineDraft> drafts{DeadlineRules::recordEvent(
        event, at, note, previous ? std::optional<qint64>(previous->occurredAt) : std::nullopt, now)};

    const QString key = core::clockEvents().key(event);
    QList<const core::RegulatoryRule*> rules;
    if (ruleIds) {
        for (const QString& id : *ruleIds) {
            const auto& r = RegulatoryClock::ruleOrThrow(id);
            if (!r.startsFrom(key)) {
                throw Error(
                    Error::Kind::BadInput,
                    tr("Rule: %1 does not run from \"%2\".").arg(r.displayName(), core::clockEvents().label(event)));
            }
            rules.append(&r);
        }
    } else {
        const auto attributes = IncidentAttributesRepository(m_db).get(i.id);
        for (const auto& r : RegulatoryClock::rules()) {
            if (r.startsFrom(key) && r.appliesTo(attributes)) {
                rules.append(&r);
            }
        }
    }
    // Rules already running from this event move when the event is corrected.
    for (const auto& d : repo.ofIncident(i.id)) {
        const auto* r = RegulatoryClock::rule(d.ruleId);
        if (r && r->startsFrom(key) && !rules.contains(r)) {
            rules.append(r);
        }
    }

    core::ClockEventRecord record;
    record.id = previous ? previous->id : core::newId();
    record.incidentId = i.id;
    record.event = event;
    record.occurredAt = at;
    record.recordedAt = now;
    record.personId = actor.personId;
    record.personName = actor.name;
    record.note = note.trimmed();
    repo.saveEvent(record);

    Result result;
    result.event = record;
    result.started = schedule(i.id, rules, drafts, now, &result.moved);
    writer.save(i, actor, drafts);
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return result;
}

Deadline DeadlineService::get(const QString& idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed();
    if (auto d = DeadlineRepository(m_db).find(key)) {
        return *d;
    }
    const QString id = uniqueIdWithPrefix(m_db.connection(), QStringLiteral("deadlines"), key);
    if (!id.isEmpty()) {
        return *DeadlineRepository(m_db).find(id);
    }
    throw Error(Error::Kind::NotFound, tr("No deadline %1.").arg(idOrPrefix));
}

Deadline DeadlineService::complete(const QString& deadlineId, qint64 at, const QString& reason,
                                   const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Deadline d = get(deadlineId);
    IncidentWriter writer(m_db, m_clock);
    core::Incident incident = writer.load(d.incidentId);
    const auto& rule = RegulatoryClock::ruleOrThrow(d.ruleId);
    const qint64 now = m_clock.nowMs();
    QList<core::TimelineDraft> drafts{DeadlineRules::complete(d, rule, at, reason, now)};
    d.updatedAt = now;
    DeadlineRepository(m_db).update(d);
    // Reports that run from this submission.
    QList<const core::RegulatoryRule*> next;
    for (const auto& r : RegulatoryClock::rules()) {
        if (r.startsFrom(RegulatoryClock::afterKey(rule.id))) {
            next.append(&r);
        }
    }
    schedule(d.incidentId, next, drafts, now, nullptr);
    writer.save(incident, actor, drafts);
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return d;
}

Deadline DeadlineService::waive(const QString& deadlineId, const QString& reason, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Deadline d = get(deadlineId);
    IncidentWriter writer(m_db, m_clock);
    core::Incident incident = writer.load(d.incidentId);
    const qint64 now = m_clock.nowMs();
    const auto draft = DeadlineRules::waive(d, RegulatoryClock::ruleOrThrow(d.ruleId), reason, now);
    d.updatedAt = now;
    DeadlineRepository(m_db).update(d);
    writer.save(incident, actor, {draft});
    tx.commit();
    m_db.notifyChanged(kChangedTables);
    return d;
}

QList<Deadline> DeadlineService::ofIncident(const QString& incident) const
{
    return DeadlineRepository(m_db).ofIncident(IncidentWriter(m_db, m_clock).load(incident).id);
}

QList<core::ClockEventRecord> DeadlineService::eventsOf(const QString& incident) const
{
    return DeadlineRepository(m_db).events(IncidentWriter(m_db, m_clock).load(incident).id);
}

QList<Deadline> DeadlineService::upcoming(const core::Actor& viewer, std::optional<qint64> dueBefore, int limit) const
{
    DeadlineRepository::Filter f;
    f.dueBefore = dueBefore;
    f.limit = limit;
    return DeadlineRepository(m_db).list(viewer, f);
}

QList<Deadline> DeadlineService::list(const core::Actor& viewer, DeadlineRepository::Filter filter) const
{
    if (!filter.incidentId.isEmpty()) {
        const auto incident = IncidentWriter(m_db, m_clock).load(filter.incidentId);
        if (!IncidentVisibility::maySee(m_db, viewer, incident)) {
            throw Error(Error::Kind::NotFound, tr("No incident %1.").arg(filter.incidentId));
        }
        filter.incidentId = incident.id;
    }
    return DeadlineRepository(m_db).list(viewer, filter);
}

} // namespace muster::storage
