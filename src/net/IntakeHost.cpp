#include "net/IntakeHost.h"

#include "core/Error.h"
#include "net/IntakeServer.h"

#include <optional>

namespace muster::net {

IntakeHost::IntakeHost(storage::Database& db, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("muster-intake"));
}

IntakeHost::~IntakeHost()
{
    stop();
}

quint16 IntakeHost::start(const IntakeConfig& config)
{
    stop();
    m_thread.start();
    auto* server = new IntakeServer(m_db, m_clock);
    server->moveToThread(&m_thread);
    std::optional<core::Error> failure;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [&] {
            try {
                port = server->start(config);
            } catch (const core::Error& e) {
                failure = e;
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
    if (failure) {
        m_thread.quit();
        m_thread.wait();
        throw *failure;
    }
    m_server = server;
    m_port = port;
    m_config = config;
    m_config.port = port;
    connect(m_server, &IntakeServer::alertsStored, this, &IntakeHost::alertsStored);
    return port;
}

void IntakeHost::stop()
{
    if (m_server) {
        IntakeServer* server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_port = 0;
}

QString IntakeHost::listenText() const
{
    return m_config.listenText();
}

} // namespace muster::net
