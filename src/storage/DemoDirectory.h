#pragma once

#include "core/Person.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>

namespace muster::storage {

class Database;

// The people of the demo organisation (DemoDataWriter), for the demo writers that act
// as them: found by job title or function, in the directory's order (by name), so the
// same person is chosen for the same data.
class DemoDirectory
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::DemoDirectory)

public:
    explicit DemoDirectory(Database& db);

    // The `skip`-th person with this job title or function; throws Error(NotFound).
    const core::Person& withTitle(const QString& title, int skip = 0) const;
    const core::Person& inFunction(core::PersonFunction function, int skip = 0) const;

    static core::Actor actor(const core::Person& person) { return core::Actor{person.id, person.name}; }

private:
    QList<core::Person> m_people;
};

} // namespace muster::storage
