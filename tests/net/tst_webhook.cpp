#include "LocalHttpReceiver.h"
#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "core/Error.h"
#include "net/CommunicationSending.h"
#include "net/WebhookSender.h"
#include "storage/CommunicationService.h"
#include "storage/TimelineRepository.h"
#include "storage/WorkflowSettings.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster;
using net::WebhookSender;

// Webhook sending against a real HTTP receiver on loopback.
class TestWebhook : public QObject
{
    Q_OBJECT

private:
    static WebhookSender::Options fast(int retries = 2, int timeoutMs = 2'000)
    {
        WebhookSender::Options o;
        o.name = QStringLiteral("SOC channel");
        o.timeoutMs = timeoutMs;
        o.retries = retries;
        o.retryDelayMs = 50;
        return o;
    }

    // An incident with an internal update approved by the communications lead.
    struct Approved
    {
        test::TempDatabase t;
        test::WorkflowPeople people{t.db()};
        core::Communication c;

        Approved()
        {
            const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::Malware,
                                                     core::Severity::Sev2, people.as(people.analyst));
            storage::CommunicationService service(t.db());
            core::Communication draft;
            draft.audience = core::Audience::IncidentTeam;
            draft.channel = core::Channel::Webhook;
            draft.subject = QStringLiteral("INC update: contained");
            draft.body = QStringLiteral("Host isolated. Next update 15:00 UTC. Ünïcödé ✓");
            c = service.draft(incident.id, draft, people.as(people.analyst));
            c = service.approve(c.id, core::ApprovalRole::Communications, people.as(people.comms));
        }
    };

private slots:
    void success_postsSlackCompatibleJson()
    {
        test::LocalHttpReceiver receiver({200});
        const auto r = WebhookSender::sendAndWait(
            QUrl(receiver.url()), WebhookSender::payload(QStringLiteral("Subject"), QStringLiteral("Body ✓")), fast());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(receiver.requests().size(), 1);
        const auto& req = receiver.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/hooks/T000/B000"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(req.headers.value("user-agent").startsWith("Muster/"));
        const QJsonObject json = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(json.value(QLatin1String("text")).toString(), QStringLiteral("*Subject*\n\nBody ✓"));
    }

    void http500_isRetried_thenReportedClearly()
    {
        test::LocalHttpReceiver receiver({500});
        const auto r =
            WebhookSender::sendAndWait(QUrl(receiver.url()), WebhookSender::payload({}, QStringLiteral("x")), fast(2));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(receiver.requests().size(), 3);
        QCOMPARE(r.httpStatus, 500);
        QVERIFY2(r.error.startsWith(QLatin1String("Sending to the webhook \"SOC channel\" failed after 3 attempts: "
                                                  "the server answered HTTP 500 Internal Server Error")),
                 qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("internal_error")));
    }

    void http500ThenOk_succeedsOnRetry()
    {
        test::LocalHttpReceiver receiver({500, 200});
        const auto r =
            WebhookSender::sendAndWait(QUrl(receiver.url()), WebhookSender::payload({}, QStringLiteral("x")), fast(2));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
    }

    void clientError_isNotRetried()
    {
        test::LocalHttpReceiver receiver({404});
        const auto r =
            WebhookSender::sendAndWait(QUrl(receiver.url()), WebhookSender::payload({}, QStringLiteral("x")), fast(2));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error.contains(QLatin1String("HTTP 404")), qPrintable(r.error));
    }

    void silentServer_timesOut_withRetries()
    {
        test::LocalHttpReceiver receiver({0});
        QElapsedTimer timer;
        timer.start();
        const auto r = WebhookSender::sendAndWait(QUrl(receiver.url()), WebhookSender::payload({}, QStringLiteral("x")),
                                                  fast(1, 300));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(receiver.requests().size(), 2);
        QVERIFY2(r.error.endsWith(QLatin1String("failed after 2 attempts: no answer within 0.3 s.")),
                 qPrintable(r.error));
        QVERIFY(timer.elapsed() >= 600);
        QVERIFY(timer.elapsed() < 5'000);
    }

    void nobodyListening_isAConnectionError()
    {
        quint16 port = 0;
        {
            test::LocalHttpReceiver closed({200});
            port = quint16(QUrl(closed.url()).port());
        }
        const auto r = WebhookSender::sendAndWait(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)),
                                                  WebhookSender::payload({}, QStringLiteral("x")), fast(0));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(r.error));
    }

    void badUrl_failsWithoutRequest()
    {
        const auto r = WebhookSender::sendAndWait(QUrl(QStringLiteral("ftp://example.org/x")), "{}", fast());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("no valid http or https address")));
    }

    void communication_sentViaWebhook_isOnTheTimelineWithExactText()
    {
        Approved a;
        test::LocalHttpReceiver receiver({200});
        storage::WorkflowSettings(a.t.db()).setWebhook({QStringLiteral("SOC channel"), receiver.url(), 2, 1}, 0);
        const auto sent = net::CommunicationSending::sendWebhookAndWait(a.t.db(), a.c.id, a.people.as(a.people.comms));
        QCOMPARE(sent.status, core::CommunicationStatus::Sent);
        QCOMPARE(sent.sentVia, QStringLiteral("webhook \"SOC channel\""));
        QCOMPARE(
            QJsonDocument::fromJson(receiver.requests().first().body).object().value(QLatin1String("text")),
            QJsonValue(QStringLiteral("*INC update: contained*\n\nHost isolated. Next update 15:00 UTC. Ünïcödé ✓")));
        const auto entries = storage::TimelineRepository(a.t.db()).entries(a.c.incidentId);
        QCOMPARE(entries.last().kind, QStringLiteral("communication_sent"));
        QVERIFY(entries.last().text.endsWith(QStringLiteral("Host isolated. Next update 15:00 UTC. Ünïcödé ✓")));
        QCOMPARE(entries.last().dataObject().value(QLatin1String("body")).toString(), a.c.body);
    }

    void communication_failedWebhook_recordsNothing()
    {
        Approved a;
        test::LocalHttpReceiver receiver({500});
        storage::WorkflowSettings(a.t.db()).setWebhook({QStringLiteral("SOC channel"), receiver.url(), 2, 0}, 0);
        const int entries = int(storage::TimelineRepository(a.t.db()).entries(a.c.incidentId).size());
        try {
            net::CommunicationSending::sendWebhookAndWait(a.t.db(), a.c.id, a.people.as(a.people.comms));
            QFAIL("a failed send was accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Io);
            QVERIFY(e.message().contains(QLatin1String("HTTP 500")));
        }
        QCOMPARE(int(storage::TimelineRepository(a.t.db()).entries(a.c.incidentId).size()), entries);
        QCOMPARE(storage::CommunicationService(a.t.db()).get(a.c.id).status, core::CommunicationStatus::Approved);
    }

    void unapprovedExternalNotice_isNeverPosted()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::DataExposure,
                                                 core::Severity::Sev2, people.as(people.analyst));
        storage::CommunicationService service(t.db());
        core::Communication draft;
        draft.audience = core::Audience::Customers;
        draft.channel = core::Channel::Webhook;
        draft.subject = QStringLiteral("Service notice");
        draft.body = QStringLiteral("We are investigating.");
        const auto c = service.draft(incident.id, draft, people.as(people.analyst));
        service.approve(c.id, core::ApprovalRole::Communications, people.as(people.comms));
        test::LocalHttpReceiver receiver({200});
        storage::WorkflowSettings(t.db()).setWebhook({QStringLiteral("Status"), receiver.url(), 2, 0}, 0);
        try {
            net::CommunicationSending::sendWebhookAndWait(t.db(), c.id, people.as(people.comms));
            QFAIL("sent without legal approval");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Refused);
            QVERIFY2(e.message().contains(QLatin1String("cannot be sent until Legal has approved this exact text")),
                     qPrintable(e.message()));
        }
        QVERIFY(receiver.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
