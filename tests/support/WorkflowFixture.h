#pragma once

#include "TestSupport.h"
#include "core/Ids.h"
#include "core/Person.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/TimelineRepository.h"

namespace muster::test {

// A small stakeholder directory and helpers for the workflow suites: a SOC analyst, a
// privacy counsel (Legal), an HR partner, a communications lead and an outsider.
struct WorkflowPeople
{
    core::Person analyst;
    core::Person counsel;
    core::Person hr;
    core::Person comms;
    core::Person outsider;

    static core::Person make(const QString& name, core::PersonFunction function, const QString& email)
    {
        core::Person p;
        p.id = core::newId();
        p.name = name;
        p.function = function;
        p.email = email;
        return p;
    }

    explicit WorkflowPeople(storage::Database& db)
        : analyst(make(QStringLiteral("Dana Okafor"), core::PersonFunction::SecurityOperations,
                       QStringLiteral("dana@example.org")))
        , counsel(make(QStringLiteral("Priya Raman"), core::PersonFunction::Legal, QStringLiteral("priya@example.org")))
        , hr(make(QStringLiteral("Tomás Weber"), core::PersonFunction::Hr, QStringLiteral("tomas@example.org")))
        , comms(make(QStringLiteral("Lea Novak"), core::PersonFunction::Communications,
                     QStringLiteral("lea@example.org")))
        , outsider(
              make(QStringLiteral("Sam Ito"), core::PersonFunction::ItOperations, QStringLiteral("sam@example.org")))
    {
        storage::PeopleRepository repo(db);
        for (const auto* p : {&analyst, &counsel, &hr, &comms, &outsider}) {
            repo.insert(*p);
        }
    }

    static core::Actor as(const core::Person& p) { return core::Actor{p.id, p.name}; }
};

inline core::Incident makeIncident(storage::Database& db, const core::Clock& clock, core::Category category,
                                   core::Severity severity, const core::Actor& actor,
                                   const QString& title = QStringLiteral("Suspicious access to the HR file share"))
{
    core::Incident i;
    i.title = title;
    i.category = category;
    i.severity = severity;
    return storage::IncidentService(db, clock).create(i, {}, actor);
}

// The texts of an incident's timeline entries of one kind, in order.
inline QStringList timelineTexts(storage::Database& db, const QString& incidentId, const QString& kind)
{
    QStringList out;
    for (const auto& e : storage::TimelineRepository(db).entries(incidentId)) {
        if (e.kind == kind) {
            out.append(e.text);
        }
    }
    return out;
}

} // namespace muster::test
