#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QUndoStack;

namespace Ui {
class HuntsTab;
}

namespace muster::gui {

class BacklogModel;
class HuntsModel;
class Session;

// Threat hunting: the hunts (filter by status), their hypothesis, queries and
// findings, the actions of their lifecycle, and the backlog of techniques tracked
// groups use that nothing covers, from which a hunt is proposed in one step.
class HuntsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HuntsTab)

public:
    HuntsTab(Session& session, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~HuntsTab() override;

    HuntsModel* huntsModel() const { return m_hunts; }
    BacklogModel* backlogModel() const { return m_backlog; }
    void setNow(qint64 now);
    void selectHunt(const QString& id);

private:
    void reload();
    void updateFilter();
    void updateDetails();
    void updateActions();
    void propose(const QString& techniqueId = QString());
    void edit();
    void start();
    void addFinding();
    void conclude();
    void reopen();
    void watchDatabase();
    QString currentHuntId() const;

    Session& m_session;
    QUndoStack* m_undo;
    std::unique_ptr<Ui::HuntsTab> m_ui;
    HuntsModel* m_hunts;
    QSortFilterProxyModel* m_proxy;
    BacklogModel* m_backlog;
    qint64 m_now = 0;
};

} // namespace muster::gui
