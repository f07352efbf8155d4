#include "TestSupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace muster;

class TestPgSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
    }

    void connects_toPostgres15()
    {
        const QString name = test::PgServer::createDatabase(QStringLiteral("smoke"));
        QSqlDatabase db = test::PgServer::connect(QStringLiteral("smoke"), name);
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SHOW server_version_num")), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id uuid PRIMARY KEY, at timestamptz NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (gen_random_uuid(), now())")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void listenNotify_ringsTheDoorbell()
    {
        const QString name = test::PgServer::createDatabase(QStringLiteral("notify"));
        QSqlDatabase listener = test::PgServer::connect(QStringLiteral("listener"), name);
        QSqlDatabase sender = test::PgServer::connect(QStringLiteral("sender"), name);
        QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("muster_changes")));
        QString received;
        connect(listener.driver(), &QSqlDriver::notification, this,
                [&received](const QString& channel, QSqlDriver::NotificationSource, const QVariant&) {
                    received = channel;
                });
        QSqlQuery q(sender);
        QVERIFY(q.exec(QStringLiteral("NOTIFY muster_changes")));
        QTRY_COMPARE_WITH_TIMEOUT(received, QStringLiteral("muster_changes"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestPgSmoke)
#include "tst_pgsmoke.moc"
