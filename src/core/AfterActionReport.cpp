#include "core/AfterActionReport.h"

namespace muster::core {

namespace {

constexpr qint64 kMinute = 60'000;

std::optional<Rating> weakest(const std::optional<Rating>& a, Rating b)
{
    return !a || int(b) > int(*a) ? std::optional<Rating>(b) : a;
}

QString roleName(const Scenario& s, const QString& id)
{
    const ScenarioRole* r = s.role(id);
    return r ? r->name : id;
}

QString injectTitle(const Scenario& s, const QString& id)
{
    const Inject* i = s.inject(id);
    return i ? i->title : id;
}

} // namespace

QString formatScenarioTime(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / kMinute;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

AfterActionReport AfterActionReport::build(const ExerciseRecord& record, const QString& organisation, qint64 now)
{
    const Exercise& e = record.exercise;
    const Scenario& s = record.scenario;
    AfterActionReport r;
    r.organisation = organisation;
    r.title = e.title;
    r.reference = e.reference;
    r.scenarioTitle = s.title;
    r.scenarioSummary = s.summary;
    r.status = exerciseStatuses().label(e.status);
    r.plannedAt = e.plannedAt;
    r.startedAt = e.startedAt;
    r.endedAt = e.endedAt;
    r.scenarioElapsedMs = e.clock.elapsedMs(now);
    r.facilitator = e.facilitatorName;
    r.compression = e.clock.compression;
    r.incidentReference = e.incidentReference;
    for (const ScenarioRole& role : s.roles) {
        const QStringList people = e.peopleInRole(role.id);
        r.participants.append({role.name, people});
    }

    // Per objective: its expected actions with ratings and first responses.
    for (const ScenarioObjective& o : s.objectives) {
        ObjectiveSection section{o.id, o.text, o.capability, std::nullopt, {}, {}, {}, {}};
        for (const Inject& inj : s.injects) {
            for (const ExpectedAction& a : inj.expectedActions) {
                if (a.objective != o.id) {
                    continue;
                }
                ActionResult result;
                result.actionId = a.id;
                result.inject = inj.title;
                result.role = roleName(s, a.role);
                result.action = a.text;
                result.timeLimitMinutes = a.timeLimitMinutes;
                if (const ActionRating* rating = record.rating(a.id)) {
                    result.rating = rating->rating;
                    result.observation = rating->observation;
                    result.evaluator = rating->evaluator;
                    section.rating = weakest(section.rating, rating->rating);
                    section.counts[rating->rating] += 1;
                    r.actionsRated += 1;
                }
                for (const LogEntry& entry : record.log) {
                    if (entry.actionId != a.id) {
                        continue;
                    }
                    const auto since = record.sinceRelease(entry);
                    if (since && (!result.firstResponseMs || *since < *result.firstResponseMs)) {
                        result.firstResponseMs = since;
                    }
                }
                if (result.firstResponseMs && a.timeLimitMinutes > 0) {
                    result.withinLimit = *result.firstResponseMs <= a.timeLimitMinutes * kMinute;
                }
                r.actionsTotal += 1;
                section.actions.append(result);
            }
        }
        for (const ObjectiveReview& review : record.reviews) {
            if (review.objectiveId == o.id) {
                section.strengths = review.strengths;
                section.improvements = review.improvements;
            }
        }
        r.objectives.append(section);
    }

    // The path taken: releases in scenario order, and how each branch went.
    QList<InjectRelease> releases = record.releases;
    std::stable_sort(releases.begin(), releases.end(),
                     [](const InjectRelease& a, const InjectRelease& b) { return a.scenarioMs < b.scenarioMs; });
    for (const InjectRelease& rel : releases) {
        r.path.append({rel.scenarioMs, injectTitle(s, rel.injectId), releaseWays().label(rel.way)});
    }
    for (const Inject& inj : s.injects) {
        for (const Branch& b : inj.branches) {
            BranchResult br{b.question, branchKinds().label(b.kind), QString()};
            if (const BranchChoice* c = record.choice(b.id)) {
                for (const BranchOutcome& o : b.outcomes) {
                    if (o.id == c->outcomeId) {
                        br.outcome = o.label;
                    }
                }
            }
            if (record.release(inj.id)) {
                r.branches.append(br);
            }
        }
    }

    // The decision log with inject-to-decision times.
    for (const LogEntry& entry : record.log) {
        if (entry.kind != LogKind::Decision) {
            continue;
        }
        Decision d;
        d.atMs = entry.scenarioMs;
        d.inject = entry.injectId.isEmpty() ? QString() : injectTitle(s, entry.injectId);
        d.role = entry.roleId.isEmpty() ? QString() : roleName(s, entry.roleId);
        d.decision = entry.text;
        d.rationale = entry.rationale;
        d.approver = entry.approver;
        d.sinceReleaseMs = record.sinceRelease(entry);
        if (const Branch* b = s.branch(entry.branchId)) {
            for (const BranchOutcome& o : b->outcomes) {
                if (o.id == entry.outcomeId) {
                    d.outcome = o.label;
                }
            }
        }
        r.decisions.append(d);
    }

    // Hot wash discussion, in the scenario's order of phases and questions.
    for (const ScenarioPhase& phase : s.phases) {
        for (int q = 0; q < phase.questions.size(); ++q) {
            QString notes;
            for (const DiscussionNote& n : record.discussion) {
                if (n.phaseId == phase.id && n.question == q) {
                    notes = n.notes;
                }
            }
            r.discussion.append({phase.title, phase.questions.at(q), notes});
        }
    }

    for (const ImprovementItem& item : record.improvements) {
        const ScenarioObjective* o = s.objective(item.objectiveId);
        r.improvements.append({item.action, item.capability, o ? o->text : QString(), item.ownerName, item.dueAt,
                               improvementStatuses().label(item.status)});
    }
    // Improvement items of earlier runs: re-tested when this run rated their objective.
    for (const ImprovementItem& item : record.earlierOpenItems) {
        Retest t;
        t.action = item.action;
        t.fromExercise = item.exerciseReference;
        const ScenarioObjective* o = s.objective(item.objectiveId);
        t.objective = o ? o->text : item.capability;
        for (const ObjectiveSection& section : r.objectives) {
            if (section.id == item.objectiveId && section.rating) {
                t.retested = true;
                t.rating = section.rating;
            }
        }
        r.retests.append(t);
    }
    r.metrics = DrillPoint::of(record);
    return r;
}

} // namespace muster::core
