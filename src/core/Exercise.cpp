#include "core/Exercise.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array statusEntries{
    EnumEntry<ExerciseStatus>{ExerciseStatus::Planned, "planned",
                              QT_TRANSLATE_NOOP("muster::core::ExerciseStatus", "Planned")},
    EnumEntry<ExerciseStatus>{ExerciseStatus::Running, "running",
                              QT_TRANSLATE_NOOP("muster::core::ExerciseStatus", "Running")},
    EnumEntry<ExerciseStatus>{ExerciseStatus::Paused, "paused",
                              QT_TRANSLATE_NOOP("muster::core::ExerciseStatus", "Paused")},
    EnumEntry<ExerciseStatus>{ExerciseStatus::Ended, "ended",
                              QT_TRANSLATE_NOOP("muster::core::ExerciseStatus", "Ended")},
};

constexpr std::array ratingEntries{
    EnumEntry<Rating>{Rating::P, "P", QT_TRANSLATE_NOOP("muster::core::Rating", "P: performed without challenges")},
    EnumEntry<Rating>{Rating::S, "S", QT_TRANSLATE_NOOP("muster::core::Rating", "S: performed with some challenges")},
    EnumEntry<Rating>{Rating::M, "M", QT_TRANSLATE_NOOP("muster::core::Rating", "M: performed with major challenges")},
    EnumEntry<Rating>{Rating::U, "U", QT_TRANSLATE_NOOP("muster::core::Rating", "U: unable to be performed")},
};

constexpr std::array logEntries{
    EnumEntry<LogKind>{LogKind::Decision, "decision", QT_TRANSLATE_NOOP("muster::core::LogKind", "Decision")},
    EnumEntry<LogKind>{LogKind::Response, "response", QT_TRANSLATE_NOOP("muster::core::LogKind", "Response")},
    EnumEntry<LogKind>{LogKind::Note, "note", QT_TRANSLATE_NOOP("muster::core::LogKind", "Facilitator note")},
};

constexpr std::array releaseEntries{
    EnumEntry<ReleaseWay>{ReleaseWay::Schedule, "schedule",
                          QT_TRANSLATE_NOOP("muster::core::ReleaseWay", "On schedule")},
    EnumEntry<ReleaseWay>{ReleaseWay::Manual, "manual", QT_TRANSLATE_NOOP("muster::core::ReleaseWay", "By hand")},
    EnumEntry<ReleaseWay>{ReleaseWay::Branch, "branch", QT_TRANSLATE_NOOP("muster::core::ReleaseWay", "By a branch")},
};

constexpr std::array improvementEntries{
    EnumEntry<ImprovementStatus>{ImprovementStatus::Open, "open",
                                 QT_TRANSLATE_NOOP("muster::core::ImprovementStatus", "Open")},
    EnumEntry<ImprovementStatus>{ImprovementStatus::InProgress, "in_progress",
                                 QT_TRANSLATE_NOOP("muster::core::ImprovementStatus", "In progress")},
    EnumEntry<ImprovementStatus>{ImprovementStatus::Done, "done",
                                 QT_TRANSLATE_NOOP("muster::core::ImprovementStatus", "Done")},
    EnumEntry<ImprovementStatus>{ImprovementStatus::Cancelled, "cancelled",
                                 QT_TRANSLATE_NOOP("muster::core::ImprovementStatus", "Cancelled")},
};

} // namespace

const EnumTable<ExerciseStatus>& exerciseStatuses()
{
    static const EnumTable<ExerciseStatus> table("muster::core::ExerciseStatus", statusEntries);
    return table;
}

const EnumTable<Rating>& ratings()
{
    static const EnumTable<Rating> table("muster::core::Rating", ratingEntries);
    return table;
}

QString expectationOutcome(Rating rating)
{
    return rating == Rating::P || rating == Rating::S ? QStringLiteral("met") : QStringLiteral("not_met");
}

const EnumTable<LogKind>& logKinds()
{
    static const EnumTable<LogKind> table("muster::core::LogKind", logEntries);
    return table;
}

const EnumTable<ReleaseWay>& releaseWays()
{
    static const EnumTable<ReleaseWay> table("muster::core::ReleaseWay", releaseEntries);
    return table;
}

const EnumTable<ImprovementStatus>& improvementStatuses()
{
    static const EnumTable<ImprovementStatus> table("muster::core::ImprovementStatus", improvementEntries);
    return table;
}

qint64 ExerciseClock::elapsedMs(qint64 nowMs) const
{
    if (!runningSince) {
        return baseMs;
    }
    return baseMs + std::max<qint64>(0, nowMs - *runningSince) * compression;
}

void ExerciseClock::start(qint64 nowMs)
{
    if (!runningSince) {
        runningSince = nowMs;
    }
}

void ExerciseClock::stop(qint64 nowMs)
{
    baseMs = elapsedMs(nowMs);
    runningSince.reset();
}

void ExerciseClock::setElapsed(qint64 scenarioMs, qint64 nowMs)
{
    baseMs = scenarioMs;
    if (runningSince) {
        runningSince = nowMs;
    }
}

QStringList Exercise::peopleInRole(const QString& roleId) const
{
    QStringList out;
    for (const auto& p : participants) {
        if (p.roleId == roleId) {
            out << p.personName;
        }
    }
    return out;
}

const InjectRelease* ExerciseRecord::release(const QString& injectId) const
{
    for (const auto& r : releases) {
        if (r.injectId == injectId) {
            return &r;
        }
    }
    return nullptr;
}

const BranchChoice* ExerciseRecord::choice(const QString& branchId) const
{
    for (const auto& c : choices) {
        if (c.branchId == branchId) {
            return &c;
        }
    }
    return nullptr;
}

const ActionRating* ExerciseRecord::rating(const QString& actionId) const
{
    for (const auto& r : ratings) {
        if (r.actionId == actionId) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<qint64> ExerciseRecord::sinceRelease(const LogEntry& entry) const
{
    const auto* r = release(entry.injectId);
    if (!r) {
        return std::nullopt;
    }
    return std::max<qint64>(0, entry.scenarioMs - r->scenarioMs);
}

} // namespace muster::core
