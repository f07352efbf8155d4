#pragma once

#include "core/Clock.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ExercisesPage;
}

namespace muster::gui {

class DrillHistoryChart;
class ExerciseListModel;
class ExerciseWindow;
class ImprovementModel;
class Session;

// The exercises: plan one, open its facilitator console, see the drill history of a
// scenario as a chart (per role, run after run) and the improvement items of all
// exercises with their owners, due dates and status.
class ExercisesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExercisesPage)

public:
    explicit ExercisesPage(Session& session, QWidget* parent = nullptr);
    ~ExercisesPage() override;

    void reload();
    // Opens the plan dialog (modal) for the scenario; returns the new exercise's id or "".
    QString planExercise(const QString& scenarioKey);
    // Opens (or raises) the console of an exercise.
    ExerciseWindow* openConsole(const QString& exerciseId, const core::Clock& clock = core::SystemClock::instance());
    void selectExercise(const QString& id);
    QString currentExerciseId() const;
    void showHistory(const QString& scenarioKey, bool shareMet);
    DrillHistoryChart* historyChart() const { return m_chart; }
    ExerciseListModel* model() const { return m_model; }
    ImprovementModel* improvementModel() const { return m_improvements; }

private:
    void updateHistory();
    void fillHistoryScenarios();
    void watchDatabase();

    Session& m_session;
    std::unique_ptr<Ui::ExercisesPage> m_ui;
    ExerciseListModel* m_model;
    ImprovementModel* m_improvements;
    DrillHistoryChart* m_chart;
    QList<QPointer<ExerciseWindow>> m_consoles;
};

} // namespace muster::gui
