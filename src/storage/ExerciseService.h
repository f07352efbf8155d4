#pragma once

#include "core/AfterActionReport.h"
#include "core/Clock.h"
#include "core/DrillMetrics.h"
#include "core/ExerciseRules.h"
#include "core/Incident.h"
#include "core/Timeline.h"

#include <QCoreApplication>

namespace muster::storage {

class Database;

// Plans, runs and evaluates tabletop exercises. Each request loads the exercise, asks
// core::ExerciseRules whether it is allowed, and writes in one transaction; a refused
// request throws core::Error and leaves the database as it was. The facilitator console,
// the evaluation and hot-wash pages and musterctl all go through here.
class ExerciseService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::ExerciseService)

public:
    explicit ExerciseService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    core::Exercise plan(const core::Scenario& scenario, const core::ExerciseRules::Plan& plan,
                        const core::Actor& actor);
    // Changes the plan of an exercise that has not started.
    core::Exercise updatePlan(const QString& exerciseId, const core::ExerciseRules::Plan& plan);

    // By id or reference (EX-2026-0003); throws NotFound.
    core::Exercise get(const QString& idOrReference) const;
    QList<core::Exercise> list() const;
    core::ExerciseRecord record(const QString& idOrReference) const;

    // The clock.
    core::Exercise start(const QString& exerciseId, const core::Actor& actor);
    core::Exercise pause(const QString& exerciseId);
    core::Exercise resume(const QString& exerciseId);
    core::Exercise end(const QString& exerciseId);
    // Moves the clock to the next inject due and releases it; returns the new scenario time.
    qint64 skipToNext(const QString& exerciseId, const core::Actor& actor);

    // Releases what the clock has made due (the console calls this every second).
    QList<core::InjectRelease> releaseDue(const QString& exerciseId, const core::Actor& actor);
    // Releases an inject by hand, now.
    core::InjectRelease release(const QString& exerciseId, const QString& injectId, const core::Actor& actor);
    // Decides a branch (the facilitator's choice, or any kind by the facilitator's override).
    core::BranchChoice choose(const QString& exerciseId, const QString& branchId, const QString& outcomeId,
                              const core::Actor& actor);
    // Logs a decision, response or note at the current exercise time. A decision that
    // names a decision branch and outcome also decides the branch.
    core::LogEntry log(const QString& exerciseId, core::LogEntry entry, const core::Actor& actor);

    // Evaluation. Rating an action that an expectation branch depends on decides the
    // branch while the exercise runs.
    void rate(const QString& exerciseId, const QString& actionId, core::Rating rating, const QString& observation,
              const QString& evaluator, const core::Actor& actor);
    void clearRating(const QString& exerciseId, const QString& actionId);

    // Hot wash.
    void saveReview(const QString& exerciseId, const core::ObjectiveReview& review);
    void saveDiscussion(const QString& exerciseId, const core::DiscussionNote& note);

    // Improvement plan.
    core::ImprovementItem addImprovement(const QString& exerciseId, core::ImprovementItem item);
    core::ImprovementItem updateImprovement(core::ImprovementItem item);
    void removeImprovement(const QString& itemId);
    QList<core::ImprovementItem> allImprovements() const;

    // Opens the exercise incident (flagged as exercise) through IncidentService and links it.
    core::Incident openIncident(const QString& exerciseId, const core::Actor& actor);

    core::AfterActionReport report(const QString& idOrReference) const;
    // One point per started exercise of the scenario, oldest first.
    QList<core::DrillPoint> history(const QString& scenarioKey) const;

private:
    core::ExerciseRecord load(const QString& idOrReference) const;
    core::Exercise changeClock(const QString& exerciseId, void (*rule)(core::Exercise&, qint64));
    void checkPerson(const QString& personId, const QString& field) const;
    QList<core::InjectRelease> releaseDueIn(core::ExerciseRecord& record, qint64 now, const core::Actor& actor);
    void decide(core::ExerciseRecord& record, const QString& branchId, const QString& outcomeId, qint64 now,
                const core::Actor& actor);
    void changed(const QStringList& tables = {}) const;

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
