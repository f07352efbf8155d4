#include "IntakeClient.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "net/IntakeHost.h"
#include "net/IntakeServer.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslError>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace muster;
using test::HttpResult;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject amAlert(const QString& status, const QString& fingerprint, const QString& instance)
{
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                                               {QStringLiteral("instance"), instance},
                                               {QStringLiteral("severity"), QStringLiteral("warning")}}},
        {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), QStringLiteral("CPU above 90%")}}},
        {QStringLiteral("startsAt"), QStringLiteral("2026-11-29T08:00:00Z")},
        {QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z")},
        {QStringLiteral("fingerprint"), fingerprint},
    };
}

QByteArray amPayload(const QJsonArray& alerts)
{
    return json({{QStringLiteral("version"), QStringLiteral("4")},
                 {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"HighCPU\"}")},
                 {QStringLiteral("status"), QStringLiteral("firing")},
                 {QStringLiteral("receiver"), QStringLiteral("muster")},
                 {QStringLiteral("alerts"), alerts}});
}

QByteArray pdEvent(const QString& routingKey, const QString& action, const QString& dedupKey)
{
    QJsonObject o{{QStringLiteral("routing_key"), routingKey}, {QStringLiteral("event_action"), action}};
    if (!dedupKey.isEmpty()) {
        o.insert(QStringLiteral("dedup_key"), dedupKey);
    }
    if (action == QLatin1String("trigger")) {
        o.insert(QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("summary"), QStringLiteral("Impossible travel for alice")},
                             {QStringLiteral("source"), QStringLiteral("idp.corp.example")},
                             {QStringLiteral("severity"), QStringLiteral("critical")}});
    }
    return json(o);
}

} // namespace

class TestIntakeServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<test::FixedClock> m_clock;
    std::unique_ptr<net::IntakeServer> m_server;
    std::unique_ptr<test::IntakeClient> m_client;
    QString m_token;
    QString m_sourceId;

    int alertCount() { return storage::AlertRepository(m_t->db()).count(); }

    std::optional<core::Alert> alert(const QString& key)
    {
        return storage::AlertRepository(m_t->db()).findByKey(m_sourceId, key);
    }

    void expectRefused(const HttpResult& r, int status, const QString& message)
    {
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        QVERIFY2(r.json.value(QStringLiteral("errors")).toArray().first().toString().contains(message),
                 qPrintable(QString::fromUtf8(r.body)));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<test::FixedClock>(test::utcMs(2026, 11, 29, 9));
        const auto issued = storage::AlertSourceRepository(m_t->db()).issueToken(QStringLiteral("prometheus"), 1);
        m_token = issued.secret;
        m_sourceId = issued.source.id;
        m_server = std::make_unique<net::IntakeServer>(m_t->db(), *m_clock);
        net::IntakeConfig config;
        config.port = 0;
        const quint16 port = m_server->start(config);
        QVERIFY(port > 0);
        m_client = std::make_unique<test::IntakeClient>(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_t.reset();
    }

    void health_answersWithoutToken()
    {
        const auto r = m_client->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void alertmanager_firingRepeatResolved()
    {
        auto r =
            m_client->post(QStringLiteral("/intake/alertmanager"),
                           amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("f1"), QStringLiteral("a:1")),
                                      amAlert(QStringLiteral("firing"), QStringLiteral("f2"), QStringLiteral("b:1"))}),
                           m_token);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("alerts")).toArray().size(), 2);
        QCOMPARE(alertCount(), 2);
        QCOMPARE(alert(QStringLiteral("f1"))->groupKey, QStringLiteral("{}:{alertname=\"HighCPU\"}"));
        QCOMPARE(alert(QStringLiteral("f1"))->severity, core::Severity::Sev3);

        m_clock->advanceMinutes(5); // repeat_interval: the same group again
        r = m_client->post(QStringLiteral("/intake/alertmanager"),
                           amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("f1"), QStringLiteral("a:1"))}),
                           m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("alerts")].toArray().first()[QStringLiteral("outcome")].toString(),
                 QStringLiteral("repeated"));
        QCOMPARE(alertCount(), 2);
        QCOMPARE(alert(QStringLiteral("f1"))->occurrences, 2);

        r = m_client->post(
            QStringLiteral("/intake/alertmanager"),
            amPayload({amAlert(QStringLiteral("resolved"), QStringLiteral("f1"), QStringLiteral("a:1"))}), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(alert(QStringLiteral("f1"))->state, core::AlertState::Resolved);
        QCOMPARE(alert(QStringLiteral("f1"))->occurrences, 2);
        QCOMPARE(alert(QStringLiteral("f2"))->state, core::AlertState::Firing);
    }

    void pagerDuty_triggerAcknowledgeResolve_withRoutingKey()
    {
        QSignalSpy stored(m_server.get(), &net::IntakeServer::alertsStored);
        auto r = m_client->post(QStringLiteral("/v2/enqueue"),
                                pdEvent(m_token, QStringLiteral("trigger"), QStringLiteral("idp-42")));
        QVERIFY2(r.status == 202, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(r.json.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("idp-42"));
        QCOMPARE(alert(QStringLiteral("idp-42"))->severity, core::Severity::Sev1);
        QCOMPARE(stored.size(), 1);

        r = m_client->post(QStringLiteral("/v2/enqueue"),
                           pdEvent(m_token, QStringLiteral("trigger"), QStringLiteral("idp-42")));
        QCOMPARE(r.status, 202);
        QCOMPARE(alert(QStringLiteral("idp-42"))->occurrences, 2);

        r = m_client->post(QStringLiteral("/v2/enqueue"),
                           pdEvent(m_token, QStringLiteral("acknowledge"), QStringLiteral("idp-42")));
        QCOMPARE(r.status, 202);
        QCOMPARE(alert(QStringLiteral("idp-42"))->state, core::AlertState::Acknowledged);
        QVERIFY(alert(QStringLiteral("idp-42"))->acknowledgedAt);

        r = m_client->post(QStringLiteral("/v2/enqueue"),
                           pdEvent(m_token, QStringLiteral("resolve"), QStringLiteral("idp-42")));
        QCOMPARE(r.status, 202);
        QCOMPARE(alert(QStringLiteral("idp-42"))->state, core::AlertState::Resolved);

        // Without a dedup_key, a trigger gets one (as PagerDuty does).
        r = m_client->post(QStringLiteral("/v2/enqueue"), pdEvent(m_token, QStringLiteral("trigger"), QString()));
        QCOMPARE(r.status, 202);
        const QString made = r.json.value(QStringLiteral("dedup_key")).toString();
        QCOMPARE(made.size(), 32);
        QVERIFY(alert(made));
        QCOMPARE(alertCount(), 2);
    }

    void generic_mappingPerSource()
    {
        storage::AlertSourceRepository sources(m_t->db());
        auto source = *sources.find(m_sourceId);
        source.mapping = QJsonObject{{QStringLiteral("title"), QStringLiteral("/rule/description")},
                                     {QStringLiteral("severity"), QStringLiteral("/rule/level")},
                                     {QStringLiteral("dedupKey"), QStringLiteral("/id")},
                                     {QStringLiteral("asset"), QStringLiteral("/agent/name")},
                                     {QStringLiteral("action"), QStringLiteral("/status")}};
        source.severityMap =
            QJsonObject{{QStringLiteral(">=12"), 1}, {QStringLiteral(">=7"), 2}, {QStringLiteral("*"), 4}};
        sources.update(source, 2);
        const QByteArray body =
            R"({"id":"w-1","rule":{"description":"Rootkit detected","level":12},"agent":{"name":"db01"}})";
        auto r = m_client->post(QStringLiteral("/intake/generic"), body, m_token);
        QVERIFY2(r.status == 202, r.body.constData());
        QCOMPARE(alert(QStringLiteral("w-1"))->severity, core::Severity::Sev1);
        QCOMPARE(alert(QStringLiteral("w-1"))->labels.value(QStringLiteral("asset")).toString(),
                 QStringLiteral("db01"));
        r = m_client->post(QStringLiteral("/intake/generic"), body, m_token);
        QCOMPARE(alert(QStringLiteral("w-1"))->occurrences, 2);
        r = m_client->post(QStringLiteral("/intake/generic"),
                           R"({"id":"w-1","rule":{"description":"Rootkit detected"},"status":"resolved"})", m_token);
        QCOMPARE(r.status, 202);
        QCOMPARE(alert(QStringLiteral("w-1"))->state, core::AlertState::Resolved);
        // Token in the query string, for tools that cannot set headers (Splunk).
        test::IntakeClient plain(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        r = plain.post(QStringLiteral("/intake/generic?token=%1").arg(m_token),
                       R"({"id":"w-2","rule":{"description":"x","level":3}})");
        QCOMPARE(r.status, 202);
        QCOMPARE(alert(QStringLiteral("w-2"))->severity, core::Severity::Sev4);
    }

    void unauthorized_storesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        const QByteArray am = amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("x"), QStringLiteral("a"))});
        QTest::newRow("no token") << QStringLiteral("/intake/alertmanager") << am << QString();
        QTest::newRow("wrong token") << QStringLiteral("/intake/alertmanager") << am
                                     << QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("generic no token")
            << QStringLiteral("/intake/generic") << QByteArray(R"({"title":"x"})") << QString();
        QTest::newRow("pd wrong key") << QStringLiteral("/v2/enqueue")
                                      << pdEvent(QStringLiteral("ffffffffffffffffffffffffffffffff"),
                                                 QStringLiteral("trigger"), QStringLiteral("k"))
                                      << QString();
    }

    void unauthorized_storesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        const auto r = m_client->post(path, body, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(alertCount(), 0);
    }

    void revokedToken_isRefused()
    {
        storage::AlertSourceRepository sources(m_t->db());
        const auto second = sources.issueToken(QStringLiteral("prometheus"), 5);
        const QByteArray am = amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("x"), QStringLiteral("a"))});
        QCOMPARE(m_client->post(QStringLiteral("/intake/alertmanager"), am, second.secret).status, 200);
        sources.revokeToken(second.token.id, 6);
        const auto r = m_client->post(
            QStringLiteral("/intake/alertmanager"),
            amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("y"), QStringLiteral("a"))}), second.secret);
        expectRefused(r, 401, QStringLiteral("revoked"));
        QCOMPARE(alertCount(), 1);
        // The source's other token still works.
        QCOMPARE(
            m_client
                ->post(QStringLiteral("/v2/enqueue"), pdEvent(m_token, QStringLiteral("trigger"), QStringLiteral("k")))
                .status,
            202);
    }

    void badRequests_4xx_storeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray jsonType("application/json");
        QTest::newRow("invalid json") << QStringLiteral("/intake/alertmanager") << QByteArray("{\"version\":")
                                      << jsonType << 400 << QStringLiteral("not valid JSON");
        QTest::newRow("empty body") << QStringLiteral("/intake/generic") << QByteArray() << jsonType << 400
                                    << QStringLiteral("empty");
        auto wrongType = amAlert(QStringLiteral("firing"), QStringLiteral("x"), QStringLiteral("a"));
        wrongType[QStringLiteral("labels")] = QStringLiteral("host=a");
        QTest::newRow("wrong type")
            << QStringLiteral("/intake/alertmanager")
            << amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("ok"), QStringLiteral("a")), wrongType})
            << jsonType << 400 << QStringLiteral("alerts[1].labels: expected an object");
        QTest::newRow("unknown status") << QStringLiteral("/intake/alertmanager")
                                        << amPayload({amAlert(QStringLiteral("pending"), QStringLiteral("x"),
                                                              QStringLiteral("a"))})
                                        << jsonType << 400 << QStringLiteral("alerts[0].status: unknown status");
        QTest::newRow("unknown action") << QStringLiteral("/v2/enqueue") << QByteArray("TOKEN:snooze") << jsonType
                                        << 400 << QStringLiteral("event_action: unknown action \"snooze\"");
        QTest::newRow("pd severity") << QStringLiteral("/v2/enqueue") << QByteArray("TOKEN:severity") << jsonType << 400
                                     << QStringLiteral("payload.severity: unknown severity");
        QTest::newRow("generic title missing") << QStringLiteral("/intake/generic") << QByteArray(R"({"titel":"x"})")
                                               << jsonType << 400 << QStringLiteral("/title: is required");
        QTest::newRow("generic unknown action")
            << QStringLiteral("/intake/generic") << QByteArray(R"({"title":"x","action":"boom"})") << jsonType << 400
            << QStringLiteral("/action: unknown action");
        QTest::newRow("not json type") << QStringLiteral("/intake/generic") << QByteArray(R"({"title":"x"})")
                                       << QByteArray("text/plain") << 415 << QStringLiteral("not JSON");
        QTest::newRow("unknown path") << QStringLiteral("/intake/nagios") << QByteArray("{}") << jsonType << 404
                                      << QStringLiteral("No endpoint /intake/nagios");
        QTest::newRow("body over 1 MiB") << QStringLiteral("/intake/generic")
                                         << QByteArray(R"({"title":")") + QByteArray(1024 * 1024, 'a') +
                                                QByteArray(R"("})")
                                         << jsonType << 413 << QStringLiteral("bytes");
    }

    void badRequests_4xx_storeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (body.startsWith("TOKEN:")) { // a PagerDuty event with this source's routing key
            QJsonObject o =
                QJsonDocument::fromJson(pdEvent(m_token, QStringLiteral("trigger"), QStringLiteral("k"))).object();
            if (body.endsWith("snooze")) {
                o[QStringLiteral("event_action")] = QStringLiteral("snooze");
            } else {
                auto p = o[QStringLiteral("payload")].toObject();
                p[QStringLiteral("severity")] = QStringLiteral("high");
                o[QStringLiteral("payload")] = p;
            }
            body = json(o);
        }
        const auto r = m_client->post(path, body, m_token, contentType);
        expectRefused(r, status, message);
        QCOMPARE(alertCount(), 0);
    }

    void wrongMethod_is405()
    {
        const auto r = m_client->get(QStringLiteral("/intake/alertmanager"));
        expectRefused(r, 405, QStringLiteral("takes POST"));
    }

    void streamedHugeBody_isCutOffWith413()
    {
        // The server runs on its own thread here, as in the application, so that this
        // blocking client and the server make progress together.
        net::IntakeHost host(m_t->db());
        net::IntakeConfig config;
        config.port = 0;
        const quint16 port = host.start(config);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        const qint64 size = 8 * 1024 * 1024;
        socket.write(QByteArrayLiteral("POST /intake/generic HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                       "Authorization: Bearer ") +
                     m_token.toLatin1() + QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(size) +
                     QByteArrayLiteral("\r\n\r\n"));
        const QByteArray chunk(64 * 1024, 'a');
        QByteArray answer;
        for (qint64 sent = 0; sent < size && !answer.contains("\r\n\r\n"); sent += chunk.size()) {
            socket.write(chunk);
            socket.waitForBytesWritten(1000);
            socket.waitForReadyRead(5);
            answer += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QCOMPARE(alertCount(), 0);
    }

    void rateLimit_429_thenRecovers()
    {
        storage::AlertSourceRepository sources(m_t->db());
        auto source = *sources.find(m_sourceId);
        source.ratePerSecond = 1;
        source.burst = 2;
        sources.update(source, 2);
        const auto send = [&](const QString& key) {
            return m_client->post(QStringLiteral("/v2/enqueue"), pdEvent(m_token, QStringLiteral("trigger"), key));
        };
        QCOMPARE(send(QStringLiteral("a")).status, 202);
        QCOMPARE(send(QStringLiteral("b")).status, 202);
        const auto r = send(QStringLiteral("c"));
        expectRefused(r, 429, QStringLiteral("slow down"));
        QCOMPARE(r.retryAfter, QByteArray("1"));
        QCOMPARE(alertCount(), 2);
        m_clock->set(m_clock->nowMs() + 1000);
        QCOMPARE(send(QStringLiteral("c")).status, 202);
        QCOMPARE(alertCount(), 3);
    }

    void portInUse_givesClearError()
    {
        net::IntakeServer second(m_t->db(), *m_clock);
        net::IntakeConfig config;
        config.port = m_server->port();
        try {
            second.start(config);
            QFAIL("started twice on one port");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("Cannot listen on 127.0.0.1")), qPrintable(e.message()));
        }
    }

    void listen_parsesAddresses()
    {
        net::IntakeConfig c;
        c.setListen(QStringLiteral("0.0.0.0:9000"));
        QCOMPARE(c.listenText(), QStringLiteral("0.0.0.0:9000"));
        c.setListen(QStringLiteral("[::1]:8787"));
        QCOMPARE(c.listenText(), QStringLiteral("[::1]:8787"));
        c.setListen(QStringLiteral("9100"));
        QCOMPARE(c.listenText(), QStringLiteral("127.0.0.1:9100"));
        QVERIFY_THROWS_EXCEPTION(core::Error, c.setListen(QStringLiteral("example.org:80")));
        QVERIFY_THROWS_EXCEPTION(core::Error, c.setListen(QStringLiteral("1.2.3.4:70000")));
    }

    void tls_servesHttps()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            QSKIP("openssl is not installed; cannot make a test certificate");
        }
        const QString cert = m_t->dir() + QStringLiteral("/cert.pem");
        const QString key = m_t->dir() + QStringLiteral("/key.pem");
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                          QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);

        net::IntakeServer tlsServer(m_t->db(), *m_clock);
        net::IntakeConfig config;
        config.port = 0;
        config.certificateFile = cert;
        config.keyFile = key;
        const quint16 port = tlsServer.start(config);
        test::IntakeClient client(QStringLiteral("https://127.0.0.1:%1").arg(port));
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/intake/alertmanager").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
        QNetworkReply* reply = client.nam().post(
            request, amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("tls"), QStringLiteral("a"))}));
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const auto r = test::IntakeClient::wait(reply);
        QVERIFY2(r.status == 200, qPrintable(r.error));
        QVERIFY(alert(QStringLiteral("tls")));

        net::IntakeConfig broken = config;
        broken.keyFile = cert;
        net::IntakeServer other(m_t->db(), *m_clock);
        QVERIFY_THROWS_EXCEPTION(core::Error, other.start(broken));
    }

    void host_runsServerOnItsThread()
    {
        net::IntakeHost host(m_t->db());
        QSignalSpy changed(&m_t->db(), &storage::Database::changed);
        net::IntakeConfig config;
        config.port = 0;
        const quint16 port = host.start(config);
        QVERIFY(host.isRunning());
        test::IntakeClient client(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto r = client.post(QStringLiteral("/v2/enqueue"),
                                   pdEvent(m_token, QStringLiteral("trigger"), QStringLiteral("threaded")));
        QCOMPARE(r.status, 202);
        QTRY_VERIFY(!changed.isEmpty()); // delivered to this thread, where models live
        QVERIFY(alert(QStringLiteral("threaded")));
        host.stop();
        QVERIFY(!host.isRunning());
        QVERIFY_THROWS_EXCEPTION(core::Error, host.start([&] {
            net::IntakeConfig taken;
            taken.port = m_server->port();
            return taken;
        }()));
    }
};

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "tst_intakeserver.moc"
