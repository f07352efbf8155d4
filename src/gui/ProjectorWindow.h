#pragma once

#include "core/Exercise.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProjectorWindow;
}

namespace muster::gui {

// The participants' screen for a second monitor or projector: the exercise clock, the
// injects released so far (newest first) and, per role, what it has been sent and which
// decisions it has been asked to take. Never shows facilitator notes, expected actions,
// unreleased injects or branch outcomes.
class ProjectorWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectorWindow)

public:
    explicit ProjectorWindow(QWidget* parent = nullptr);
    ~ProjectorWindow() override;

    void setRecord(const core::ExerciseRecord& record, qint64 now);
    void setClock(qint64 scenarioMs, bool running);
    QString visibleText() const; // everything shown, for checks

private:
    std::unique_ptr<Ui::ProjectorWindow> m_ui;
};

} // namespace muster::gui
