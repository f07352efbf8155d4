#pragma once

#include "core/DrillMetrics.h"
#include "core/Exercise.h"

#include <QCoreApplication>

#include <optional>

namespace muster::core {

// The after-action report of one exercise with its improvement plan, as data. Renderers
// (AarRenderer: HTML, Markdown, JSON; the reports feature: PDF) only lay it out.
struct AfterActionReport
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::AfterActionReport)

public:
    struct Participant
    {
        QString role;
        QStringList people;
    };
    struct ActionResult
    {
        QString actionId;
        QString inject;
        QString role;
        QString action;
        int timeLimitMinutes = 0;
        std::optional<Rating> rating;
        QString observation;
        QString evaluator;
        std::optional<qint64> firstResponseMs; // scenario ms from the inject's release
        std::optional<bool> withinLimit;
    };
    struct ObjectiveSection
    {
        QString id;
        QString text;
        QString capability;
        std::optional<Rating> rating; // the weakest rating of its actions
        QMap<Rating, int> counts;
        QList<ActionResult> actions;
        QString strengths;
        QString improvements;
    };
    struct Decision
    {
        qint64 atMs = 0; // scenario time
        QString inject;
        QString role;
        QString decision;
        QString rationale;
        QString approver;
        std::optional<qint64> sinceReleaseMs;
        QString outcome; // the branch outcome it settled
    };
    struct PathStep
    {
        qint64 atMs = 0;
        QString inject;
        QString way;
    };
    struct BranchResult
    {
        QString question;
        QString kind;
        QString outcome; // empty when not decided
    };
    struct Discussion
    {
        QString phase;
        QString question;
        QString notes;
    };
    struct Improvement
    {
        QString action;
        QString capability;
        QString objective;
        QString owner;
        std::optional<qint64> dueAt;
        QString status;
    };
    struct Retest
    {
        QString action;
        QString fromExercise;
        QString objective;
        bool retested = false;
        std::optional<Rating> rating; // the objective's rating in this exercise
    };

    QString organisation;
    QString title;
    QString reference;
    QString scenarioTitle;
    QString scenarioSummary;
    QString status;
    qint64 plannedAt = 0;
    std::optional<qint64> startedAt;
    std::optional<qint64> endedAt;
    qint64 scenarioElapsedMs = 0;
    QString facilitator;
    int compression = 1;
    QString incidentReference;
    QList<Participant> participants;
    QList<ObjectiveSection> objectives;
    QList<PathStep> path;
    QList<BranchResult> branches;
    QList<Decision> decisions;
    QList<Discussion> discussion;
    QList<Improvement> improvements;
    QList<Retest> retests;
    DrillPoint metrics;
    int actionsTotal = 0;
    int actionsRated = 0;

    static AfterActionReport build(const ExerciseRecord& record, const QString& organisation, qint64 now);
};

// "1:05" (hours:minutes of scenario time).
QString formatScenarioTime(qint64 ms);

} // namespace muster::core
