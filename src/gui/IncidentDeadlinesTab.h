#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class IncidentDeadlinesTab;
}

namespace muster::gui {

class DeadlineModel;
class Session;

// The Deadlines tab of an incident: the start events people recorded (who and when),
// the regulatory deadlines they started with live countdowns, recording a
// notification (met, or missed with the reasons for delay), waiving one with a reason,
// and export to iCalendar.
class IncidentDeadlinesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDeadlinesTab)

public:
    IncidentDeadlinesTab(Session& session, const QString& incidentId, QWidget* parent = nullptr);
    ~IncidentDeadlinesTab() override;

    void reload();

private:
    void recordEvent();
    void markMet();
    void waive();
    void exportIcs();
    void updateButtons();
    QString currentId() const;

    Session& m_session;
    QString m_incidentId;
    std::unique_ptr<Ui::IncidentDeadlinesTab> m_ui;
    DeadlineModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_tick;
};

} // namespace muster::gui
