#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class IncidentRolesWidget;
}

namespace muster::gui {

class Session;

// The incident roles (commander, deputy, scribe, communications, legal and HR leads,
// liaison) with their current holders, handovers, and the access list of a
// confidential incident. Meant for the incident window's Overview tab.
class IncidentRolesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentRolesWidget)

public:
    IncidentRolesWidget(Session& session, const QString& incidentId, QWidget* parent = nullptr);
    ~IncidentRolesWidget() override;

    void reload();

private:
    void assignSelected();
    void releaseSelected();
    void grantAccess();
    void revokeAccess();
    void updateButtons();

    Session& m_session;
    QString m_incidentId;
    std::unique_ptr<Ui::IncidentRolesWidget> m_ui;
};

} // namespace muster::gui
