#include "../core/NavigatorLayerCheck.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/CoverageService.h"
#include "storage/DetectionRepository.h"
#include "storage/HuntService.h"
#include "storage/IncidentService.h"

#include <QTest>

using namespace muster;
using core::CoverageSource;
using core::HuntOutcome;
using storage::HuntService;

class TestHunts : public QObject
{
    Q_OBJECT

private:
    static core::Actor actor() { return core::Actor{QString(), QStringLiteral("Hunter")}; }
    static core::Hunt draft(const QString& title, const QStringList& techniques)
    {
        core::Hunt h;
        h.title = title;
        h.hypothesis = QStringLiteral("An adversary may be doing %1 in our estate.").arg(title);
        h.attackIds = techniques;
        h.dataSources = {QStringLiteral("Windows security events"), QString()};
        h.queries = {{core::QueryLanguage::Kql, QStringLiteral("SecurityEvent | where EventID == 4769")},
                     {core::QueryLanguage::Spl, QStringLiteral("  ")}};
        h.timeboxEnd = test::utcMs(2026, 3, 20);
        return h;
    }
    static core::Incident incident(test::TempDatabase& t, const core::Clock& clock, bool exercise,
                                   core::DetectionSource source, const QStringList& attack)
    {
        core::Incident i;
        i.title = exercise ? QStringLiteral("Tabletop: ransomware") : QStringLiteral("Credential theft");
        i.exercise = exercise;
        i.detectionSource = source;
        i.attackIds = attack;
        return storage::IncidentService(t.db(), clock).create(i, {}, actor());
    }

private slots:
    void lifecycle_createStartFindConclude();
    void conclude_detection_addsCoverage();
    void conclude_incidentByReference();
    void update_keepsStatusAndFlagsRevoked();
    void coverage_incidentsExercisesHuntsDetections();
    void coverage_providerAddsEvidence();
    void backlog_trackedGroupsMinusCovered();
    void navigatorLayer_fromDatabase_validates();
    void metrics_fromDatabase();
};

void TestHunts::lifecycle_createStartFindConclude()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    HuntService service(t.db(), clock);
    const auto saved = service.create(draft(QStringLiteral("Kerberoasting"), {QStringLiteral("t1558.003")}), actor());
    QVERIFY(saved.warnings.isEmpty());
    const core::Hunt& h = saved.hunt;
    QCOMPARE(h.reference, QStringLiteral("HUNT-2026-0001"));
    QCOMPARE(h.status, core::HuntStatus::Proposed);
    QCOMPARE(h.attackIds, QStringList{QStringLiteral("T1558.003")});
    QCOMPARE(h.dataSources.size(), 1);
    QCOMPARE(h.queries.size(), 1);
    QVERIFY_THROWS_EXCEPTION(core::Error, service.addFinding(h.id, QStringLiteral("x"), {}, actor()));
    clock.advanceMinutes(60);
    service.start(h.reference, actor());
    service.addFinding(h.id, QStringLiteral("RC4 tickets for svc-sql"), QStringLiteral("Saved search 17"), actor());
    clock.advanceMinutes(60);
    const auto done = service.conclude(h.id, HuntOutcome::NoEvidence, QStringLiteral("benign"), {}, {}, actor());
    QCOMPARE(done.status, core::HuntStatus::Concluded);
    const auto stored = service.get(h.reference);
    QCOMPARE(stored.findings.size(), 1);
    QCOMPARE(stored.findings.first().authorName, QStringLiteral("Hunter"));
    QCOMPARE(stored.findings.first().evidence, QStringLiteral("Saved search 17"));
    QCOMPARE(stored.startedAt, test::utcMs(2026, 3, 1, 10));
    QCOMPARE(stored.concludedAt, clock.nowMs());
    QCOMPARE(stored.queries.first().language, core::QueryLanguage::Kql);
    QCOMPARE(service.create(draft(QStringLiteral("b"), {}), actor()).hunt.reference, QStringLiteral("HUNT-2026-0002"));
}

void TestHunts::conclude_detection_addsCoverage()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    HuntService service(t.db(), clock);
    const auto h = service.create(draft(QStringLiteral("PowerShell"), {QStringLiteral("T1059.001")}), actor()).hunt;
    service.start(h.id, actor());
    QVERIFY_THROWS_EXCEPTION(core::Error, service.conclude(h.id, HuntOutcome::DetectionCreated, {}, {}, {}, actor()));
    service.conclude(h.id, HuntOutcome::DetectionCreated, {}, {}, QStringLiteral("Encoded PowerShell"), actor());
    const auto detections = storage::DetectionRepository(t.db()).all();
    QCOMPARE(detections.size(), 1);
    QCOMPARE(detections.first().name, QStringLiteral("Encoded PowerShell"));
    QCOMPARE(detections.first().huntId, h.id);
    const auto sources = storage::CoverageService(t.db()).coverage().sourcesOf(QStringLiteral("T1059.001"));
    QCOMPARE(sources, (QSet<CoverageSource>{CoverageSource::Detection, CoverageSource::Hunt}));
}

void TestHunts::conclude_incidentByReference()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    const auto inc = incident(t, clock, false, core::DetectionSource::ThreatHunt, {});
    HuntService service(t.db(), clock);
    const auto h = service.create(draft(QStringLiteral("DCSync"), {QStringLiteral("T1003.006")}), actor()).hunt;
    service.start(h.id, actor());
    QVERIFY_THROWS_EXCEPTION(core::Error, service.conclude(h.id, HuntOutcome::IncidentOpened, {},
                                                           QStringLiteral("INC-1999-0001"), {}, actor()));
    const auto done = service.conclude(h.id, HuntOutcome::IncidentOpened, {}, inc.reference, {}, actor());
    QCOMPARE(done.incidentId, inc.id);
    QCOMPARE(service.get(h.id).incidentId, inc.id);
}

void TestHunts::update_keepsStatusAndFlagsRevoked()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    HuntService service(t.db(), clock);
    auto h = service.create(draft(QStringLiteral("x"), {}), actor()).hunt;
    service.start(h.id, actor());
    h.title = QStringLiteral("Renamed");
    h.status = core::HuntStatus::Concluded; // ignored by update
    h.attackIds = {QStringLiteral("T1066")};
    const auto saved = service.update(h, actor());
    QCOMPARE(saved.warnings.size(), 1);
    QCOMPARE(service.get(h.id).title, QStringLiteral("Renamed"));
    QCOMPARE(service.get(h.id).status, core::HuntStatus::Active);
    h.title.clear();
    QVERIFY_THROWS_EXCEPTION(core::Error, service.update(h, actor()));
    QCOMPARE(service.get(h.id).title, QStringLiteral("Renamed"));
}

void TestHunts::coverage_incidentsExercisesHuntsDetections()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    incident(t, clock, false, core::DetectionSource::Tool, {QStringLiteral("T1566.001")});
    incident(t, clock, true, core::DetectionSource::Exercise, {QStringLiteral("T1486")});
    storage::DetectionRepository(t.db()).add(
        {{}, QStringLiteral("LSASS access"), {QStringLiteral("T1003.001")}, QStringLiteral("EDR"), {}, 0},
        clock.nowMs());
    HuntService service(t.db(), clock);
    const auto active = service.create(draft(QStringLiteral("Active"), {QStringLiteral("T1021.001")}), actor()).hunt;
    service.start(active.id, actor()); // an active hunt covers nothing yet
    const auto c = storage::CoverageService(t.db()).coverage();
    QCOMPARE(c.sourcesOf(QStringLiteral("T1566")), QSet<CoverageSource>{CoverageSource::Incident});
    QCOMPARE(c.sourcesOf(QStringLiteral("T1486")), QSet<CoverageSource>{CoverageSource::Exercise});
    QCOMPARE(c.sourcesOf(QStringLiteral("T1003")), QSet<CoverageSource>{CoverageSource::Detection});
    QVERIFY(c.sourcesOf(QStringLiteral("T1021")).isEmpty());
    QVERIFY(c.evidenceFor(QStringLiteral("T1566")).first().label.startsWith(QLatin1String("INC-2026-0001")));
}

void TestHunts::coverage_providerAddsEvidence()
{
    test::TempDatabase t;
    const int handle = storage::CoverageService::addProvider([](const storage::Database&, core::Coverage& c) {
        c.add(CoverageSource::Exercise, QStringLiteral("T1190"), QStringLiteral("Scenario: web shell"), 1);
    });
    QCOMPARE(storage::CoverageService(t.db()).coverage().sourcesOf(QStringLiteral("T1190")),
             QSet<CoverageSource>{CoverageSource::Exercise});
    storage::CoverageService::removeProvider(handle);
    QVERIFY(storage::CoverageService(t.db()).coverage().sourcesOf(QStringLiteral("T1190")).isEmpty());
}

void TestHunts::backlog_trackedGroupsMinusCovered()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    storage::AttackCatalogRepository catalogs(t.db());
    const auto catalog = catalogs.active();
    storage::CoverageService coverage(t.db());
    QVERIFY(coverage.backlog(catalog).isEmpty()); // nothing tracked
    catalogs.setTracked(QStringLiteral("G0016"), true, 1);
    catalogs.setTracked(QStringLiteral("G0007"), true, 1);
    const auto before = coverage.backlog(catalog);
    QVERIFY(!before.isEmpty());
    const QString top = before.first().techniqueId;
    incident(t, clock, false, core::DetectionSource::Tool, {top});
    const auto after = coverage.backlog(catalog);
    QCOMPARE(after.size(), before.size() - 1);
    for (const auto& e : after) {
        QVERIFY(e.techniqueId != top);
    }
}

void TestHunts::navigatorLayer_fromDatabase_validates()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    incident(t, clock, false, core::DetectionSource::Tool, {QStringLiteral("T1566.001"), QStringLiteral("T1078")});
    storage::DetectionRepository(t.db()).add(
        {{}, QStringLiteral("Impossible travel"), {QStringLiteral("T1078")}, QStringLiteral("IdP"), {}, 0},
        clock.nowMs());
    const QJsonObject layer = storage::CoverageService(t.db()).navigatorLayer(
        storage::AttackCatalogRepository(t.db()).active(), QStringLiteral("Coverage"), clock.nowMs());
    const QStringList problems = test::navigatorLayerProblems(layer);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(layer.value(QLatin1String("techniques")).toArray().size(), 3); // T1078, T1566 (parent), T1566.001
}

void TestHunts::metrics_fromDatabase()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 9));
    incident(t, clock, false, core::DetectionSource::ThreatHunt, {});
    incident(t, clock, false, core::DetectionSource::Tool, {});
    incident(t, clock, true, core::DetectionSource::Tool, {}); // exercises do not count
    HuntService service(t.db(), clock);
    const auto h = service.create(draft(QStringLiteral("x"), {QStringLiteral("T1003")}), actor()).hunt;
    service.start(h.id, actor());
    service.conclude(h.id, HuntOutcome::VisibilityGap, QStringLiteral("no DC logs"), {}, {}, actor());
    const auto m = storage::CoverageService(t.db()).metrics(6, clock.nowMs());
    QCOMPARE(m.months.size(), 6);
    QCOMPARE(m.months.last().incidentsByHunting, 1);
    QCOMPARE(m.months.last().incidentsByAlerts, 1);
    QCOMPARE(m.months.last().concluded, 1);
    QCOMPARE(m.months.last().techniquesCovered, 1);
    QCOMPARE(m.outcomes.value(HuntOutcome::VisibilityGap), 1);
}

QTEST_GUILESS_MAIN(TestHunts)
#include "tst_hunts.moc"
