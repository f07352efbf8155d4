#include "storage/DemoOrganisation.h"

#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TaskRepository.h"
#include "storage/WorkflowDemoWriter.h"

namespace muster::storage {

namespace {
const QString kActingPersonKey = QStringLiteral("demo.acting_person");
}

DemoOrganisation::Result DemoOrganisation::write(Database& db, int incidentCount, quint32 seed, qint64 now,
                                                 const std::function<bool(int, int)>& progress)
{
    Result result;
    result.data = DemoDataWriter::write(db, incidentCount, seed, now, progress);
    if (result.data.cancelled || result.data.people == 0) {
        return result;
    }
    // Oldest first, so that references follow time where they can: the exercises (the
    // incident of the latest run was weeks ago) before the live incidents.
    result.exercises = ExerciseDemoWriter::write(db, now);
    result.liveIncidents = WorkflowDemoWriter::write(db, now);
    result.alerts = AlertDemoWriter::write(db, now, result.liveIncidents);
    result.intel = IntelDemoWriter::write(db, now);
    result.actingPersonId = chooseActingPerson(db, now);
    return result;
}

QString DemoOrganisation::actingPerson(const Database& db)
{
    const QString id = SettingsRepository(db).value(kActingPersonKey);
    if (id.isEmpty() || !PeopleRepository(db).find(id)) {
        return QString();
    }
    return id;
}

QString DemoOrganisation::chooseActingPerson(Database& db, qint64 now)
{
    const TaskRepository tasks(db);
    QString best;
    qsizetype most = 0;
    for (const core::Person& p : PeopleRepository(db).all()) {
        if (p.function != core::PersonFunction::SecurityOperations) {
            continue;
        }
        const qsizetype open = tasks.ownedBy(core::Actor{p.id, p.name}, false).size();
        if (open > most) {
            most = open;
            best = p.id;
        }
    }
    if (!best.isEmpty()) {
        SettingsRepository(db).setValue(kActingPersonKey, best, now);
    }
    return best;
}

} // namespace muster::storage
