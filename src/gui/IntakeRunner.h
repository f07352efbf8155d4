#pragma once

#include "net/IntakeConfig.h"

#include <QObject>

#include <memory>

namespace muster::net {
class IntakeHost;
}

namespace muster::gui {

class Session;

// The alert intake server of the desktop application: off unless switched on in
// Settings (a desktop's own preference, kept in QSettings), on its own thread, and
// moved along when the user opens another database.
class IntakeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeRunner)

public:
    explicit IntakeRunner(Session& session, QObject* parent = nullptr);
    ~IntakeRunner() override;

    bool enabled() const;
    net::IntakeConfig config() const;
    // Saves the preference and (re)starts or stops the server. Throws core::Error when
    // the configuration is invalid or the server cannot listen.
    void apply(bool enabled, const net::IntakeConfig& config);
    // Starts the server when the saved preference says so; errors go to status().
    void startIfEnabled();

    bool isRunning() const;
    QString status() const { return m_status; }

signals:
    void statusChanged();

private:
    void start();
    void stop();

    Session& m_session;
    std::unique_ptr<net::IntakeHost> m_host;
    QString m_status;
};

} // namespace muster::gui
