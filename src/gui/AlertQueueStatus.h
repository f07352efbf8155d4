#pragma once

#include "core/Clock.h"

#include <QLabel>
#include <QTimer>

namespace muster::gui {

class Session;

// The permanent status-bar item: how many alerts wait for triage and for how long the
// oldest has waited. Click to open the queue.
class AlertQueueStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertQueueStatus)

public:
    explicit AlertQueueStatus(Session& session, const core::Clock& clock = core::SystemClock::instance(),
                              QWidget* parent = nullptr);

    void refresh();

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void watchDatabase();

    Session& m_session;
    const core::Clock& m_clock;
    QTimer m_debounce;
    QTimer m_tick;
};

} // namespace muster::gui
