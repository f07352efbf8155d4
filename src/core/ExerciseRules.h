#pragma once

#include "core/Exercise.h"

#include <QCoreApplication>

namespace muster::core {

// The rules of running an exercise: planning checks, the clock's states, which injects
// are due, and what the facilitator may record. Functions throw Error(BadInput or
// Refused) with a message for the user; nothing here stores anything.
class ExerciseRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::ExerciseRules)

public:
    static constexpr int minCompression = 1;
    static constexpr int maxCompression = 60;

    struct Plan
    {
        QString title;
        qint64 plannedAt = 0;
        QString facilitatorId;
        int compression = 1;
        QList<ExerciseParticipant> participants; // personName is not needed
    };
    static void validatePlan(const Plan& plan, const Scenario& scenario);

    static void start(Exercise& exercise, qint64 now);
    static void pause(Exercise& exercise, qint64 now);
    static void resume(Exercise& exercise, qint64 now);
    static void end(Exercise& exercise, qint64 now);
    // Started and not ended: injects can be released and decisions logged.
    static void requireUnderway(const Exercise& exercise);

    enum class InjectState
    {
        Released,
        Scheduled,   // due at its offset
        Selected,    // chosen by a branch, due after its delay
        Waiting,     // released by a branch not decided yet
        NotSelected, // every branch that could release it chose otherwise
        Contingency, // released by hand only
    };
    struct InjectStatus
    {
        QString injectId;
        InjectState state = InjectState::Scheduled;
        std::optional<qint64> dueMs; // scenario time (released: when it was released)
    };
    // In scenario order.
    static QList<InjectStatus> injectStatuses(const ExerciseRecord& record);
    // Unreleased injects due at or before `elapsedMs`, earliest first.
    static QList<InjectStatus> due(const ExerciseRecord& record, qint64 elapsedMs);
    // The scenario time of the next inject due after `elapsedMs`, if any.
    static std::optional<qint64> nextDue(const ExerciseRecord& record, qint64 elapsedMs);

    static void checkManualRelease(const ExerciseRecord& record, const QString& injectId);
    static void checkChoice(const ExerciseRecord& record, const QString& branchId, const QString& outcomeId);
    // Branches of released injects that have not been decided, in scenario order.
    static QStringList openBranches(const ExerciseRecord& record);

    // Checks a log entry against the scenario and the exercise (fills nothing).
    static void validateLog(const ExerciseRecord& record, const LogEntry& entry);
    static void validateImprovement(const ImprovementItem& item, const Scenario& scenario);
};

} // namespace muster::core
