#pragma once

#include "core/ScenarioFormat.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QUndoStack;
class QWidget;

namespace Ui {
class ScenarioEditor;
}

namespace muster::gui {

class Session;

// Creates and edits scenarios with the validation of the file format: a form for the
// details and the injects, the JSON source for everything, and the list of problems
// (file, line, JSON path) updated as you type, with the fields at fault marked. Saves to
// the library (database) or to a file; a scenario file dropped on it is opened.
// Form edits are undoable (Ctrl+Z); the source has its own undo while it has the focus.
class ScenarioEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioEditor)

public:
    explicit ScenarioEditor(Session& session, QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    void setScenario(const core::Scenario& scenario, const QString& origin);
    // Loads the file's text even when it is invalid, so that it can be fixed here.
    bool openFile(const QString& path);
    // A small valid scenario to start from.
    static core::Scenario templateScenario();

    QString sourceText() const;
    const QList<core::ScenarioProblem>& problems() const { return m_problems; }
    const std::optional<core::Scenario>& draft() const { return m_draft; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isModified() const;

    bool saveToLibrary();
    bool saveToFile(const QString& path);

    // Replaces the source without recording an undo step (used by the undo commands).
    void applySource(const QString& text);
    // Changes the scenario through the form: one undo step per field edit (typing merges).
    void edit(const QString& description, int mergeId, const std::function<void(core::Scenario&)>& change);
    void selectInject(int index);

signals:
    void savedToLibrary(const QString& key);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void revalidate();
    void refreshForm();
    void refreshInjectForm();
    void markFields();
    void showProblem(int row);
    void saveFileAs();
    int currentInject() const;
    void connectForm();
    void setLine(QLineEdit* edit, const QString& text) const;
    void setPlain(QPlainTextEdit* edit, const QString& text) const;

    Session& m_session;
    std::unique_ptr<Ui::ScenarioEditor> m_ui;
    QUndoStack* m_undo;
    QTimer* m_debounce;
    std::optional<core::Scenario> m_draft;
    QList<core::ScenarioProblem> m_problems;
    QString m_origin;
    QString m_savedText;
    bool m_updating = false;
    QWidget* m_editing = nullptr; // the field whose typing is being applied
};

} // namespace muster::gui
