#pragma once

#include "core/WorkflowEnums.h"

#include <QWidget>

#include <memory>

class QProgressDialog;
class QTimer;

namespace Ui {
class IncidentCommunicationsTab;
}

namespace muster::net {
class WebhookSender;
}

namespace muster::gui {

class CommunicationModel;
class Session;

// The Communications tab of an incident: drafts from templates, versions, review and
// approval, and sending by chat webhook (in the background, with cancel), as an .eml
// file, or recorded as sent elsewhere. The approval gate lives in core; this tab only
// asks. A banner says when the next status update is due.
class IncidentCommunicationsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentCommunicationsTab)

public:
    IncidentCommunicationsTab(Session& session, const QString& incidentId, QWidget* parent = nullptr);
    ~IncidentCommunicationsTab() override;

    void reload();
    bool selectCommunication(const QString& id);

private:
    void showCurrent();
    void showVersion();
    void updateCadence();
    void newDraft();
    void save();
    void submitForReview();
    void approve(core::ApprovalRole role);
    void sendWebhook();
    void exportEmail();
    void recordManual();
    QString currentId() const;
    bool saveIfEdited();

    Session& m_session;
    QString m_incidentId;
    std::unique_ptr<Ui::IncidentCommunicationsTab> m_ui;
    CommunicationModel* m_model;
    net::WebhookSender* m_sender;
    QTimer* m_cadenceTimer;
    QString m_shownId;
};

} // namespace muster::gui
