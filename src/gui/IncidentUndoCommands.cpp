#include "gui/IncidentUndoCommands.h"

#include "core/Error.h"
#include "gui/Session.h"

#include <QApplication>
#include <QMessageBox>

namespace muster::gui {

namespace {

void report(const core::Error& e)
{
    QMessageBox::warning(QApplication::activeWindow(),
                         QCoreApplication::translate("muster::gui::IncidentUndoCommands", "Cannot Undo"), e.message());
}

} // namespace

UpdateDetailsCommand::UpdateDetailsCommand(Session& session, QString incidentId,
                                           storage::IncidentService::Details before,
                                           storage::IncidentService::Details after, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_incidentId(std::move(incidentId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void UpdateDetailsCommand::undo()
{
    try {
        storage::IncidentService(m_session.database()).updateDetails(m_incidentId, m_before, m_session.actor());
    } catch (const core::Error& e) {
        report(e);
    }
}

void UpdateDetailsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        storage::IncidentService(m_session.database()).updateDetails(m_incidentId, m_after, m_session.actor());
    } catch (const core::Error& e) {
        report(e);
    }
}

AssetLinkCommand::AssetLinkCommand(Session& session, QString incidentId, QString assetId, bool link,
                                   const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_incidentId(std::move(incidentId))
    , m_assetId(std::move(assetId))
    , m_link(link)
{}

void AssetLinkCommand::apply(bool link)
{
    try {
        storage::IncidentService service(m_session.database());
        if (link) {
            service.linkAsset(m_incidentId, m_assetId, m_session.actor());
        } else {
            service.unlinkAsset(m_incidentId, m_assetId, m_session.actor());
        }
    } catch (const core::Error& e) {
        report(e);
    }
}

void AssetLinkCommand::undo()
{
    apply(!m_link);
}

void AssetLinkCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_link);
}

} // namespace muster::gui
