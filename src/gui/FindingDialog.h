#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FindingDialog;
}

namespace muster::gui {

// A finding of an active hunt: what was found and where the evidence is.
class FindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDialog)

public:
    explicit FindingDialog(const QString& huntTitle, QWidget* parent = nullptr);
    ~FindingDialog() override;

    QString text() const;
    QString evidence() const;
    void showError(const QString& message);

private:
    std::unique_ptr<Ui::FindingDialog> m_ui;
};

} // namespace muster::gui
