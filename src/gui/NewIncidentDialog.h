#pragma once

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class NewIncidentDialog;
}

namespace muster::gui {

class Session;

// Opens a new incident. Problems are shown at the field they concern.
class NewIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewIncidentDialog)

public:
    explicit NewIncidentDialog(Session& session, QWidget* parent = nullptr);
    ~NewIncidentDialog() override;

    QString createdIncidentId() const { return m_createdId; }

    void accept() override;

private:
    void showError(QLabel* label, const QString& message);
    void clearErrors();
    void updateSeverityHelp();
    void updateDetectedReason();
    void filterAssets(const QString& text);

    Session& m_session;
    std::unique_ptr<Ui::NewIncidentDialog> m_ui;
    QString m_createdId;
};

} // namespace muster::gui
