#pragma once

#include "core/Deadline.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace muster::gui {

class Session;

// A strip of the next regulatory deadlines across the incidents the acting person may
// see, with live countdowns: red when overdue, orange within a day. For the Dashboard;
// clicking one asks to open its incident.
class DeadlineStripWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineStripWidget)

public:
    explicit DeadlineStripWidget(Session& session, QWidget* parent = nullptr, int maximum = 6);

    void reload();
    const QList<core::Deadline>& deadlines() const { return m_deadlines; }

signals:
    void openIncidentRequested(const QString& incidentId);

private:
    void tick();

    Session& m_session;
    int m_maximum;
    QList<core::Deadline> m_deadlines;
    QList<QToolButton*> m_chips;
    QLabel* m_titleLabel;
    QLabel* m_emptyLabel;
    QHBoxLayout* m_chipLayout;
    QTimer* m_timer;
};

} // namespace muster::gui
