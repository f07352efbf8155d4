#pragma once

#include "core/Clock.h"
#include "core/Exercise.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ExerciseWindow;
}

namespace muster::gui {

class EvaluationModel;
class ExerciseLogModel;
class ImprovementModel;
class InjectStatusModel;
class ProjectorWindow;
class Session;

// The facilitator console of one exercise, in four tabs:
// - Run: the clock (start, pause, resume, skip to the next inject, end), the injects with
//   their state and the facilitator notes of the selected one, release by hand, the
//   open branches, and the decision and response log;
// - Evaluation: every expected action rated P, S, M or U with observations;
// - Hot wash: notes per discussion question, strengths and areas for improvement per
//   objective, the improvement plan, and the items of earlier runs re-tested now;
// - Report: the after-action report, exported as HTML or Markdown.
// Injects due on the clock are released every second while the window is open.
class ExerciseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseWindow)

public:
    ExerciseWindow(Session& session, const QString& exerciseId,
                   const core::Clock& clock = core::SystemClock::instance(), QWidget* parent = nullptr);
    ~ExerciseWindow() override;

    const QString& exerciseId() const { return m_id; }
    const core::ExerciseRecord& record() const { return m_record; }
    void reload();
    // Releases what is due and updates the clock; the timer calls it every second.
    void tick();
    ProjectorWindow* showProjector();
    bool exportReport(const QString& path, bool html);
    void showTab(int index);

signals:
    void failed(const QString& message); // also shown in the window

private:
    void run(const std::function<void()>& request);
    void updateClock();
    void updateButtons();
    void updateInjectDetail();
    void updateBranches();
    void updateOutcomes();
    void updateLogChoices();
    void addLog();
    void updateHotWash();
    void saveDiscussion();
    void saveReview();
    void editImprovement(bool create);
    void updateReport();

    Session& m_session;
    QString m_id;
    const core::Clock& m_clock;
    std::unique_ptr<Ui::ExerciseWindow> m_ui;
    core::ExerciseRecord m_record;
    InjectStatusModel* m_injects;
    ExerciseLogModel* m_log;
    EvaluationModel* m_evaluation;
    ImprovementModel* m_improvements;
    QTimer* m_tick;
    QTimer* m_saveDiscussion;
    QTimer* m_saveReview;
    QPointer<ProjectorWindow> m_projector;
    bool m_loading = false;
};

} // namespace muster::gui
