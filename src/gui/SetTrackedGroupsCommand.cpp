#include "gui/SetTrackedGroupsCommand.h"

#include "core/Clock.h"
#include "gui/Session.h"
#include "storage/AttackCatalogRepository.h"

namespace muster::gui {

SetTrackedGroupsCommand::SetTrackedGroupsCommand(Session& session, QStringList before, QStringList after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Change tracked groups"));
}

void SetTrackedGroupsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    storage::AttackCatalogRepository(m_session.database())
        .setTrackedGroups(m_after, core::SystemClock::instance().nowMs());
}

void SetTrackedGroupsCommand::undo()
{
    storage::AttackCatalogRepository(m_session.database())
        .setTrackedGroups(m_before, core::SystemClock::instance().nowMs());
}

} // namespace muster::gui
