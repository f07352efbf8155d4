#include "TestSupport.h"
#include "core/Person.h"
#include "core/TimelineChain.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"

#include <QTest>

using namespace muster;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void demo_hasRealisticSpread()
    {
        test::TempDatabase t;
        const qint64 now = test::utcMs(2026, 11, 29, 12);
        const auto result = storage::DemoDataWriter::write(t.db(), 200, 42, now);
        QCOMPARE(result.incidents, 200);
        QVERIFY(result.people >= 40);
        QVERIFY(result.timelineEntries > 800);
        const QSqlDatabase c = t.db().connection();
        auto scalar = [&](const QString& sql) {
            return storage::Query(c, sql).scalar();
        };
        // Every severity and tier appears; incidents span about twelve months.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT severity) FROM incidents")).toInt(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT tier) FROM incidents")).toInt(), 3);
        const qint64 span =
            scalar(QStringLiteral("SELECT max(detected_at) - min(detected_at) FROM incidents")).toLongLong();
        QVERIFY(span > qint64(330) * 24 * 3600 * 1000);
        QVERIFY(scalar(QStringLiteral("SELECT max(detected_at) FROM incidents")).toLongLong() <= now);
        // Most have a complete lifecycle; some are still open, some false positives.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE closed_at IS NOT NULL")).toInt() > 150);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'false_positive'")).toInt() > 3);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE acknowledged_at < detected_at")).toInt() ==
                0);
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE remediated_at < acknowledged_at")).toInt() ==
            0);
        // The directory covers every internal function the issue names.
        for (const char* f : {"it_operations", "threat_intelligence", "security_architecture", "insider_risk", "legal",
                              "hr", "communications", "risk", "executive"}) {
            QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM people WHERE function = '%1'").arg(QLatin1String(f)))
                             .toInt() > 0,
                     f);
        }
        // Every timeline verifies.
        storage::IncidentService service(t.db());
        storage::Query ids(c, QStringLiteral("SELECT id FROM incidents"));
        ids.exec();
        int checked = 0;
        while (ids.next()) {
            const auto v = service.verify(ids.value(0).toString());
            QVERIFY2(v.ok, qPrintable(v.problem));
            ++checked;
        }
        QCOMPARE(checked, 200);
    }

    void sameSeed_sameIncidents()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        const qint64 now = test::utcMs(2026, 11, 29, 12);
        storage::DemoDataWriter::write(a.db(), 50, 7, now);
        storage::DemoDataWriter::write(b.db(), 50, 7, now);
        const QString sql =
            QStringLiteral("SELECT group_concat(reference || title || severity || status || detected_at, '|') "
                           "FROM (SELECT * FROM incidents ORDER BY reference)");
        QCOMPARE(storage::Query(a.db().connection(), sql).scalar().toString(),
                 storage::Query(b.db().connection(), sql).scalar().toString());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
