#pragma once

#include "core/Hunt.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace muster::gui {

class Session;

// An edit of a hunt's fields, undoable: undo stores the fields as they were.
class EditHuntCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(muster::gui::EditHuntCommand)

public:
    // The caller has already stored `after` (so that it could report a refusal); the
    // first redo() does nothing.
    EditHuntCommand(Session& session, core::Hunt before, core::Hunt after);

    void redo() override;
    void undo() override;

private:
    Session& m_session;
    bool m_applied = true;
    core::Hunt m_before;
    core::Hunt m_after;
};

} // namespace muster::gui
