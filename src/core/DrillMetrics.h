#pragma once

#include "core/Exercise.h"

#include <QMap>

#include <optional>

namespace muster::core {

// Muscle-memory figures of one drill, overall and per role:
// - inject-to-decision time: scenario minutes from an inject's release to each decision
//   logged against it, averaged;
// - the share of rated expected actions rated P or S.
struct RoleMetrics
{
    int decisions = 0;
    std::optional<double> meanDecisionMinutes;
    int rated = 0;
    int met = 0; // rated P or S
    std::optional<double> shareMet() const;
};

struct DrillPoint
{
    QString exerciseId;
    QString reference;
    qint64 date = 0; // when the exercise started (planned date if it has not)
    RoleMetrics overall;
    QMap<QString, RoleMetrics> roles; // by role id

    static DrillPoint of(const ExerciseRecord& record);
};

} // namespace muster::core
