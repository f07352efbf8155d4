#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "core/Error.h"
#include "net/CommunicationSending.h"
#include "net/EmlWriter.h"
#include "storage/CommunicationService.h"

#include <QFile>
#include <QTest>

using namespace muster;
using net::EmlWriter;

class TestEmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void render_isRfc5322WithQuotedPrintableUtf8()
    {
        EmlWriter::Message m;
        m.fromName = QStringLiteral("Lea Novák");
        m.fromAddress = QStringLiteral("lea@example.org");
        m.to = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        m.subject = QStringLiteral("Störung behoben");
        m.body = QStringLiteral("Grüße,\nthe team = us.\n") + QString(100, QLatin1Char('x'));
        m.date = test::utcMs(2026, 3, 2, 9);
        const QByteArray eml = EmlWriter::render(m);
        QVERIFY(eml.contains("From: =?UTF-8?B?"));
        QVERIFY(eml.contains("<lea@example.org>\r\n"));
        QVERIFY(eml.contains("To: a@example.com, b@example.com\r\n"));
        QVERIFY(eml.contains(
            QByteArray("Subject: =?UTF-8?B?" + QStringLiteral("Störung behoben").toUtf8().toBase64() + "?=\r\n")));
        QVERIFY(eml.contains("Date: 02 Mar 2026 09:00:00 +0000\r\n") || eml.contains("Date: Mon, 02 Mar 2026"));
        QVERIFY(eml.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(eml.contains("X-Unsent: 1\r\n"));
        QVERIFY(eml.contains("\r\n\r\nGr=C3=BC=C3=9Fe,\r\nthe team =3D us.\r\n"));
        for (const QByteArray& line : eml.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
        }
    }

    void addresses_areValidated()
    {
        QCOMPARE(EmlWriter::parseAddresses(QStringLiteral("a@x.org; Bo <b@y.org>,")),
                 (QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@y.org")}));
        try {
            EmlWriter::parseAddresses(QStringLiteral("a@x.org, not-an-address"));
            QFAIL("bad address accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("\"not-an-address\"")));
        }
    }

    void exportEmail_writesFileAndRecordsSend_onlyWhenApproved()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::DataExposure,
                                                 core::Severity::Sev2, people.as(people.analyst));
        storage::CommunicationService service(t.db());
        core::Communication draft;
        draft.audience = core::Audience::Regulator;
        draft.channel = core::Channel::Email;
        draft.subject = QStringLiteral("Breach notification");
        draft.body = QStringLiteral("Details attached.");
        draft.recipients = QStringLiteral("breach@authority.example");
        const auto c = service.draft(incident.id, draft, people.as(people.counsel));
        const QString path = t.dir() + QStringLiteral("/notice.eml");
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 net::CommunicationSending::exportEmail(t.db(), c.id, path, people.as(people.counsel)));
        QVERIFY(!QFile::exists(path));
        service.approve(c.id, core::ApprovalRole::Legal, people.as(people.counsel));
        const auto sent = net::CommunicationSending::exportEmail(t.db(), c.id, path, people.as(people.counsel));
        QCOMPARE(sent.sentVia, QStringLiteral("e-mail file notice.eml (to: breach@authority.example)"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray eml = f.readAll();
        QVERIFY(eml.contains("From: Priya Raman <priya@example.org>\r\n"));
        QVERIFY(eml.contains("To: breach@authority.example\r\n"));
        // Bad recipients: refused before anything is written or recorded.
        auto second = service.draft(incident.id, draft, people.as(people.counsel));
        second = service.edit(second.id, second.subject, second.body, QStringLiteral("authority"),
                              people.as(people.counsel));
        service.approve(second.id, core::ApprovalRole::Legal, people.as(people.counsel));
        QVERIFY_THROWS_EXCEPTION(core::Error, net::CommunicationSending::exportEmail(t.db(), second.id,
                                                                                     t.dir() + QStringLiteral("/b.eml"),
                                                                                     people.as(people.counsel)));
        QCOMPARE(service.get(second.id).status, core::CommunicationStatus::Approved);
    }
};

QTEST_GUILESS_MAIN(TestEmlWriter)
#include "tst_emlwriter.moc"
