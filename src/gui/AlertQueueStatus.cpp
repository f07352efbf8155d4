#include "gui/AlertQueueStatus.h"

#include "gui/Durations.h"
#include "gui/Session.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"

#include <QMouseEvent>

namespace muster::gui {

AlertQueueStatus::AlertQueueStatus(Session& session, const core::Clock& clock, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("alertQueueStatus"));
    setCursor(Qt::PointingHandCursor);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &AlertQueueStatus::refresh);
    m_tick.setInterval(30'000); // the age grows while nothing changes
    connect(&m_tick, &QTimer::timeout, this, &AlertQueueStatus::refresh);
    m_tick.start();
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        refresh();
    });
    watchDatabase();
    refresh();
}

void AlertQueueStatus::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("alerts")) && !m_debounce.isActive()) {
            m_debounce.start();
        }
    });
}

void AlertQueueStatus::refresh()
{
    const auto stats = storage::AlertRepository(m_session.database()).queueStats();
    if (stats.untriaged == 0) {
        setText(tr("Alerts: none waiting"));
        setToolTip(tr("No alert waits for triage."));
        setStyleSheet(QString());
        return;
    }
    const QString age = formatDuration(m_clock.nowMs() - stats.oldestUntriagedAt.value_or(m_clock.nowMs()));
    setText(tr("Alerts: %n untriaged, oldest %1", nullptr, stats.untriaged).arg(age));
    setToolTip(tr("Open the triage queue (Ctrl+8)"));
    setStyleSheet(QStringLiteral("font-weight: bold;"));
}

void AlertQueueStatus::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        emit clicked();
    }
    QLabel::mousePressEvent(event);
}

} // namespace muster::gui
