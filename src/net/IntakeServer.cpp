#include "net/IntakeServer.h"

#include "core/AlertmanagerPayload.h"
#include "core/Error.h"
#include "core/GenericMapping.h"
#include "core/PagerDutyEvent.h"
#include "storage/AlertIntake.h"
#include "storage/AlertSourceRepository.h"
#include "storage/BackgroundCheckpointer.h"
#include "storage/Database.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace muster::net {

Q_LOGGING_CATEGORY(lcIntake, "muster.intake")

namespace {

const char* const kPendingProperty = "musterIntakePending";
const char* const kRejectedProperty = "musterIntakeRejected";
// Room for the request line and headers on top of the body limit.
constexpr qint64 kHeaderAllowance = 64 * 1024;

const QString kAlertmanager = QStringLiteral("/intake/alertmanager");
const QString kPagerDuty = QStringLiteral("/v2/enqueue");
const QString kGeneric = QStringLiteral("/intake/generic");
const QString kHealth = QStringLiteral("/health");

// A plain TCP server that hands each socket to `onSocket` before Qt HttpServer reads
// from it, so that an oversized body is refused while it arrives, not after.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(std::function<void(QTcpSocket*)> onSocket, QObject* parent)
        : QTcpServer(parent)
        , m_onSocket(std::move(onSocket))
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_onSocket(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket*)> m_onSocket;
};

QByteArray statusText(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

QJsonObject errorBody(const QString& message)
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("errors"), QJsonArray{message}}};
}

QString bearerToken(const QHttpServerRequest& request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (header.size() > 7 && header.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) == 0) {
        return QString::fromLatin1(header.mid(7).trimmed());
    }
    return request.query().queryItemValue(QStringLiteral("token"));
}

QString outcomeKey(storage::AlertIntake::Outcome outcome)
{
    switch (outcome) {
    case storage::AlertIntake::Outcome::Created:
        return QStringLiteral("created");
    case storage::AlertIntake::Outcome::Repeated:
        return QStringLiteral("repeated");
    case storage::AlertIntake::Outcome::Acknowledged:
        return QStringLiteral("acknowledged");
    case storage::AlertIntake::Outcome::Resolved:
        return QStringLiteral("resolved");
    case storage::AlertIntake::Outcome::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

} // namespace

IntakeServer::IntakeServer(storage::Database& db, const core::Clock& clock, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_clock(clock)
    , m_intake(std::make_unique<storage::AlertIntake>(db, clock))
    , m_sources(std::make_unique<storage::AlertSourceRepository>(db))
{}

IntakeServer::~IntakeServer() = default;

quint16 IntakeServer::start(const IntakeConfig& config)
{
    if (m_server) {
        throw core::Error(core::Error::Kind::Refused, tr("The intake server is already running."));
    }
    m_config = config;
    const auto onSocket = [this](QTcpSocket* socket) {
        guard(socket);
    };
    if (config.tls()) {
        if (config.certificateFile.isEmpty() || config.keyFile.isEmpty()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("TLS: give both the certificate file and the key file (PEM)."));
        }
        const auto certificates = QSslCertificate::fromPath(config.certificateFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("TLS certificate: %1 holds no PEM certificate.").arg(config.certificateFile));
        }
        QFile keyFile(config.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            throw core::Error(core::Error::Kind::Io,
                              tr("TLS key: cannot read %1: %2").arg(config.keyFile, keyFile.errorString()));
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem);
            if (!key.isNull()) {
                break;
            }
        }
        if (key.isNull()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("TLS key: %1 holds no unencrypted PEM private key.").arg(config.keyFile));
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(certificates);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto* server = new QSslServer(this);
        server->setSslConfiguration(ssl);
        connect(server, &QSslServer::startedEncryptionHandshake, this, onSocket);
        m_server = server;
    } else {
        m_server = new GuardedTcpServer(onSocket, this);
    }
    if (!m_server->listen(config.address, config.port)) {
        const QString message = tr("Cannot listen on %1: %2").arg(config.listenText(), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        throw core::Error(core::Error::Kind::Io, message);
    }
    m_port = m_server->serverPort();
    m_config.port = m_port;
    bind(m_server);
    m_checkpointer = std::make_unique<storage::BackgroundCheckpointer>(m_db);
    qCInfo(lcIntake) << "listening on" << m_config.listenText() << (config.tls() ? "with TLS" : "without TLS");
    return m_port;
}

void IntakeServer::stop()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
        m_port = 0;
        m_checkpointer.reset();
    }
}

bool IntakeServer::isListening() const
{
    return m_server && m_server->isListening();
}

void IntakeServer::guard(QTcpSocket* socket)
{
    socket->setProperty(kPendingProperty, qint64(0));
    const qint64 limit = m_config.maxBodyBytes + kHeaderAllowance;
    // Connected before Qt HttpServer's own handler, so it sees the bytes first.
    connect(socket, &QIODevice::readyRead, this, [this, socket, limit] {
        if (socket->property(kRejectedProperty).toBool()) {
            socket->readAll();
            return;
        }
        const qint64 pending = socket->property(kPendingProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(kPendingProperty, pending);
        if (pending <= limit) {
            return;
        }
        ++m_stats.requests;
        ++m_stats.rejected;
        socket->setProperty(kRejectedProperty, true);
        socket->readAll();
        const QByteArray body = QJsonDocument(errorBody(tr("The request is larger than %1 bytes; Muster takes "
                                                           "bodies up to %1 bytes.")
                                                            .arg(m_config.maxBodyBytes)))
                                    .toJson(QJsonDocument::Compact);
        socket->write(QByteArrayLiteral("HTTP/1.1 413 ") + statusText(413) +
                      QByteArrayLiteral("\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ") +
                      QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
        // Close only when the client has had time to read the answer: closing with its
        // body still arriving would reset the connection and lose the answer.
        QTimer::singleShot(2000, socket, [socket] { socket->disconnectFromHost(); });
        qCWarning(lcIntake) << "refused a request over" << m_config.maxBodyBytes << "bytes from"
                            << socket->peerAddress().toString();
    });
}

bool IntakeServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    socket->setProperty(kPendingProperty, qint64(0));
    if (socket->property(kRejectedProperty).toBool()) {
        return true;
    }
    ++m_stats.requests;
    Reply reply;
    try {
        reply = route(request);
    } catch (const core::Error& e) {
        // Storage failed (disk full, locked for longer than the busy timeout): the
        // sender should retry, and nothing was stored.
        qCWarning(lcIntake) << "could not store alerts:" << e.message();
        reply = Reply{503, errorBody(tr("Muster could not store the alert; retry later. (%1)").arg(e.message())), {}};
        reply.retryAfter = QByteArrayLiteral("5");
    }
    if (reply.status >= 400) {
        ++m_stats.rejected;
    } else {
        ++m_stats.accepted;
    }
    send(request, socket, reply);
    return true;
}

void IntakeServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(request, socket, Reply{404, errorBody(tr("No such endpoint.")), {}});
}

void IntakeServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (reply.retryAfter.isEmpty()) {
        responder.write(body, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, status);
    } else {
        responder.write(body,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                         {QByteArrayLiteral("Retry-After"), reply.retryAfter}},
                        status);
    }
}

IntakeServer::Reply IntakeServer::route(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == kHealth) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            return Reply{405, errorBody(tr("%1 takes GET.").arg(path)), {}};
        }
        return Reply{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}, {}};
    }
    if (path != kAlertmanager && path != kPagerDuty && path != kGeneric) {
        return Reply{404,
                     errorBody(tr("No endpoint %1; Muster takes alerts at %2, %3 and %4.")
                                   .arg(path, kAlertmanager, kPagerDuty, kGeneric)),
                     {}};
    }
    if (!post) {
        return Reply{405, errorBody(tr("%1 takes POST.").arg(path)), {}};
    }
    return receive(request, path);
}

IntakeServer::Reply IntakeServer::receive(const QHttpServerRequest& request, const QString& endpoint)
{
    const QByteArray body = request.body();
    if (body.size() > m_config.maxBodyBytes) {
        return Reply{413,
                     errorBody(tr("The body has %1 bytes; Muster takes bodies up to %2 bytes.")
                                   .arg(body.size())
                                   .arg(m_config.maxBodyBytes)),
                     {}};
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (!contentType.isEmpty() && !contentType.contains("json")) {
        return Reply{
            415,
            errorBody(tr("Content-Type %1 is not JSON; send application/json.").arg(QString::fromLatin1(contentType))),
            {}};
    }
    const bool pagerDuty = endpoint == kPagerDuty;
    const auto invalid = [&](const QString& message) {
        QJsonObject o = errorBody(message);
        if (pagerDuty) {
            o.insert(QStringLiteral("status"), QStringLiteral("invalid event"));
            o.insert(QStringLiteral("message"), QStringLiteral("Event object is invalid"));
        }
        return Reply{400, o, {}};
    };

    // The token: a bearer header (or ?token=), else PagerDuty's routing_key.
    QString token = bearerToken(request);
    std::optional<core::PagerDutyEvent> pdEvent;
    if (pagerDuty) {
        try {
            pdEvent = core::PagerDutyEvent::parse(body);
        } catch (const core::Error& e) {
            if (token.isEmpty()) {
                return invalid(e.message()); // PagerDuty answers 400 before it knows the key
            }
            if (!m_sources->findByToken(token)) {
                return Reply{401, errorBody(tr("Unknown or revoked token.")), {}};
            }
            return invalid(e.message());
        }
        if (token.isEmpty()) {
            token = pdEvent->routingKey;
        }
    }
    if (token.isEmpty()) {
        return Reply{401,
                     errorBody(tr("A token is required: send \"Authorization: Bearer TOKEN\" with the source's "
                                  "token.")),
                     {}};
    }
    const auto source = m_sources->findByToken(token);
    if (!source) {
        qCWarning(lcIntake) << "refused a request with an unknown or revoked token from"
                            << request.remoteAddress().toString();
        return Reply{401, errorBody(tr("Unknown or revoked token.")), {}};
    }
    qint64 retryMs = 0;
    if (!m_limiter.allow(source->id, core::RateLimiter::Limit{source->ratePerSecond, source->burst}, m_clock.nowMs(),
                         &retryMs)) {
        Reply r{429,
                errorBody(tr("Source %1 sends more than %2 requests per second; slow down.")
                              .arg(source->name)
                              .arg(source->ratePerSecond)),
                {}};
        r.retryAfter = QByteArray::number(std::max<qint64>(1, (retryMs + 999) / 1000));
        return r;
    }

    QList<core::AlertEvent> events;
    try {
        if (pagerDuty) {
            events.append(pdEvent->event);
        } else if (endpoint == kAlertmanager) {
            events = core::AlertmanagerPayload::parse(body);
        } else {
            events = core::GenericMapping::fromJson(source->mapping).parse(body);
        }
    } catch (const core::Error& e) {
        return invalid(e.message());
    }

    const auto results = m_intake->store(*source, events); // throws Storage: 503 above
    m_stats.events += results.size();
    emit alertsStored(int(results.size()));

    if (pagerDuty) {
        return Reply{202,
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                 {QStringLiteral("message"), QStringLiteral("Event processed")},
                                 {QStringLiteral("dedup_key"), results.first().dedupKey}},
                     {}};
    }
    QJsonArray list;
    for (const auto& r : results) {
        list.append(QJsonObject{{QStringLiteral("dedup_key"), r.dedupKey},
                                {QStringLiteral("alert_id"), r.alertId},
                                {QStringLiteral("outcome"), outcomeKey(r.outcome)}});
    }
    return Reply{endpoint == kAlertmanager ? 200 : 202,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                             {QStringLiteral("source"), source->name},
                             {QStringLiteral("alerts"), list}},
                 {}};
}

} // namespace muster::net
