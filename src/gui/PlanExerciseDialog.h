#pragma once

#include "core/ExerciseRules.h"
#include "core/Person.h"
#include "storage/ScenarioLibrary.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlanExerciseDialog;
}

namespace muster::gui {

class Session;

// Plans an exercise: scenario, title, date, facilitator, participants per role (people
// of the role's function are suggested from the directory) and time compression 1×–60×.
// OK stores it through ExerciseService; a refusal is shown in the dialog.
class PlanExerciseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanExerciseDialog)

public:
    PlanExerciseDialog(Session& session, const QString& scenarioKey, QWidget* parent = nullptr);
    ~PlanExerciseDialog() override;

    void setScenario(const QString& key);
    core::ExerciseRules::Plan plan() const;
    // Sets the person of a participant row (tests and keyboard users).
    void setParticipant(int row, const QString& personId);
    int participantRows() const;
    QString exerciseId() const { return m_exerciseId; }

    void accept() override;

private:
    const core::Scenario* currentScenario() const;
    void fillParticipants();
    void addRow(const core::ScenarioRole& role, const QString& personId);
    void updateHint();

    Session& m_session;
    std::unique_ptr<Ui::PlanExerciseDialog> m_ui;
    QList<storage::ScenarioLibrary::Entry> m_library;
    QList<core::Person> m_people;
    QString m_exerciseId;
};

} // namespace muster::gui
