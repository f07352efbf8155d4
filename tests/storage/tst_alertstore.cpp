#include "TestSupport.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/IntakeToken.h"
#include "storage/AlertIntake.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AlertTriageService.h"
#include "storage/AssetRepository.h"
#include "storage/BackgroundCheckpointer.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace muster;
using core::AlertAction;
using core::AlertEvent;
using core::AlertTriage;

namespace {

core::Actor analyst()
{
    return core::Actor{QString(), QStringLiteral("Tier 1 Analyst")};
}

AlertEvent alertEvent(AlertAction action, const QString& key, const QJsonObject& labels = {})
{
    AlertEvent e;
    e.action = action;
    e.dedupKey = key;
    e.title = QStringLiteral("Brute force on %1").arg(key);
    e.severityText = QStringLiteral("warning");
    e.rule = QStringLiteral("SSHBruteForce");
    e.labels = labels;
    e.sourceTime = test::utcMs(2026, 11, 29, 8, 55);
    return e;
}

core::Asset asset(const QString& identifier, bool critical)
{
    core::Asset a;
    a.id = core::newId();
    a.name = QStringLiteral("Asset %1").arg(identifier);
    a.identifier = identifier;
    a.businessCritical = critical;
    a.createdAt = a.updatedAt = 1;
    return a;
}

int rows(test::TempDatabase& t, const QString& table)
{
    return storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toInt();
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private slots:
    void nestedTransaction_innerRollback_keepsOuter()
    {
        test::TempDatabase t;
        const auto db = t.db().connection();
        storage::WriteTransaction outer(db);
        storage::execute(db, QStringLiteral("INSERT INTO settings VALUES ('a', '1', 0)"));
        {
            storage::WriteTransaction inner(db);
            storage::execute(db, QStringLiteral("INSERT INTO settings VALUES ('b', '2', 0)"));
        } // not committed: rolled back to the savepoint
        {
            storage::WriteTransaction inner(db);
            storage::execute(db, QStringLiteral("INSERT INTO settings VALUES ('c', '3', 0)"));
            inner.commit();
        }
        outer.commit();
        QCOMPARE(rows(t, QStringLiteral("settings")), 2);
        storage::WriteTransaction again(db); // depth is back to zero: a real BEGIN works
        again.commit();
    }

    void checkpointer_checkpointsOffTheWriter()
    {
        test::TempDatabase t;
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        {
            storage::BackgroundCheckpointer checkpointer(t.db(), 20);
            QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt(),
                     0);
            storage::AlertIntake intake(t.db());
            for (int i = 0; i < 50; ++i) {
                intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k%1").arg(i))});
            }
            QTRY_VERIFY(checkpointer.checkpoints() >= 2);
        }
        QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt(),
                 1000);
        t.close();
        t.reopen();
        QCOMPARE(storage::AlertRepository(t.db()).count(), 50);
    }

    void tokens_issueFindRevoke()
    {
        test::TempDatabase t;
        storage::AlertSourceRepository sources(t.db());
        const auto issued = sources.issueToken(QStringLiteral("wazuh"), 1000);
        QCOMPARE(issued.secret.size(), 32);
        QCOMPARE(sources.findByToken(issued.secret)->name, QStringLiteral("wazuh"));
        // Only the hash is stored.
        QCOMPARE(storage::Query(t.db().connection(),
                                QStringLiteral("SELECT count(*) FROM alert_tokens WHERE token_hash = '%1'")
                                    .arg(core::IntakeToken::hash(issued.secret)))
                     .scalar()
                     .toInt(),
                 1);
        storage::Query plain(t.db().connection(),
                             QStringLiteral("SELECT count(*) FROM alert_tokens WHERE token_hash = :s OR hint = :s"));
        plain.bind(QStringLiteral(":s"), issued.secret);
        QCOMPARE(plain.scalar().toInt(), 0);
        const auto second = sources.issueToken(QStringLiteral("WAZUH"), 2000);
        QCOMPARE(second.source.id, issued.source.id);
        QCOMPARE(sources.tokens(issued.source.id).size(), 2);
        sources.revokeToken(issued.token.id, 3000);
        QVERIFY(!sources.findByToken(issued.secret));
        QVERIFY(sources.findByToken(second.secret));
        QVERIFY_THROWS_EXCEPTION(core::Error, sources.revokeToken(issued.token.id, 4000));
        QVERIFY(!sources.findByToken(QStringLiteral("0123456789abcdef0123456789abcdef")));
    }

    void source_badConfig_isRefused()
    {
        test::TempDatabase t;
        storage::AlertSourceRepository sources(t.db());
        core::AlertSource s;
        s.name = QStringLiteral("splunk");
        s.severityMap = QJsonObject{{QStringLiteral("high"), QStringLiteral("urgent")}};
        QVERIFY_THROWS_EXCEPTION(core::Error, sources.add(s, 1));
        s.severityMap = {};
        s.mapping = QJsonObject{{QStringLiteral("title"), QStringLiteral("no-slash")}};
        QVERIFY_THROWS_EXCEPTION(core::Error, sources.add(s, 1));
        QCOMPARE(sources.all().size(), 0);
    }

    void repeat_addsOccurrence_notAlert()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 11, 29, 9));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        storage::AlertIntake intake(t.db(), clock);
        QSignalSpy changed(&t.db(), &storage::Database::changed);
        auto r = intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"))});
        QCOMPARE(r.first().outcome, storage::AlertIntake::Outcome::Created);
        QCOMPARE(changed.size(), 1);
        clock.advanceMinutes(5);
        auto repeat = alertEvent(AlertAction::Trigger, QStringLiteral("k1"));
        repeat.severityText = QStringLiteral("critical");
        r = intake.store(source, {repeat, alertEvent(AlertAction::Trigger, QStringLiteral("k2"))});
        QCOMPARE(r.at(0).outcome, storage::AlertIntake::Outcome::Repeated);
        QCOMPARE(r.at(1).outcome, storage::AlertIntake::Outcome::Created);
        storage::AlertRepository alerts(t.db());
        QCOMPARE(alerts.count(), 2);
        const auto a = *alerts.findByKey(source.id, QStringLiteral("k1"));
        QCOMPARE(a.occurrences, 2);
        QCOMPARE(a.receivedAt, test::utcMs(2026, 11, 29, 9));
        QCOMPARE(a.lastSeenAt, test::utcMs(2026, 11, 29, 9, 5));
        QCOMPARE(a.severity, core::Severity::Sev1);
        QCOMPARE(*a.sourceTime, test::utcMs(2026, 11, 29, 8, 55));
    }

    void acknowledgeAndResolve_recordedOnAlert_unknownIgnored()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 11, 29, 9));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("pd"), 1).source;
        storage::AlertIntake intake(t.db(), clock);
        intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"))});
        clock.advanceMinutes(1);
        auto r = intake.store(source, {alertEvent(AlertAction::Acknowledge, QStringLiteral("k1")),
                                       alertEvent(AlertAction::Resolve, QStringLiteral("nope"))});
        QCOMPARE(r.at(0).outcome, storage::AlertIntake::Outcome::Acknowledged);
        QCOMPARE(r.at(1).outcome, storage::AlertIntake::Outcome::Ignored);
        storage::AlertRepository alerts(t.db());
        QCOMPARE(alerts.findByKey(source.id, QStringLiteral("k1"))->state, core::AlertState::Acknowledged);
        auto resolve = alertEvent(AlertAction::Resolve, QStringLiteral("k1"));
        resolve.sourceTime.reset();
        intake.store(source, {resolve});
        const auto a = *alerts.findByKey(source.id, QStringLiteral("k1"));
        QCOMPARE(a.state, core::AlertState::Resolved);
        QCOMPARE(*a.resolvedAt, clock.nowMs());
        QCOMPARE(a.triage, AlertTriage::Untriaged); // a resolve is no triage decision
        QCOMPARE(alerts.count(), 1);
        // Firing again reopens it at the source.
        intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"))});
        QCOMPARE(alerts.findByKey(source.id, QStringLiteral("k1"))->state, core::AlertState::Firing);
    }

    void failingEvent_storesNothing()
    {
        test::TempDatabase t;
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        storage::AlertIntake intake(t.db());
        core::AlertSource gone = source;
        gone.id = core::newId(); // violates the foreign key on the second insert
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 intake.store(gone, {alertEvent(AlertAction::Trigger, QStringLiteral("a"))}));
        QCOMPARE(rows(t, QStringLiteral("alerts")), 0);
    }

    void assets_matchedAndCriticalFlagged()
    {
        test::TempDatabase t;
        storage::AssetRepository assets(t.db());
        assets.insert(asset(QStringLiteral("db01"), true));
        assets.insert(asset(QStringLiteral("alice"), false));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        storage::AlertIntake intake(t.db());
        intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"),
                                         {{QStringLiteral("instance"), QStringLiteral("DB01:9100")},
                                          {QStringLiteral("user"), QStringLiteral("CORP\\alice")}}),
                              alertEvent(AlertAction::Trigger, QStringLiteral("k2"),
                                         {{QStringLiteral("host"), QStringLiteral("unknown")}})});
        storage::AlertRepository alerts(t.db());
        const auto a = *alerts.findByKey(source.id, QStringLiteral("k1"));
        QCOMPARE(a.assetIds.size(), 2);
        QVERIFY(a.businessCritical);
        QCOMPARE(a.minimumTier, core::Tier::Tier2);
        const auto b = *alerts.findByKey(source.id, QStringLiteral("k2"));
        QVERIFY(b.assetIds.isEmpty());
        QVERIFY(!b.businessCritical);
        storage::AlertFilter f;
        f.assetId = a.assetIds.first();
        QCOMPARE(alerts.list(f).size(), 1);
    }

    void promote_criticalAsset_tier2_detectedAtAlertTime_linked()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 11, 29, 9, 30));
        storage::AssetRepository(t.db()).insert(asset(QStringLiteral("db01"), true));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("wazuh"), 1).source;
        storage::AlertIntake intake(t.db(), clock);
        const auto id = intake
                            .store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"),
                                                       {{QStringLiteral("host"), QStringLiteral("db01")}})})
                            .first()
                            .alertId;
        clock.advanceMinutes(4);
        storage::AlertTriageService triage(t.db(), clock);
        const auto incident = triage.promote(id, analyst(), core::Category::AccountCompromise);
        QCOMPARE(incident.detectedAt, test::utcMs(2026, 11, 29, 8, 55));
        QCOMPARE(incident.tier, core::Tier::Tier2);
        QCOMPARE(incident.severity, core::Severity::Sev3);
        QCOMPARE(incident.category, core::Category::AccountCompromise);
        const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [&](const core::TimelineEntry& e) {
            return e.kind == core::TimelineKind::AlertLinked && e.dataObject().value(QStringLiteral("alert_id")) == id;
        }));
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
        const auto alert = triage.get(id);
        QCOMPARE(alert.triage, AlertTriage::Promoted);
        QCOMPARE(alert.incidentReference, incident.reference);
        QCOMPARE(*alert.triagedAt, clock.nowMs());
        QVERIFY_THROWS_EXCEPTION(core::Error, triage.promote(id, analyst()));
        QVERIFY_THROWS_EXCEPTION(core::Error, triage.dismiss(id, AlertTriage::Benign, QStringLiteral("x"), analyst()));

        // A resolve from the source is recorded on the incident's timeline; the status stays.
        clock.advanceMinutes(10);
        intake.store(source, {alertEvent(AlertAction::Resolve, QStringLiteral("k1"))});
        const auto after = storage::IncidentService(t.db(), clock).get(incident.id);
        QCOMPARE(after.status, core::Status::New);
        const auto again = storage::TimelineRepository(t.db()).entries(incident.id);
        QCOMPARE(again.last().kind, QString(core::TimelineKind::AlertResolved));
        QCOMPARE(again.last().actorName, QStringLiteral("wazuh"));
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void merge_appendsToTimeline_linksAssets_refusesClosed()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 11, 29, 9, 30));
        storage::AssetRepository(t.db()).insert(asset(QStringLiteral("web01"), true));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        storage::AlertIntake intake(t.db(), clock);
        const auto results = intake.store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1")),
                                                   alertEvent(AlertAction::Trigger, QStringLiteral("k2"),
                                                              {{QStringLiteral("host"), QStringLiteral("web01")}}),
                                                   alertEvent(AlertAction::Trigger, QStringLiteral("k3"))});
        storage::AlertTriageService triage(t.db(), clock);
        const auto incident = triage.promote(results.at(0).alertId, analyst());
        QCOMPARE(incident.tier, core::Tier::Tier1);
        const int before = storage::TimelineRepository(t.db()).entries(incident.id).size();
        const auto merged = triage.merge(results.at(1).alertId, incident.reference, analyst());
        QCOMPARE(merged.tier, core::Tier::Tier2); // the critical asset routed it
        const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
        QVERIFY(entries.size() >= before + 2);
        QCOMPARE(entries.at(before).kind, QString(core::TimelineKind::AlertLinked));
        QCOMPARE(storage::AssetRepository(t.db()).ofIncident(incident.id).size(), 1);
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
        QCOMPARE(storage::AlertRepository(t.db()).ofIncident(incident.id).size(), 2);

        storage::IncidentService(t.db(), clock).transition(incident.id, core::Status::FalsePositive, analyst());
        QVERIFY_THROWS_EXCEPTION(core::Error, triage.merge(results.at(2).alertId, incident.id, analyst()));
        QCOMPARE(triage.get(results.at(2).alertId).triage, AlertTriage::Untriaged);
    }

    void dismiss_needsReason_reopenUndoes()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 11, 29, 9));
        const auto source = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("am"), 1).source;
        const auto id = storage::AlertIntake(t.db(), clock)
                            .store(source, {alertEvent(AlertAction::Trigger, QStringLiteral("k1"))})
                            .first()
                            .alertId;
        storage::AlertTriageService triage(t.db(), clock);
        QVERIFY_THROWS_EXCEPTION(core::Error, triage.dismiss(id, AlertTriage::FalsePositive, QString(), analyst()));
        clock.advanceMinutes(3);
        const auto a = triage.dismiss(id, AlertTriage::FalsePositive, QStringLiteral("vuln scanner"), analyst());
        QCOMPARE(a.triage, AlertTriage::FalsePositive);
        QCOMPARE(storage::AlertRepository(t.db()).queueStats().untriaged, 0);
        const auto metrics = core::NoiseMetrics::compute(storage::AlertRepository(t.db()).noiseFacts(std::nullopt));
        QCOMPARE(metrics.falsePositiveShare(), 1.0);
        QCOMPARE(*metrics.medianTriageMs, 3 * 60'000);
        triage.reopen(id);
        const auto stats = storage::AlertRepository(t.db()).queueStats();
        QCOMPARE(stats.untriaged, 1);
        QCOMPARE(*stats.oldestUntriagedAt, test::utcMs(2026, 11, 29, 9));
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
