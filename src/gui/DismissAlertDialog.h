#pragma once

#include "core/Alert.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DismissAlertDialog;
}

namespace muster::gui {

// Asks why an alert is dismissed: false positive or benign, and a reason (recent
// reasons are offered, so tuning notes stay consistent).
class DismissAlertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DismissAlertDialog)

public:
    DismissAlertDialog(const core::Alert& alert, core::AlertTriage as, QWidget* parent = nullptr);
    ~DismissAlertDialog() override;

    core::AlertTriage dismissAs() const;
    QString reason() const;
    void setReason(const QString& reason);

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::DismissAlertDialog> m_ui;
};

} // namespace muster::gui
