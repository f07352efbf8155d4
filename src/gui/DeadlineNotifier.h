#pragma once

#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QTimer;

namespace muster::gui {

class Session;

// Desktop notifications for the acting person: regulatory deadlines crossing the
// configured thresholds (24 h, 4 h, 1 h before by default) and passing, and status
// updates coming due in incidents they command or communicate for. Uses the system
// tray where there is one; each notification is shown once per run.
class DeadlineNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineNotifier)

public:
    struct Notification
    {
        QString key; // what it is about, so that it shows once
        QString title;
        QString text;
        QString incidentId;
    };

    explicit DeadlineNotifier(Session& session, QObject* parent = nullptr);
    ~DeadlineNotifier() override;

    // Finds what is due to be notified at `now`, shows it, and returns it.
    QList<Notification> check(qint64 now);
    bool hasTrayIcon() const { return m_tray != nullptr; }

signals:
    // Every notification, also without a tray (the main window shows it in the status bar).
    void notified(const muster::gui::DeadlineNotifier::Notification& notification);
    void openIncidentRequested(const QString& incidentId);

private:
    Session& m_session;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_timer;
    QSet<QString> m_shown;
    QString m_lastIncident;
};

} // namespace muster::gui
