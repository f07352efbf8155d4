#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DetectionDialog;
}

namespace muster::gui {

class Session;

// Records a detection rule the SOC has, with the techniques it covers.
class DetectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetectionDialog)

public:
    explicit DetectionDialog(Session& session, QWidget* parent = nullptr);
    ~DetectionDialog() override;

    void accept() override;

private:
    Session& m_session;
    std::unique_ptr<Ui::DetectionDialog> m_ui;
};

} // namespace muster::gui
