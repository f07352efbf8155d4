#include "core/DrillMetrics.h"

namespace muster::core {

std::optional<double> RoleMetrics::shareMet() const
{
    if (rated == 0) {
        return std::nullopt;
    }
    return double(met) / double(rated);
}

DrillPoint DrillPoint::of(const ExerciseRecord& record)
{
    DrillPoint point;
    point.exerciseId = record.exercise.id;
    point.reference = record.exercise.reference;
    point.date = record.exercise.startedAt.value_or(record.exercise.plannedAt);

    QMap<QString, double> sums;
    double total = 0;
    for (const LogEntry& e : record.log) {
        if (e.kind != LogKind::Decision) {
            continue;
        }
        const auto since = record.sinceRelease(e);
        if (!since) {
            continue;
        }
        const double minutes = double(*since) / 60'000.0;
        total += minutes;
        point.overall.decisions += 1;
        sums[e.roleId] += minutes;
        point.roles[e.roleId].decisions += 1;
    }
    if (point.overall.decisions > 0) {
        point.overall.meanDecisionMinutes = total / point.overall.decisions;
    }
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        point.roles[it.key()].meanDecisionMinutes = it.value() / point.roles[it.key()].decisions;
    }
    for (const ActionRating& r : record.ratings) {
        const ExpectedAction* action = record.scenario.action(r.actionId);
        if (!action) {
            continue;
        }
        const bool met = r.rating == Rating::P || r.rating == Rating::S;
        point.overall.rated += 1;
        point.overall.met += met ? 1 : 0;
        point.roles[action->role].rated += 1;
        point.roles[action->role].met += met ? 1 : 0;
    }
    return point;
}

} // namespace muster::core
