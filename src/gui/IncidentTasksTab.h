#pragma once

#include "core/WorkflowEnums.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTimer;
class QUndoStack;

namespace Ui {
class IncidentTasksTab;
}

namespace muster::gui {

class Session;
class TaskModel;

// The Tasks tab of an incident: the attributes playbooks match on, the tasks the
// playbooks added (by workstream, owner, due time; overdue ones stand out), and their
// status, approvals and comments. Status changes go on an undo stack (Ctrl+Z records
// the previous status again; the timeline keeps both).
class IncidentTasksTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTasksTab)

public:
    IncidentTasksTab(Session& session, const QString& incidentId, QWidget* parent = nullptr);
    ~IncidentTasksTab() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    void reload();
    // Selects a task by key (for tests and links from the timeline).
    bool selectTask(const QString& key);

private:
    void loadAttributes();
    void applyAttributes();
    void updateFilter();
    void updateDetails();
    void changeStatus(core::TaskStatus status, bool askReason);
    void approve(core::ApprovalRole role);
    void addTask();
    void assignTask();
    void comment();
    QString currentTaskId() const;

    Session& m_session;
    QString m_incidentId;
    std::unique_ptr<Ui::IncidentTasksTab> m_ui;
    TaskModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QUndoStack* m_undoStack;
    QTimer* m_clockTimer;
};

} // namespace muster::gui
