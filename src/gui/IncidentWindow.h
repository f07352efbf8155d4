#pragma once

#include "core/Incident.h"

#include <QMainWindow>

#include <memory>

class QUndoGroup;
class QUndoStack;

namespace Ui {
class IncidentWindow;
}

namespace muster::gui {

class Session;
class TimelineModel;

// One incident in its own window: Overview, Timeline and Assets tabs (workflow tabs are
// added with addTab), the lifecycle actions with shortcuts, and undo for edits.
class IncidentWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentWindow)

public:
    // Opens the incident's window, or raises it when it is open already.
    static IncidentWindow* open(Session& session, const QString& incidentId, QWidget* parent);

    IncidentWindow(Session& session, const QString& incidentId, QWidget* parent = nullptr);
    ~IncidentWindow() override;

    const core::Incident& incident() const { return m_incident; }
    QUndoStack* undoStack() const { return m_undo; }
    void addTab(QWidget* widget, const QString& title);
    // Adds a widget to the right-hand column of the Overview (e.g. the role holders).
    void addOverviewWidget(QWidget* widget);

    void reload();
    void acknowledge();
    void changeStatus();
    void escalate();
    void addNote();
    void setDetectionTime();
    void applyDetails();

private:
    void fillHeader();
    void fillOverview();
    void fillTimeline();
    void fillAssets();
    void updateActions();
    bool overviewEdited() const;
    QStringList checkedAssignees() const;
    void linkAsset();
    void unlinkAsset();
    void showError(const QString& message);

    Session& m_session;
    std::unique_ptr<Ui::IncidentWindow> m_ui;
    QString m_incidentId;
    core::Incident m_incident;
    TimelineModel* m_timeline;
    QUndoStack* m_undo;
    QUndoGroup* m_undoGroup;
};

} // namespace muster::gui
