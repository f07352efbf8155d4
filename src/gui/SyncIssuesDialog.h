#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SyncIssuesDialog;
}

namespace muster::storage {
class Database;
}

namespace muster::gui {

class SyncIssuesModel;

// Lists the changes the team server refused and the conflicts, to review and dismiss.
class SyncIssuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIssuesDialog)

public:
    explicit SyncIssuesDialog(storage::Database& db, QWidget* parent = nullptr);
    ~SyncIssuesDialog() override;

    SyncIssuesModel* model() const { return m_model; }

private:
    void updateButtons();
    void copySelection();

    std::unique_ptr<Ui::SyncIssuesDialog> m_ui;
    SyncIssuesModel* m_model;
};

} // namespace muster::gui
