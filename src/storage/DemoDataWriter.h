#pragma once

#include <QtGlobal>

#include <functional>

namespace muster::storage {

class Database;

// Writes a generated demo organisation (core::DemoGenerator) into a database: people,
// assets, and `incidentCount` incidents with their hash-chained timelines. Writes in
// batches, each in one transaction; `progress(done, total)` is called after each batch
// and may return false to stop (what was written so far stays, in whole incidents).
class DemoDataWriter
{
public:
    struct Result
    {
        int people = 0;
        int assets = 0;
        int incidents = 0;
        qint64 timelineEntries = 0;
        bool cancelled = false;
    };

    static Result write(Database& db, int incidentCount, quint32 seed, qint64 now,
                        const std::function<bool(int, int)>& progress = {});
};

} // namespace muster::storage
