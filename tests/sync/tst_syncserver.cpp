#include "SyncFixture.h"
#include "core/Lifecycle.h"

#include <QFile>
#include <QSqlDriver>

using namespace muster;

namespace {

const char* kSetup = R"sql(
INSERT INTO muster.people (id, name, function, created_at, updated_at) VALUES
    ('p-sam', 'Sam Analyst', 'security_operations', now(), now()),
    ('p-olga', 'Olga Analyst', 'security_operations', now(), now()),
    ('p-lena', 'Lena Counsel', 'legal', now(), now()),
    ('p-harry', 'Harry People', 'hr', now(), now()),
    ('p-ceo', 'Cora Chief', 'executive', now(), now());
INSERT INTO muster.incidents (id, reference, title, category, severity, status, tier, priority, detection_source,
                              confidential, created_at, updated_at, detected_at) VALUES
    ('i-open', 'INC-2026-0001', 'Phishing wave', 'phishing', 3, 'new', 1, 3, 'tool', false, now(), now(), now()),
    ('i-secret', 'INC-2026-0002', 'Insider exfiltration', 'insider', 1, 'investigating', 2, 1, 'tip', true, now(),
     now(), now());
INSERT INTO muster.timeline_entries (id, incident_id, occurred_at, recorded_at, actor_name, kind, text, prev_hash, hash)
VALUES ('t-open', 'i-open', now(), now(), 'Sam', 'created', 'Opened', repeat('0', 64), 'h1'),
       ('t-secret', 'i-secret', now(), now(), 'Lena', 'created', 'Opened', repeat('0', 64), 'h2'),
       ('t-secret-2', 'i-secret', now(), now(), 'Lena', 'note', 'Interview on Monday', 'h2', 'h3');
INSERT INTO muster.incident_access (id, incident_id, person_id, added_at, updated_at)
VALUES ('a-sam', 'i-secret', 'p-sam', now(), now());
)sql";

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncServer> m_server;
    QString m_owner;

    // A direct connection as a login role: not through Muster.
    QSqlDatabase as(const QString& login)
    {
        const QString name = QStringLiteral("as-") + login;
        if (QSqlDatabase::contains(name)) {
            return QSqlDatabase::database(name);
        }
        return test::PgServer::connect(name, m_server->database(), m_server->role(login));
    }

    int visible(const QString& login, const QString& table)
    {
        QSqlQuery q(as(login));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM muster.%1").arg(table)) || !q.next()) {
            return -1;
        }
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
        m_server = std::make_unique<test::SyncServer>(QStringLiteral("policies"));
        sync::PgConnection admin(m_server->adminConfig());
        admin.execScript(QString::fromUtf8(kSetup));
        for (const auto& [login, person, leadership] :
             {std::tuple{"sam", "p-sam", false}, std::tuple{"olga", "p-olga", false},
              std::tuple{"lena", "p-lena", false}, std::tuple{"harry", "p-harry", false},
              std::tuple{"ceo", "p-ceo", true}}) {
            m_server->addLogin(QString::fromLatin1(login), QString::fromLatin1(person), leadership);
        }
        // A login that may act as the owner of the tables.
        m_owner = m_server->role(QStringLiteral("owner"));
        admin.exec(QStringLiteral("SELECT 1"));
        admin.exec(admin
                       .exec(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE muster_owner', $1::text)"),
                             {m_owner.toUtf8()})
                       .text(0, 0));
    }

    void cleanupTestCase()
    {
        for (const QString& name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::removeDatabase(name);
        }
    }

    void init_isIdempotent_andTheDocumentedSqlIsTheSame()
    {
        sync::PgConnection admin(m_server->adminConfig());
        sync::ServerSchema::install(admin); // a second time, over data
        QCOMPARE(visible(QStringLiteral("lena"), QStringLiteral("incidents")), 2);
        QFile doc(test::sourcePath(QStringLiteral("docs/server.sql")));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        QVERIFY2(QString::fromUtf8(doc.readAll()) == sync::ServerSchema::script(),
                 "docs/server.sql is out of date: musterctl server sql > docs/server.sql");
    }

    void lifecycleTable_isCoresTransitionTable()
    {
        QSet<QString> expected;
        for (core::Status from : core::statuses().values()) {
            for (core::Status to : core::Lifecycle::allowedFrom(from)) {
                expected.insert(core::statuses().key(from) + QLatin1String("->") + core::statuses().key(to));
            }
        }
        QSet<QString> actual;
        const auto rows = m_server->admin(QStringLiteral("SELECT from_status || '->' || to_status FROM "
                                                         "muster.lifecycle"));
        for (int i = 0; i < rows.rows(); ++i) {
            actual.insert(rows.text(i, 0));
        }
        QCOMPARE(actual, expected);

        QSqlQuery q(as(QStringLiteral("sam")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'closed' WHERE id = 'i-open'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("MU001"));
        QVERIFY2(q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'acknowledged' WHERE id = 'i-open'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'new' WHERE id = 'i-open'")) == false);
    }

    void confidentialIncidents_areReadOnlyByTheAccessListLegalAndHr_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("entries");
        QTest::newRow("on the access list") << QStringLiteral("sam") << 2 << 3;
        QTest::newRow("not on it") << QStringLiteral("olga") << 1 << 1;
        QTest::newRow("legal") << QStringLiteral("lena") << 2 << 3;
        QTest::newRow("hr") << QStringLiteral("harry") << 2 << 3;
        QTest::newRow("leadership") << QStringLiteral("ceo") << 1 << 1;
    }

    void confidentialIncidents_areReadOnlyByTheAccessListLegalAndHr()
    {
        QFETCH(QString, login);
        QFETCH(int, incidents);
        QFETCH(int, entries);
        QCOMPARE(visible(login, QStringLiteral("incidents")), incidents);
        QCOMPARE(visible(login, QStringLiteral("timeline_entries")), entries);
        QCOMPARE(visible(login, QStringLiteral("incident_access")), incidents == 2 ? 1 : 0);
        QCOMPARE(visible(login, QStringLiteral("people")), 5);
    }

    void tableOwner_isNoException()
    {
        QSqlDatabase owner = test::PgServer::connect(QStringLiteral("as-owner"), m_server->database(), m_owner);
        QSqlQuery q(owner);
        QVERIFY2(q.exec(QStringLiteral("SET ROLE muster_owner")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM muster.incidents WHERE confidential")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT relforcerowsecurity FROM pg_class WHERE oid = "
                                      "'muster.incidents'::regclass")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
    }

    void leadership_readsButCannotWrite()
    {
        QSqlQuery q(as(QStringLiteral("ceo")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE muster.incidents SET title = 'x' WHERE id = 'i-open'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO muster.people (id, name, function, created_at, updated_at) "
                                       "VALUES ('p-x', 'X', 'legal', now(), now())")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM muster.people")));
    }

    void member_cannotWriteUnderAConfidentialIncidentTheyCannotRead()
    {
        QSqlQuery q(as(QStringLiteral("olga")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO muster.timeline_entries (id, incident_id, occurred_at, recorded_at, actor_name, kind, text, "
            "prev_hash, hash) VALUES ('t-x', 'i-secret', now(), now(), 'Olga', 'note', 'peek', 'h3', 'h4')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(q.exec(QStringLiteral("UPDATE muster.incidents SET title = 'x' WHERE id = 'i-secret'")));
        QCOMPARE(q.numRowsAffected(), 0);
        // Timeline entries are insert-only for everyone.
        QSqlQuery s(as(QStringLiteral("sam")));
        QVERIFY(!s.exec(QStringLiteral("UPDATE muster.timeline_entries SET text = 'x' WHERE id = 't-open'")));
        QVERIFY(s.exec(QStringLiteral("DELETE FROM muster.timeline_entries")) == false);
    }

    void changeFeed_obeysThePolicies()
    {
        test::TempDatabase olga;
        test::syncAs(olga.db(), *m_server, QStringLiteral("olga"));
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM incidents")), 1);
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")), 1);
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE id = 'i-secret'")), 0);
        test::TempDatabase harry;
        test::syncAs(harry.db(), *m_server, QStringLiteral("harry"));
        QCOMPARE(test::count(harry.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")), 3);
    }

    void doorbell_ringsWithoutIncidentData()
    {
        QSqlDatabase listener = as(QStringLiteral("olga"));
        QVERIFY(listener.driver()->subscribeToNotification(sync::ServerSchema::doorbellChannel()));
        QString channel;
        QVariant payload;
        connect(listener.driver(), &QSqlDriver::notification, this,
                [&](const QString& name, QSqlDriver::NotificationSource, const QVariant& p) {
                    channel = name;
                    payload = p;
                });
        QSqlQuery q(as(QStringLiteral("lena")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE muster.incidents SET summary = 'Interviews done' WHERE id = "
                                       "'i-secret'")),
                 qPrintable(q.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(channel, sync::ServerSchema::doorbellChannel(), 5000);
        QCOMPARE(payload.toString(), QString());
        listener.driver()->unsubscribeFromNotification(sync::ServerSchema::doorbellChannel());
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
