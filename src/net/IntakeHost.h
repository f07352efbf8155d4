#pragma once

#include "core/Clock.h"
#include "net/IntakeConfig.h"

#include <QObject>
#include <QThread>

namespace muster::storage {
class Database;
}

namespace muster::net {

class IntakeServer;

// Runs an IntakeServer on a thread of its own, so that requests and their write
// transactions never block the window. The database object must outlive the host.
class IntakeHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeHost)

public:
    explicit IntakeHost(storage::Database& db, const core::Clock& clock = core::SystemClock::instance(),
                        QObject* parent = nullptr);
    ~IntakeHost() override;

    // Starts (or restarts) the server; returns the port. Throws core::Error.
    quint16 start(const IntakeConfig& config);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QString listenText() const;

signals:
    void alertsStored(int count);

private:
    storage::Database& m_db;
    const core::Clock& m_clock;
    QThread m_thread;
    IntakeServer* m_server = nullptr; // lives in m_thread
    IntakeConfig m_config;
    quint16 m_port = 0;
};

} // namespace muster::net
