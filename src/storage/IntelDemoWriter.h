#pragma once

#include <QtGlobal>

namespace muster::storage {

class Database;

// Adds demo threat intelligence and hunting to a database that already holds the demo
// organisation (DemoDataWriter): tracked ATT&CK groups, intel items of every kind and
// marking, detections, hunts over the last six months with their outcomes, observables
// that are sightings of indicators, and two briefs with a distribution. Goes through
// the real services, so the rules hold. Deterministic for `now`.
class IntelDemoWriter
{
public:
    struct Result
    {
        int items = 0;
        int hunts = 0;
        int detections = 0;
        int sightings = 0;
    };

    static Result write(Database& db, qint64 now);
};

} // namespace muster::storage
