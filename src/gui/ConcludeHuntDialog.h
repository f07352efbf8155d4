#pragma once

#include "core/Hunt.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConcludeHuntDialog;
}

namespace muster::gui {

class Session;

// Concludes an active hunt: the outcome and what it needs (the incident opened, the
// detection created or improved, the visibility gap found).
class ConcludeHuntDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcludeHuntDialog)

public:
    ConcludeHuntDialog(Session& session, const core::Hunt& hunt, QWidget* parent = nullptr);
    ~ConcludeHuntDialog() override;

    void accept() override;

private:
    void updateFields();

    Session& m_session;
    std::unique_ptr<Ui::ConcludeHuntDialog> m_ui;
    core::Hunt m_hunt;
};

} // namespace muster::gui
