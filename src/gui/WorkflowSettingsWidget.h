#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WorkflowSettingsWidget;
}

namespace muster::gui {

class Session;

// The Workflows section of Settings: status-update cadence by severity, deadline
// notification thresholds, the business-day calendar and the chat webhook (all
// organisation-wide), and whether this computer shows desktop notifications.
class WorkflowSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowSettingsWidget)

public:
    explicit WorkflowSettingsWidget(Session& session, QWidget* parent = nullptr);
    ~WorkflowSettingsWidget() override;

    void reload();
    bool save();

    static bool desktopNotificationsEnabled();

private:
    Session& m_session;
    std::unique_ptr<Ui::WorkflowSettingsWidget> m_ui;
};

} // namespace muster::gui
