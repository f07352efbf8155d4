#pragma once

#include <QtGlobal>

namespace muster::storage {

class Database;

// Adds a tabletop exercise programme to a demo organisation (people from
// DemoDataWriter must be there): three runs of the shipped ransomware scenario and one
// of the wire-fraud scenario over the past months, each planned with a facilitator and
// participants from the directory, its injects released on the clock, by branch or by
// hand, decisions logged, expected actions rated P/S/M/U with observations, a hot wash
// and an improvement plan whose items are closed, open or re-tested by the next run;
// the latest ransomware run works an exercise incident. The team gets faster and meets
// more of what is expected from run to run. Plus one exercise planned for the coming
// weeks. Everything goes through ExerciseService and IncidentService. Deterministic for
// `now`.
class ExerciseDemoWriter
{
public:
    struct Result
    {
        int exercises = 0;
        int completed = 0;
        int planned = 0;
        int decisions = 0;
        int ratings = 0;
        int improvements = 0;
        int openImprovements = 0;
    };

    static Result write(Database& db, qint64 now);
};

} // namespace muster::storage
