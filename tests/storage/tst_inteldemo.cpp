#include "TestSupport.h"
#include "storage/CoverageService.h"
#include "storage/DemoDataWriter.h"
#include "storage/HuntService.h"
#include "storage/IncidentService.h"
#include "storage/IntelDemoWriter.h"
#include "storage/Sql.h"

#include <QTest>

using namespace muster;

class TestIntelDemo : public QObject
{
    Q_OBJECT

private slots:
    void demo_writesIntelHuntsAndSightings_chainsIntact()
    {
        test::TempDatabase t;
        const qint64 now = test::utcMs(2026, 11, 29, 12);
        storage::DemoDataWriter::write(t.db(), 120, 7, now);
        const auto r = storage::IntelDemoWriter::write(t.db(), now);
        QCOMPARE(r.items, 22);
        QCOMPARE(r.hunts, 12);
        QCOMPARE(r.detections, 9);
        QVERIFY2(r.sightings >= 3,
                 qPrintable(QString::number(r.sightings))); // team server, QakBot range, phishing domain
        const auto hunts = storage::HuntService(t.db()).all();
        int concluded = 0;
        for (const auto& h : hunts) {
            concluded += h.status == core::HuntStatus::Concluded ? 1 : 0;
        }
        QCOMPARE(concluded, 7);
        const auto m = storage::CoverageService(t.db()).metrics(6, now);
        int total = 0;
        for (const auto& month : m.months) {
            total += month.concluded;
        }
        QCOMPARE(total, 7);
        QVERIFY(!storage::CoverageService(t.db()).backlog(core::AttackCatalog::shipped()).isEmpty());
        storage::Query q(t.db().connection(), QStringLiteral("SELECT DISTINCT incident_id FROM intel_sightings"));
        q.exec();
        int checked = 0;
        while (q.next()) {
            QVERIFY(storage::IncidentService(t.db()).verify(q.value(0).toString()).ok);
            ++checked;
        }
        QVERIFY(checked > 0);
        QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM intel_distributions"))
                     .scalar()
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestIntelDemo)
#include "tst_inteldemo.moc"
