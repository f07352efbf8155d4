#pragma once

#include "storage/IncidentService.h"

#include <QUndoCommand>

namespace muster::gui {

class Session;

// Edits of an incident that Ctrl+Z takes back. The timeline is append-only, so undoing
// an edit records the reverse change on it; nothing is erased. Each command has already
// been applied once when it is pushed (the first redo does nothing).

class UpdateDetailsCommand final : public QUndoCommand
{
public:
    UpdateDetailsCommand(Session& session, QString incidentId, storage::IncidentService::Details before,
                         storage::IncidentService::Details after, const QString& text);
    void undo() override;
    void redo() override;

private:
    Session& m_session;
    QString m_incidentId;
    storage::IncidentService::Details m_before;
    storage::IncidentService::Details m_after;
    bool m_applied = true;
};

class AssetLinkCommand final : public QUndoCommand
{
public:
    AssetLinkCommand(Session& session, QString incidentId, QString assetId, bool link, const QString& text);
    void undo() override;
    void redo() override;

private:
    void apply(bool link);

    Session& m_session;
    QString m_incidentId;
    QString m_assetId;
    bool m_link;
    bool m_applied = true;
};

} // namespace muster::gui
