#pragma once

#include "storage/AlertDemoWriter.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseDemoWriter.h"
#include "storage/IntelDemoWriter.h"

#include <QStringList>

#include <functional>

namespace muster::storage {

class Database;

// The demo organisation a new user explores, written by `musterctl demo` and by the
// desktop's Load Demo Data: DemoDataWriter's directory, assets and history of
// incidents, then, when that was not cancelled, the live incidents with stakeholder
// work (WorkflowDemoWriter), the alert intake and tier 1 queue (AlertDemoWriter),
// threat intelligence and hunts (IntelDemoWriter), the exercise programme
// (ExerciseDemoWriter), and the person to act as. The extras are a fixed amount of
// work, whatever `incidentCount` is.
class DemoOrganisation
{
public:
    struct Result
    {
        DemoDataWriter::Result data;
        QStringList liveIncidents;
        AlertDemoWriter::Result alerts;
        IntelDemoWriter::Result intel;
        ExerciseDemoWriter::Result exercises;
        QString actingPersonId;
    };

    static Result write(Database& db, int incidentCount, quint32 seed, qint64 now,
                        const std::function<bool(int, int)>& progress = {});

    // The demo's suggested person to act as (who has the most open tasks among the
    // security operations team, chosen when the demo was written); empty for a database
    // that holds no demo, or when that person is no longer in the directory.
    static QString actingPerson(const Database& db);
    // Chooses and stores that person; returns the id (empty when nobody owns a task).
    static QString chooseActingPerson(Database& db, qint64 now);
};

} // namespace muster::storage
