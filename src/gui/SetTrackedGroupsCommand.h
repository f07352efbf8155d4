#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace muster::gui {

class Session;

// Changes which ATT&CK groups the organisation tracks, undoably.
class SetTrackedGroupsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(muster::gui::SetTrackedGroupsCommand)

public:
    // The caller has already stored `after`; the first redo() does nothing.
    SetTrackedGroupsCommand(Session& session, QStringList before, QStringList after);

    void redo() override;
    void undo() override;

private:
    Session& m_session;
    bool m_applied = true;
    QStringList m_before;
    QStringList m_after;
};

} // namespace muster::gui
