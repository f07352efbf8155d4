#pragma once

#include "core/Exercise.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImprovementDialog;
}

namespace muster::gui {

class Session;

// Adds or edits an improvement item: objective, capability, corrective action, owner
// from the directory, due date and status. OK saves through ExerciseService.
class ImprovementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImprovementDialog)

public:
    // `item.id` empty: a new item of `exerciseId`.
    ImprovementDialog(Session& session, const core::Scenario& scenario, const QString& exerciseId,
                      const core::ImprovementItem& item, QWidget* parent = nullptr);
    ~ImprovementDialog() override;

    void accept() override;
    core::ImprovementItem item() const;

private:
    Session& m_session;
    std::unique_ptr<Ui::ImprovementDialog> m_ui;
    core::Scenario m_scenario;
    QString m_exerciseId;
    core::ImprovementItem m_item;
};

} // namespace muster::gui
