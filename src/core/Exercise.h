#pragma once

#include "core/EnumTable.h"
#include "core/Scenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace muster::core {

enum class ExerciseStatus
{
    Planned,
    Running,
    Paused,
    Ended,
};
const EnumTable<ExerciseStatus>& exerciseStatuses();

// HSEEP performance ratings of an expected action.
enum class Rating
{
    P, // performed without challenges
    S, // performed with some challenges
    M, // performed with major challenges
    U, // unable to be performed
};
const EnumTable<Rating>& ratings();
// "met" for P and S, "not_met" for M and U: the outcome of an expectation branch.
QString expectationOutcome(Rating rating);

enum class LogKind
{
    Decision,
    Response,
    Note,
};
const EnumTable<LogKind>& logKinds();

enum class ReleaseWay
{
    Schedule,
    Manual,
    Branch,
};
const EnumTable<ReleaseWay>& releaseWays();

enum class ImprovementStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
};
const EnumTable<ImprovementStatus>& improvementStatuses();

// The exercise clock runs in scenario time: `compression` scenario milliseconds pass per
// wall millisecond while it runs.
struct ExerciseClock
{
    int compression = 1;
    qint64 baseMs = 0;                  // scenario time when last started, paused or moved
    std::optional<qint64> runningSince; // wall time it (re)started; empty while stopped

    qint64 elapsedMs(qint64 nowMs) const;
    bool running() const { return runningSince.has_value(); }
    void start(qint64 nowMs);
    void stop(qint64 nowMs);
    // Moves scenario time to `scenarioMs`, keeping the clock running or stopped.
    void setElapsed(qint64 scenarioMs, qint64 nowMs);
};

struct ExerciseParticipant
{
    QString roleId;
    QString personId;
    QString personName; // read from the directory
};

struct Exercise
{
    QString id;
    QString reference; // EX-2026-0003
    QString title;
    QString scenarioKey;
    QString scenarioTitle;
    qint64 plannedAt = 0;
    QString facilitatorId;
    QString facilitatorName; // read from the directory
    ExerciseStatus status = ExerciseStatus::Planned;
    ExerciseClock clock;
    std::optional<qint64> startedAt;
    std::optional<qint64> endedAt;
    QString incidentId;
    QString incidentReference; // read from the incident
    QList<ExerciseParticipant> participants;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QStringList peopleInRole(const QString& roleId) const;
};

struct InjectRelease
{
    QString injectId;
    qint64 scenarioMs = 0; // when it was due (or released by hand), in scenario time
    qint64 releasedAt = 0; // wall time
    ReleaseWay way = ReleaseWay::Schedule;
    QString by;
};

struct BranchChoice
{
    QString branchId;
    QString outcomeId;
    qint64 scenarioMs = 0;
    qint64 chosenAt = 0;
    QString by;
};

// A line of the decision and response log.
struct LogEntry
{
    QString id;
    LogKind kind = LogKind::Decision;
    QString injectId; // the inject it answers; may be empty
    QString roleId;
    QString text; // the decision, response or note
    QString rationale;
    QString approver;
    QString branchId; // a decision that settles a decision branch
    QString outcomeId;
    QString actionId; // the expected action it evidences
    qint64 scenarioMs = 0;
    qint64 recordedAt = 0;
    QString author;
};

struct ActionRating
{
    QString actionId;
    Rating rating = Rating::P;
    QString observation;
    QString evaluator;
    qint64 ratedAt = 0;
};

// Hot wash: strengths and areas for improvement per objective.
struct ObjectiveReview
{
    QString objectiveId;
    QString strengths;
    QString improvements;
};

// Hot wash: the notes taken on one discussion question of a phase.
struct DiscussionNote
{
    QString phaseId;
    int question = 0; // index in the phase's questions
    QString notes;
};

struct ImprovementItem
{
    QString id;
    QString exerciseId;
    QString exerciseReference; // read
    QString scenarioKey;
    QString objectiveId;
    QString capability;
    QString action; // the corrective action
    QString ownerId;
    QString ownerName; // read
    std::optional<qint64> dueAt;
    ImprovementStatus status = ImprovementStatus::Open;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// Everything about one exercise, as the console, the evaluation and the report need it.
struct ExerciseRecord
{
    Exercise exercise;
    Scenario scenario; // the snapshot taken when the exercise was planned
    QList<InjectRelease> releases;
    QList<BranchChoice> choices;
    QList<LogEntry> log;
    QList<ActionRating> ratings;
    QList<ObjectiveReview> reviews;
    QList<DiscussionNote> discussion;
    QList<ImprovementItem> improvements;     // raised in this exercise
    QList<ImprovementItem> earlierOpenItems; // raised in earlier runs of the same scenario

    const InjectRelease* release(const QString& injectId) const;
    const BranchChoice* choice(const QString& branchId) const;
    const ActionRating* rating(const QString& actionId) const;
    // Scenario milliseconds between the inject's release and the entry; empty when unknown.
    std::optional<qint64> sinceRelease(const LogEntry& entry) const;
};

} // namespace muster::core
