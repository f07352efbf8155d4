#include "core/ExerciseRules.h"

#include "core/Error.h"

#include <QSet>

#include <algorithm>

namespace muster::core {

namespace {

constexpr qint64 kMinute = 60'000;

[[noreturn]] void refuse(const QString& message)
{
    throw Error(Error::Kind::Refused, message);
}

[[noreturn]] void bad(const QString& message)
{
    throw Error(Error::Kind::BadInput, message);
}

} // namespace

void ExerciseRules::validatePlan(const Plan& plan, const Scenario& scenario)
{
    if (plan.title.trimmed().isEmpty()) {
        bad(tr("Title: give the exercise a title."));
    }
    if (plan.title.size() > 300) {
        bad(tr("Title: at most 300 characters."));
    }
    if (plan.compression < minCompression || plan.compression > maxCompression) {
        bad(tr("Time compression: choose from %1× to %2×.").arg(minCompression).arg(maxCompression));
    }
    if (plan.plannedAt <= 0) {
        bad(tr("Date: choose when the exercise takes place."));
    }
    QSet<QString> seen;
    for (const auto& p : plan.participants) {
        if (!scenario.role(p.roleId)) {
            bad(tr("Participants: the scenario has no role \"%1\".").arg(p.roleId));
        }
        if (p.personId.isEmpty()) {
            bad(tr("Participants: choose a person for %1.").arg(scenario.role(p.roleId)->name));
        }
        const QString key = p.roleId + QLatin1Char('/') + p.personId;
        if (seen.contains(key)) {
            bad(tr("Participants: the same person is listed twice for %1.").arg(scenario.role(p.roleId)->name));
        }
        seen.insert(key);
        if (p.personId == plan.facilitatorId) {
            bad(tr("Participants: the facilitator runs the exercise and does not play a role."));
        }
    }
}

void ExerciseRules::start(Exercise& e, qint64 now)
{
    if (e.status != ExerciseStatus::Planned) {
        refuse(tr("%1 has already started.").arg(e.reference));
    }
    e.status = ExerciseStatus::Running;
    e.startedAt = now;
    e.clock.baseMs = 0;
    e.clock.start(now);
}

void ExerciseRules::pause(Exercise& e, qint64 now)
{
    if (e.status != ExerciseStatus::Running) {
        refuse(tr("The clock of %1 is not running.").arg(e.reference));
    }
    e.status = ExerciseStatus::Paused;
    e.clock.stop(now);
}

void ExerciseRules::resume(Exercise& e, qint64 now)
{
    if (e.status != ExerciseStatus::Paused) {
        refuse(tr("The clock of %1 is not paused.").arg(e.reference));
    }
    e.status = ExerciseStatus::Running;
    e.clock.start(now);
}

void ExerciseRules::end(Exercise& e, qint64 now)
{
    requireUnderway(e);
    e.clock.stop(now);
    e.status = ExerciseStatus::Ended;
    e.endedAt = now;
}

void ExerciseRules::requireUnderway(const Exercise& e)
{
    if (e.status == ExerciseStatus::Planned) {
        refuse(tr("%1 has not started yet.").arg(e.reference));
    }
    if (e.status == ExerciseStatus::Ended) {
        refuse(tr("%1 has ended.").arg(e.reference));
    }
}

QList<ExerciseRules::InjectStatus> ExerciseRules::injectStatuses(const ExerciseRecord& record)
{
    const Scenario& s = record.scenario;
    // For branch injects: the earliest choice that releases them, and whether any
    // branch that could still release them is undecided.
    QHash<QString, qint64> selectedAt;
    QSet<QString> waiting;
    for (const Inject& inj : s.injects) {
        for (const Branch& b : inj.branches) {
            const BranchChoice* c = record.choice(b.id);
            for (const BranchOutcome& o : b.outcomes) {
                for (const QString& target : o.release) {
                    if (!c) {
                        waiting.insert(target);
                    } else if (c->outcomeId == o.id) {
                        const qint64 at = c->scenarioMs;
                        selectedAt[target] = selectedAt.contains(target) ? std::min(selectedAt[target], at) : at;
                    }
                }
            }
        }
    }
    QList<InjectStatus> out;
    for (const Inject& inj : s.injects) {
        InjectStatus st{inj.id, InjectState::Scheduled, std::nullopt};
        if (const InjectRelease* r = record.release(inj.id)) {
            st.state = InjectState::Released;
            st.dueMs = r->scenarioMs;
        } else if (inj.trigger == InjectTrigger::Scheduled) {
            st.dueMs = inj.offsetMinutes * kMinute;
        } else if (selectedAt.contains(inj.id)) {
            st.state = InjectState::Selected;
            st.dueMs = selectedAt.value(inj.id) + inj.offsetMinutes * kMinute;
        } else if (inj.trigger == InjectTrigger::Manual) {
            st.state = InjectState::Contingency;
        } else {
            st.state = waiting.contains(inj.id) ? InjectState::Waiting : InjectState::NotSelected;
        }
        out.append(st);
    }
    return out;
}

QList<ExerciseRules::InjectStatus> ExerciseRules::due(const ExerciseRecord& record, qint64 elapsedMs)
{
    QList<InjectStatus> out;
    for (const auto& st : injectStatuses(record)) {
        if ((st.state == InjectState::Scheduled || st.state == InjectState::Selected) && st.dueMs &&
            *st.dueMs <= elapsedMs) {
            out.append(st);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const InjectStatus& a, const InjectStatus& b) { return *a.dueMs < *b.dueMs; });
    return out;
}

std::optional<qint64> ExerciseRules::nextDue(const ExerciseRecord& record, qint64 elapsedMs)
{
    std::optional<qint64> next;
    for (const auto& st : injectStatuses(record)) {
        if ((st.state == InjectState::Scheduled || st.state == InjectState::Selected) && st.dueMs &&
            *st.dueMs > elapsedMs && (!next || *st.dueMs < *next)) {
            next = st.dueMs;
        }
    }
    return next;
}

void ExerciseRules::checkManualRelease(const ExerciseRecord& record, const QString& injectId)
{
    requireUnderway(record.exercise);
    const Inject* inj = record.scenario.inject(injectId);
    if (!inj) {
        bad(tr("Inject: the scenario has no inject \"%1\".").arg(injectId));
    }
    if (record.release(injectId)) {
        refuse(tr("\"%1\" has already been released.").arg(inj->title));
    }
}

void ExerciseRules::checkChoice(const ExerciseRecord& record, const QString& branchId, const QString& outcomeId)
{
    requireUnderway(record.exercise);
    const Inject* owner = nullptr;
    const Branch* b = record.scenario.branch(branchId, &owner);
    if (!b) {
        bad(tr("Branch: the scenario has no branch \"%1\".").arg(branchId));
    }
    if (!record.release(owner->id)) {
        refuse(tr("\"%1\" is decided after \"%2\" is released.").arg(b->question, owner->title));
    }
    if (record.choice(branchId)) {
        refuse(tr("\"%1\" has already been decided.").arg(b->question));
    }
    for (const auto& o : b->outcomes) {
        if (o.id == outcomeId) {
            return;
        }
    }
    bad(tr("Branch: \"%1\" is not an outcome of \"%2\".").arg(outcomeId, b->question));
}

QStringList ExerciseRules::openBranches(const ExerciseRecord& record)
{
    QStringList out;
    for (const Inject& inj : record.scenario.injects) {
        if (!record.release(inj.id)) {
            continue;
        }
        for (const Branch& b : inj.branches) {
            if (!record.choice(b.id)) {
                out << b.id;
            }
        }
    }
    return out;
}

void ExerciseRules::validateLog(const ExerciseRecord& record, const LogEntry& e)
{
    requireUnderway(record.exercise);
    const Scenario& s = record.scenario;
    if (e.text.trimmed().isEmpty()) {
        bad(e.kind == LogKind::Decision ? tr("Decision: write down what was decided.")
                                        : tr("Text: write down what happened."));
    }
    if (e.text.size() > 20000 || e.rationale.size() > 20000) {
        bad(tr("Text: at most 20000 characters."));
    }
    if (!e.injectId.isEmpty()) {
        const Inject* inj = s.inject(e.injectId);
        if (!inj) {
            bad(tr("Inject: the scenario has no inject \"%1\".").arg(e.injectId));
        }
        if (!record.release(e.injectId)) {
            refuse(tr("Inject: \"%1\" has not been released yet.").arg(inj->title));
        }
    }
    if (!e.roleId.isEmpty() && !s.role(e.roleId)) {
        bad(tr("Role: the scenario has no role \"%1\".").arg(e.roleId));
    }
    if (e.kind == LogKind::Decision && e.roleId.isEmpty()) {
        bad(tr("Role: say which role took the decision."));
    }
    if (!e.actionId.isEmpty() && !s.action(e.actionId)) {
        bad(tr("Expected action: the scenario has no expected action \"%1\".").arg(e.actionId));
    }
    if (!e.branchId.isEmpty()) {
        const Branch* b = s.branch(e.branchId);
        if (!b || b->kind != BranchKind::Decision) {
            bad(tr("Branch: \"%1\" is not a decision of the scenario.").arg(e.branchId));
        }
        if (e.kind != LogKind::Decision) {
            bad(tr("Branch: only a decision settles \"%1\".").arg(b->question));
        }
        checkChoice(record, e.branchId, e.outcomeId);
    }
}

void ExerciseRules::validateImprovement(const ImprovementItem& item, const Scenario& scenario)
{
    if (item.action.trimmed().isEmpty()) {
        bad(tr("Corrective action: describe what will be changed."));
    }
    if (item.capability.trimmed().isEmpty()) {
        bad(tr("Capability: name the capability the action improves."));
    }
    if (!item.objectiveId.isEmpty() && !scenario.objective(item.objectiveId)) {
        bad(tr("Objective: the scenario has no objective \"%1\".").arg(item.objectiveId));
    }
}

} // namespace muster::core
