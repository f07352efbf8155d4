#include "gui/EditHuntCommand.h"

#include "gui/Session.h"
#include "storage/HuntService.h"

namespace muster::gui {

EditHuntCommand::EditHuntCommand(Session& session, core::Hunt before, core::Hunt after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit %1").arg(m_after.reference));
}

void EditHuntCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    storage::HuntService(m_session.database()).update(m_after, m_session.actor());
}

void EditHuntCommand::undo()
{
    storage::HuntService(m_session.database()).update(m_before, m_session.actor());
}

} // namespace muster::gui
