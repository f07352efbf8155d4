#include "TestSupport.h"
#include "core/Error.h"
#include "storage/AssetRepository.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace muster;
using core::Status;

class TestIncidentService : public QObject
{
    Q_OBJECT

private:
    static core::Actor actor() { return core::Actor{QString(), QStringLiteral("Test Analyst")}; }

    static core::Incident draft()
    {
        core::Incident i;
        i.title = QStringLiteral("Phishing wave against finance");
        i.category = core::Category::Phishing;
        i.severity = core::Severity::Sev3;
        i.attackIds = {QStringLiteral("T1566.001")};
        return i;
    }

    static int timelineCount(test::TempDatabase& t)
    {
        return storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM timeline_entries"))
            .scalar()
            .toInt();
    }

private slots:
    void lifecycle_fillsMetricTimestampsFromTimeline()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
        storage::IncidentService service(t.db(), clock);
        auto incident = service.create(draft(), {}, actor());
        QCOMPARE(incident.reference, QStringLiteral("INC-2026-0001"));
        QCOMPARE(incident.detectedAt, test::utcMs(2026, 3, 1, 9));
        clock.advanceMinutes(12);
        incident = service.transition(incident.id, Status::Acknowledged, actor());
        QCOMPARE(incident.acknowledgedAt, std::optional<qint64>(test::utcMs(2026, 3, 1, 9, 12)));
        clock.advanceMinutes(5);
        service.transition(incident.id, Status::Investigating, actor());
        clock.advanceMinutes(60);
        incident = service.transition(incident.id, Status::Contained, actor(), QStringLiteral("host isolated"));
        QCOMPARE(incident.containedAt, std::optional<qint64>(clock.nowMs()));
        const auto stored = service.get(incident.reference);
        QCOMPARE(stored.status, Status::Contained);
        QCOMPARE(stored.acknowledgedAt, incident.acknowledgedAt);
        QVERIFY(service.verify(incident.id).ok);
        auto second = service.create(draft(), {}, actor());
        QCOMPARE(second.reference, QStringLiteral("INC-2026-0002"));
    }

    void illegalTransition_isRefusedAndChangesNothing()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
        storage::IncidentService service(t.db(), clock);
        const auto incident = service.create(draft(), {}, actor());
        const int before = timelineCount(t);
        try {
            service.transition(incident.id, Status::Closed, actor());
            QFAIL("illegal transition accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Refused);
            QVERIFY(e.message().contains(QLatin1String("Acknowledged")));
        }
        QCOMPARE(timelineCount(t), before);
        QCOMPARE(service.get(incident.id).status, Status::New);
    }

    void unknownPerson_isRefused()
    {
        test::TempDatabase t;
        storage::IncidentService service(t.db());
        auto d = draft();
        d.commanderId = QStringLiteral("no-such-person");
        try {
            service.create(d, {}, actor());
            QFAIL("unknown commander accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("Commander")));
        }
        QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM incidents")).scalar().toInt(),
                 0);
    }

    void linkingCriticalAsset_routesToTier2AndRaisesPriority()
    {
        test::TempDatabase t;
        storage::IncidentService service(t.db());
        core::Asset erp;
        erp.id = QStringLiteral("asset-erp");
        erp.name = QStringLiteral("ERP");
        erp.businessCritical = true;
        erp.sensitivity = core::Sensitivity::Restricted;
        erp.riskScore = 84;
        storage::AssetRepository(t.db()).insert(erp);
        auto incident = service.create(draft(), {}, actor());
        QCOMPARE(incident.tier, core::Tier::Tier1);
        QCOMPARE(incident.priority, 3);
        incident = service.linkAsset(incident.id, erp.id, actor());
        QCOMPARE(incident.tier, core::Tier::Tier2);
        QCOMPARE(incident.priority, 2);
        // The escalation follows the link; the major-incident playbook then applies.
        const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
        const auto escalation = std::find_if(entries.begin(), entries.end(),
                                             [](const auto& e) { return e.kind == QLatin1String("escalation"); });
        QVERIFY(escalation != entries.end());
        QCOMPARE((escalation - 1)->kind, QStringLiteral("asset_linked"));
        QVERIFY(escalation->text.contains(QLatin1String("ERP")));
        QCOMPARE(entries.last().kind, QStringLiteral("playbook_applied"));
        QVERIFY_THROWS_EXCEPTION(core::Error, service.linkAsset(incident.id, erp.id, actor()));
    }

    void tamperingWithSqlite3_isDetected()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty()) {
            QFAIL("the sqlite3 command-line tool is required (apt-get install sqlite3)");
        }
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
        storage::IncidentService service(t.db(), clock);
        auto incident = service.create(draft(), {}, actor());
        for (int i = 0; i < 4; ++i) {
            clock.advanceMinutes(3);
            service.addNote(incident.id, QStringLiteral("Observation %1").arg(i), actor());
        }
        QVERIFY(service.verify(incident.id).ok);
        const QString entryId = storage::TimelineRepository(t.db()).entries(incident.id).at(2).id;
        t.close();

        // Someone drops the guard trigger and rewrites an entry behind Muster's back.
        QProcess p;
        p.start(sqlite3, {t.path(), QStringLiteral("DROP TRIGGER timeline_entries_no_update; "
                                                   "UPDATE timeline_entries SET text = 'Nothing happened' "
                                                   "WHERE id = '%1';")
                                        .arg(entryId)});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);

        t.reopen();
        storage::IncidentService reopened(t.db());
        const auto v = reopened.verify(incident.id);
        QVERIFY(!v.ok);
        QCOMPARE(v.brokenSeq, 3);
        QCOMPARE(v.brokenEntryId, entryId);

        // And deleting the newest entry is caught by the head recorded on the incident.
        t.close();
        QProcess d;
        d.start(sqlite3, {t.path(), QStringLiteral("DROP TRIGGER timeline_entries_no_delete; "
                                                   "DELETE FROM timeline_entries WHERE incident_id = '%1' AND seq = "
                                                   "(SELECT max(seq) FROM timeline_entries WHERE incident_id = '%1');")
                                        .arg(incident.id)});
        QVERIFY(d.waitForFinished(10'000));
        t.reopen();
        QVERIFY(!storage::IncidentService(t.db()).verify(incident.id).ok);
    }

    void appendOnlyTrigger_blocksUpdates()
    {
        test::TempDatabase t;
        storage::IncidentService service(t.db());
        service.create(draft(), {}, actor());
        QVERIFY_THROWS_EXCEPTION(
            core::Error,
            storage::execute(t.db().connection(), QStringLiteral("UPDATE timeline_entries SET text = 'x'")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
