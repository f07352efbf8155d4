#pragma once

#include "core/Clock.h"
#include "core/RateLimiter.h"
#include "net/IntakeConfig.h"

#include <QAbstractHttpServer>
#include <QJsonObject>

#include <memory>

class QTcpServer;

namespace muster::storage {
class AlertIntake;
class AlertSourceRepository;
class BackgroundCheckpointer;
class Database;
} // namespace muster::storage

namespace muster::net {

// The alert intake server (Qt HttpServer). Endpoints:
//   POST /intake/alertmanager   Prometheus Alertmanager webhook (payload version 4)
//   POST /v2/enqueue            PagerDuty Events API v2 (routing_key is the token)
//   POST /intake/generic        the source's own JSON, read through its mapping
//   GET  /health                200 when the server runs (no token needed)
// A request carries its source's token as "Authorization: Bearer TOKEN" (or PagerDuty's
// routing_key, or ?token= for tools that cannot set headers). Order of checks:
// method and path, size (413), content type (415), token (401), rate (429), payload
// (400), then one write transaction. Nothing is stored unless every check passes.
// Lives in one thread; the database connection is that thread's.
class IntakeServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeServer)

public:
    explicit IntakeServer(storage::Database& db, const core::Clock& clock = core::SystemClock::instance(),
                          QObject* parent = nullptr);
    ~IntakeServer() override;

    // Listens; returns the port. Throws core::Error(Io or BadInput) with a message when
    // the address is taken or the TLS files cannot be read.
    quint16 start(const IntakeConfig& config);
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    const IntakeConfig& config() const { return m_config; }

    struct Stats
    {
        qint64 requests = 0;
        qint64 accepted = 0;
        qint64 rejected = 0;
        qint64 events = 0;
    };
    const Stats& stats() const { return m_stats; }

signals:
    // After a request's alerts were stored (count = events in it).
    void alertsStored(int count);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray retryAfter;
    };
    Reply route(const QHttpServerRequest& request);
    Reply receive(const QHttpServerRequest& request, const QString& endpoint);
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply);
    void guard(QTcpSocket* socket);

    storage::Database& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<storage::AlertIntake> m_intake;
    std::unique_ptr<storage::AlertSourceRepository> m_sources;
    std::unique_ptr<storage::BackgroundCheckpointer> m_checkpointer;
    core::RateLimiter m_limiter;
    IntakeConfig m_config;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    Stats m_stats;
};

} // namespace muster::net
