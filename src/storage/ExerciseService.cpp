#include "storage/ExerciseService.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/ScenarioFormat.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSet>

namespace muster::storage {

using core::Error;
using core::ExerciseRules;

ExerciseService::ExerciseService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void ExerciseService::changed(const QStringList& tables) const
{
    m_db.notifyChanged(QStringList{QStringLiteral("exercises")} + tables);
}

void ExerciseService::checkPerson(const QString& personId, const QString& field) const
{
    if (!personId.isEmpty() && !PeopleRepository(m_db).find(personId)) {
        throw Error(Error::Kind::BadInput, tr("%1: no person %2 in the directory.").arg(field, personId));
    }
}

core::Exercise ExerciseService::get(const QString& idOrReference) const
{
    auto e = ExerciseRepository(m_db).find(idOrReference);
    if (!e) {
        throw Error(Error::Kind::NotFound, tr("No exercise %1.").arg(idOrReference));
    }
    return *e;
}

QList<core::Exercise> ExerciseService::list() const
{
    return ExerciseRepository(m_db).all();
}

core::ExerciseRecord ExerciseService::load(const QString& idOrReference) const
{
    ExerciseRepository repo(m_db);
    core::ExerciseRecord r;
    r.exercise = get(idOrReference);
    const QString id = r.exercise.id;
    auto parsed = core::ScenarioFormat::parse(repo.scenarioJson(id), r.exercise.reference);
    if (!parsed.scenario) {
        throw Error(
            Error::Kind::Conflict,
            tr("The scenario stored with %1 cannot be read:\n%2").arg(r.exercise.reference, parsed.errorText()));
    }
    r.scenario = std::move(*parsed.scenario);
    r.releases = repo.releases(id);
    r.choices = repo.choices(id);
    r.log = repo.log(id);
    r.ratings = repo.ratings(id);
    r.reviews = repo.reviews(id);
    r.discussion = repo.discussion(id);
    r.improvements = repo.improvements(id);
    r.earlierOpenItems =
        repo.earlierImprovements(r.exercise.scenarioKey, id, r.exercise.startedAt.value_or(r.exercise.plannedAt));
    return r;
}

core::ExerciseRecord ExerciseService::record(const QString& idOrReference) const
{
    return load(idOrReference);
}

core::Exercise ExerciseService::plan(const core::Scenario& scenario, const ExerciseRules::Plan& plan,
                                     const core::Actor& actor)
{
    Q_UNUSED(actor)
    const auto problems = core::ScenarioFormat::validate(scenario);
    if (!problems.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("The scenario has problems; fix them in the scenario editor first."));
    }
    ExerciseRules::validatePlan(plan, scenario);
    checkPerson(plan.facilitatorId, tr("Facilitator"));
    for (const auto& p : plan.participants) {
        checkPerson(p.personId, tr("Participants"));
    }
    WriteTransaction tx(m_db.connection());
    ExerciseRepository repo(m_db);
    const qint64 now = m_clock.nowMs();
    core::Exercise e;
    e.id = core::newId();
    const int year = QDateTime::fromMSecsSinceEpoch(plan.plannedAt, Qt::UTC).date().year();
    e.reference = QStringLiteral("EX-%1-%2").arg(year).arg(repo.nextNumber(year), 4, 10, QLatin1Char('0'));
    e.title = plan.title.trimmed();
    e.scenarioKey = scenario.id;
    e.scenarioTitle = scenario.title;
    e.plannedAt = plan.plannedAt;
    e.facilitatorId = plan.facilitatorId;
    e.clock.compression = plan.compression;
    e.createdAt = now;
    e.updatedAt = now;
    repo.insert(e, core::ScenarioFormat::toJson(scenario));
    repo.setParticipants(e.id, plan.participants, now);
    tx.commit();
    changed();
    return get(e.id);
}

core::Exercise ExerciseService::updatePlan(const QString& exerciseId, const ExerciseRules::Plan& plan)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    if (r.exercise.status != core::ExerciseStatus::Planned) {
        throw Error(Error::Kind::Refused,
                    tr("%1 has started; its plan can no longer change.").arg(r.exercise.reference));
    }
    ExerciseRules::validatePlan(plan, r.scenario);
    checkPerson(plan.facilitatorId, tr("Facilitator"));
    for (const auto& p : plan.participants) {
        checkPerson(p.personId, tr("Participants"));
    }
    core::Exercise& e = r.exercise;
    e.title = plan.title.trimmed();
    e.plannedAt = plan.plannedAt;
    e.facilitatorId = plan.facilitatorId;
    e.clock.compression = plan.compression;
    e.updatedAt = m_clock.nowMs();
    ExerciseRepository repo(m_db);
    repo.update(e);
    repo.setParticipants(e.id, plan.participants, e.updatedAt);
    tx.commit();
    changed();
    return get(e.id);
}

core::Exercise ExerciseService::start(const QString& exerciseId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    const qint64 now = m_clock.nowMs();
    ExerciseRules::start(r.exercise, now);
    r.exercise.updatedAt = now;
    ExerciseRepository(m_db).update(r.exercise);
    releaseDueIn(r, now, actor);
    tx.commit();
    changed();
    return r.exercise;
}

core::Exercise ExerciseService::changeClock(const QString& exerciseId, void (*rule)(core::Exercise&, qint64))
{
    WriteTransaction tx(m_db.connection());
    auto e = get(exerciseId);
    const qint64 now = m_clock.nowMs();
    rule(e, now);
    e.updatedAt = now;
    ExerciseRepository(m_db).update(e);
    tx.commit();
    changed();
    return e;
}

core::Exercise ExerciseService::pause(const QString& exerciseId)
{
    return changeClock(exerciseId, &ExerciseRules::pause);
}

core::Exercise ExerciseService::resume(const QString& exerciseId)
{
    return changeClock(exerciseId, &ExerciseRules::resume);
}

core::Exercise ExerciseService::end(const QString& exerciseId)
{
    return changeClock(exerciseId, &ExerciseRules::end);
}

QList<core::InjectRelease> ExerciseService::releaseDueIn(core::ExerciseRecord& r, qint64 now, const core::Actor& actor)
{
    QList<core::InjectRelease> released;
    if (r.exercise.status != core::ExerciseStatus::Running && r.exercise.status != core::ExerciseStatus::Paused) {
        return released;
    }
    ExerciseRepository repo(m_db);
    const qint64 elapsed = r.exercise.clock.elapsedMs(now);
    for (const auto& st : ExerciseRules::due(r, elapsed)) {
        const auto way =
            st.state == ExerciseRules::InjectState::Selected ? core::ReleaseWay::Branch : core::ReleaseWay::Schedule;
        core::InjectRelease rel{st.injectId, *st.dueMs, now, way, actor.name};
        repo.insertRelease(r.exercise.id, rel);
        r.releases.append(rel);
        released.append(rel);
    }
    return released;
}

QList<core::InjectRelease> ExerciseService::releaseDue(const QString& exerciseId, const core::Actor& actor)
{
    auto r = load(exerciseId);
    const qint64 now = m_clock.nowMs();
    // Cheap check first, without the write lock: the console calls this every second.
    if (ExerciseRules::due(r, r.exercise.clock.elapsedMs(now)).isEmpty()) {
        return {};
    }
    WriteTransaction tx(m_db.connection());
    r = load(exerciseId);
    auto released = releaseDueIn(r, now, actor);
    tx.commit();
    if (!released.isEmpty()) {
        changed();
    }
    return released;
}

core::InjectRelease ExerciseService::release(const QString& exerciseId, const QString& injectId,
                                             const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    ExerciseRules::checkManualRelease(r, injectId);
    const qint64 now = m_clock.nowMs();
    core::InjectRelease rel{injectId, r.exercise.clock.elapsedMs(now), now, core::ReleaseWay::Manual, actor.name};
    ExerciseRepository(m_db).insertRelease(r.exercise.id, rel);
    tx.commit();
    changed();
    return rel;
}

qint64 ExerciseService::skipToNext(const QString& exerciseId, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    ExerciseRules::requireUnderway(r.exercise);
    const qint64 now = m_clock.nowMs();
    const auto next = ExerciseRules::nextDue(r, r.exercise.clock.elapsedMs(now));
    if (!next) {
        throw Error(Error::Kind::Refused, tr("No inject is waiting on the clock; release one by hand or decide an "
                                             "open branch."));
    }
    r.exercise.clock.setElapsed(*next, now);
    r.exercise.updatedAt = now;
    ExerciseRepository(m_db).update(r.exercise);
    releaseDueIn(r, now, actor);
    tx.commit();
    changed();
    return *next;
}

void ExerciseService::decide(core::ExerciseRecord& r, const QString& branchId, const QString& outcomeId, qint64 now,
                             const core::Actor& actor)
{
    ExerciseRules::checkChoice(r, branchId, outcomeId);
    core::BranchChoice c{branchId, outcomeId, r.exercise.clock.elapsedMs(now), now, actor.name};
    ExerciseRepository(m_db).insertChoice(r.exercise.id, c);
    r.choices.append(c);
    releaseDueIn(r, now, actor);
}

core::BranchChoice ExerciseService::choose(const QString& exerciseId, const QString& branchId, const QString& outcomeId,
                                           const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    decide(r, branchId, outcomeId, m_clock.nowMs(), actor);
    tx.commit();
    changed();
    return *r.choice(branchId);
}

core::LogEntry ExerciseService::log(const QString& exerciseId, core::LogEntry entry, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    ExerciseRules::validateLog(r, entry);
    const qint64 now = m_clock.nowMs();
    entry.id = core::newId();
    entry.scenarioMs = r.exercise.clock.elapsedMs(now);
    entry.recordedAt = now;
    entry.author = actor.name;
    ExerciseRepository(m_db).insertLog(r.exercise.id, entry);
    if (!entry.branchId.isEmpty()) {
        decide(r, entry.branchId, entry.outcomeId, now, actor);
    }
    tx.commit();
    changed();
    return entry;
}

void ExerciseService::rate(const QString& exerciseId, const QString& actionId, core::Rating rating,
                           const QString& observation, const QString& evaluator, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    if (r.exercise.status == core::ExerciseStatus::Planned) {
        throw Error(Error::Kind::Refused, tr("%1 has not started yet.").arg(r.exercise.reference));
    }
    const core::Inject* owner = nullptr;
    if (!r.scenario.action(actionId, &owner)) {
        throw Error(Error::Kind::BadInput, tr("Expected action: the scenario has no action \"%1\".").arg(actionId));
    }
    if (observation.size() > 20000) {
        throw Error(Error::Kind::BadInput, tr("Observation: at most 20000 characters."));
    }
    const qint64 now = m_clock.nowMs();
    ExerciseRepository(m_db).upsertRating(
        r.exercise.id, {actionId, rating, observation, evaluator.isEmpty() ? actor.name : evaluator, now});
    // An expectation branch on this action is decided by the first rating given while
    // the exercise runs and the branch's inject is out.
    const bool underway =
        r.exercise.status == core::ExerciseStatus::Running || r.exercise.status == core::ExerciseStatus::Paused;
    for (const core::Inject& inj : r.scenario.injects) {
        for (const core::Branch& b : inj.branches) {
            if (underway && b.kind == core::BranchKind::Expectation && b.action == actionId && r.release(inj.id) &&
                !r.choice(b.id)) {
                decide(r, b.id, core::expectationOutcome(rating), now, actor);
            }
        }
    }
    tx.commit();
    changed();
}

void ExerciseService::clearRating(const QString& exerciseId, const QString& actionId)
{
    WriteTransaction tx(m_db.connection());
    const auto e = get(exerciseId);
    ExerciseRepository(m_db).deleteRating(e.id, actionId);
    tx.commit();
    changed();
}

void ExerciseService::saveReview(const QString& exerciseId, const core::ObjectiveReview& review)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    if (!r.scenario.objective(review.objectiveId)) {
        throw Error(Error::Kind::BadInput,
                    tr("Objective: the scenario has no objective \"%1\".").arg(review.objectiveId));
    }
    ExerciseRepository(m_db).upsertReview(r.exercise.id, review, m_clock.nowMs());
    tx.commit();
    changed();
}

void ExerciseService::saveDiscussion(const QString& exerciseId, const core::DiscussionNote& note)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    const core::ScenarioPhase* phase = r.scenario.phase(note.phaseId);
    if (!phase || note.question < 0 || note.question >= phase->questions.size()) {
        throw Error(Error::Kind::BadInput,
                    tr("Discussion: no question %1 in phase \"%2\".").arg(note.question + 1).arg(note.phaseId));
    }
    ExerciseRepository(m_db).upsertDiscussion(r.exercise.id, note, m_clock.nowMs());
    tx.commit();
    changed();
}

core::ImprovementItem ExerciseService::addImprovement(const QString& exerciseId, core::ImprovementItem item)
{
    WriteTransaction tx(m_db.connection());
    auto r = load(exerciseId);
    if (item.capability.trimmed().isEmpty()) {
        if (const auto* o = r.scenario.objective(item.objectiveId)) {
            item.capability = o->capability;
        }
    }
    core::ExerciseRules::validateImprovement(item, r.scenario);
    checkPerson(item.ownerId, tr("Owner"));
    const qint64 now = m_clock.nowMs();
    item.id = core::newId();
    item.exerciseId = r.exercise.id;
    item.scenarioKey = r.exercise.scenarioKey;
    item.createdAt = now;
    item.updatedAt = now;
    ExerciseRepository repo(m_db);
    repo.insertImprovement(item);
    tx.commit();
    changed({QStringLiteral("improvement_items")});
    return *repo.improvement(item.id);
}

core::ImprovementItem ExerciseService::updateImprovement(core::ImprovementItem item)
{
    WriteTransaction tx(m_db.connection());
    ExerciseRepository repo(m_db);
    const auto stored = repo.improvement(item.id);
    if (!stored) {
        throw Error(Error::Kind::NotFound, tr("No improvement item %1.").arg(item.id));
    }
    auto r = load(stored->exerciseId);
    core::ExerciseRules::validateImprovement(item, r.scenario);
    checkPerson(item.ownerId, tr("Owner"));
    item.updatedAt = m_clock.nowMs();
    repo.updateImprovement(item);
    tx.commit();
    changed({QStringLiteral("improvement_items")});
    return *repo.improvement(item.id);
}

void ExerciseService::removeImprovement(const QString& itemId)
{
    WriteTransaction tx(m_db.connection());
    if (!ExerciseRepository(m_db).deleteImprovement(itemId)) {
        throw Error(Error::Kind::NotFound, tr("No improvement item %1.").arg(itemId));
    }
    tx.commit();
    changed({QStringLiteral("improvement_items")});
}

QList<core::ImprovementItem> ExerciseService::allImprovements() const
{
    return ExerciseRepository(m_db).allImprovements();
}

core::Incident ExerciseService::openIncident(const QString& exerciseId, const core::Actor& actor)
{
    auto r = load(exerciseId);
    const core::Exercise& e = r.exercise;
    if (!e.incidentId.isEmpty()) {
        throw Error(Error::Kind::Refused,
                    tr("%1 already has the exercise incident %2.").arg(e.reference, e.incidentReference));
    }
    if (e.status == core::ExerciseStatus::Ended) {
        throw Error(Error::Kind::Refused, tr("%1 has ended.").arg(e.reference));
    }
    core::Incident incident;
    incident.title = tr("EXERCISE: %1").arg(r.scenario.title);
    incident.summary =
        tr("Tabletop exercise %1 (%2). Not a real incident.\n\n%3").arg(e.reference, e.title, r.scenario.summary);
    incident.category = r.scenario.category;
    incident.severity = core::Severity::Sev2;
    incident.detectionSource = core::DetectionSource::Exercise;
    incident.detectionDetail = e.reference;
    incident.exercise = true;
    for (const QString& id : r.scenario.attackIds) {
        if (core::isValidAttackId(id)) {
            incident.attackIds << id;
        }
    }
    // The commander is whoever plays the first security-operations role.
    QSet<QString> assignees;
    for (const core::ScenarioRole& role : r.scenario.roles) {
        for (const auto& p : e.participants) {
            if (p.roleId != role.id) {
                continue;
            }
            if (incident.commanderId.isEmpty() && role.function == core::PersonFunction::SecurityOperations) {
                incident.commanderId = p.personId;
            } else if (!assignees.contains(p.personId)) {
                assignees.insert(p.personId);
                incident.assigneeIds << p.personId;
            }
        }
    }
    incident.assigneeIds.removeAll(incident.commanderId);
    const core::Incident created = IncidentService(m_db, m_clock).create(incident, {}, actor);
    WriteTransaction tx(m_db.connection());
    core::Exercise current = get(e.id);
    current.incidentId = created.id;
    current.updatedAt = m_clock.nowMs();
    ExerciseRepository(m_db).update(current);
    tx.commit();
    changed();
    return created;
}

core::AfterActionReport ExerciseService::report(const QString& idOrReference) const
{
    const auto r = load(idOrReference);
    const QString organisation = SettingsRepository(m_db).value(QStringLiteral("organisation.name"));
    return core::AfterActionReport::build(r, organisation, m_clock.nowMs());
}

QList<core::DrillPoint> ExerciseService::history(const QString& scenarioKey) const
{
    QList<core::DrillPoint> out;
    for (const core::Exercise& e : ExerciseRepository(m_db).ofScenario(scenarioKey)) {
        if (e.startedAt) {
            out.append(core::DrillPoint::of(load(e.id)));
        }
    }
    return out;
}

} // namespace muster::storage
