#include "storage/DemoDirectory.h"

#include "core/Error.h"
#include "storage/PeopleRepository.h"

namespace muster::storage {

DemoDirectory::DemoDirectory(Database& db)
    : m_people(PeopleRepository(db).all())
{}

const core::Person& DemoDirectory::withTitle(const QString& title, int skip) const
{
    for (const core::Person& p : m_people) {
        if (p.title == title && skip-- == 0) {
            return p;
        }
    }
    throw core::Error(core::Error::Kind::NotFound, tr("The demo directory has no %1.").arg(title));
}

const core::Person& DemoDirectory::inFunction(core::PersonFunction function, int skip) const
{
    for (const core::Person& p : m_people) {
        if (p.function == function && skip-- == 0) {
            return p;
        }
    }
    throw core::Error(core::Error::Kind::NotFound, tr("The demo directory has no one in that function."));
}

} // namespace muster::storage
