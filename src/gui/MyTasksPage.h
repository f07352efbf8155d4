#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class MyTasksPage;
}

namespace muster::gui {

class Session;
class TaskModel;

// "My tasks": the tasks the acting person owns, by name or through an incident role,
// across every incident they may see; the most urgent first.
class MyTasksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyTasksPage)

public:
    explicit MyTasksPage(Session& session, QWidget* parent = nullptr);
    ~MyTasksPage() override;

    void reload();
    int taskCount() const;

signals:
    // The user wants to work on this incident (double-click or Open Incident).
    void openIncidentRequested(const QString& incidentId);

private:
    void setStatus(bool done);
    void openCurrent();

    Session& m_session;
    std::unique_ptr<Ui::MyTasksPage> m_ui;
    TaskModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_clock;
};

} // namespace muster::gui
