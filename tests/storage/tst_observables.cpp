#include "IntelFixtures.h"
#include "core/Error.h"
#include "core/SightingRules.h"
#include "storage/IncidentService.h"
#include "storage/IntelImportService.h"
#include "storage/IntelRepository.h"
#include "storage/ObservableService.h"
#include "storage/TimelineRepository.h"

#include <QTest>

using namespace muster;
using core::ObservableKind;
using storage::ObservableService;

class TestObservables : public QObject
{
    Q_OBJECT

private:
    static core::Actor actor() { return core::Actor{QString(), QStringLiteral("Responder")}; }
    static core::Incident incident(test::TempDatabase& t, const core::Clock& clock)
    {
        core::Incident i;
        i.title = QStringLiteral("Beaconing from a finance laptop");
        i.category = core::Category::Malware;
        return storage::IncidentService(t.db(), clock).create(i, {}, actor());
    }
    static QStringList kinds(test::TempDatabase& t, const QString& incidentId)
    {
        QStringList out;
        for (const auto& e : storage::TimelineRepository(t.db()).entries(incidentId)) {
            out.append(e.kind);
        }
        return out;
    }
    static QString fixture() { return test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")); }

private slots:
    void observable_matchingValidIndicator_isSightingOnBoth();
    void observable_noMatch_orExpired_orRevoked_noSighting();
    void observable_inRange_matchesCidrIndicator();
    void import_afterObservable_recordsSighting();
    void observable_duplicate_refused_andBadValueNamesField();
    void remove_recordsTimelineEntry();
};

void TestObservables::observable_matchingValidIndicator_isSightingOnBoth()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    storage::IntelImportService(t.db(), clock).importFile(fixture(), {}, actor());
    const auto inc = incident(t, clock);
    clock.advanceMinutes(5);
    ObservableService service(t.db(), clock);
    const auto added = service.add(inc.reference, ObservableKind::Ipv4, QStringLiteral("203.0.113[.]10"),
                                   QStringLiteral("proxy logs"), actor());
    QCOMPARE(added.entry.observable.value, QStringLiteral("203.0.113.10"));
    QCOMPARE(added.sightings.size(), 1);
    QCOMPARE(added.sightings.first().itemName, QStringLiteral("C2 server"));
    QCOMPARE(added.sightings.first().incidentReference, inc.reference);
    // On the incident: the timeline, chained.
    // (The baseline playbook may add its entry after the creation.)
    const QStringList recorded = kinds(t, inc.id);
    QCOMPARE(recorded.first(), QStringLiteral("created"));
    QCOMPARE(recorded.mid(recorded.size() - 2),
             (QStringList{QString(core::TimelineKind::Observable), QString(core::TimelineKind::Sighting)}));
    const auto entries = storage::TimelineRepository(t.db()).entries(inc.id);
    QVERIFY(entries.last().text.contains(QLatin1String("TLP:GREEN")));
    QVERIFY(storage::IncidentService(t.db(), clock).verify(inc.id).ok);
    // On the indicator: its sightings.
    const auto item = storage::IntelRepository(t.db()).findByStixId(
        QStringLiteral("indicator--00000011-0000-4000-8000-000000000000"));
    const auto ofItem = service.sightingsOfItem(item->id);
    QCOMPARE(ofItem.size(), 1);
    QCOMPARE(ofItem.first().incidentId, inc.id);
    QCOMPARE(service.sightingsOfIncident(inc.id).size(), 1);
}

void TestObservables::observable_noMatch_orExpired_orRevoked_noSighting()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    storage::IntelImportService(t.db(), clock).importFile(fixture(), {}, actor());
    const auto inc = incident(t, clock);
    ObservableService service(t.db(), clock);
    QVERIFY(service.add(inc.id, ObservableKind::Ipv4, QStringLiteral("198.51.100.1"), {}, actor()).sightings.isEmpty());
    // Expired on 2024-06-01.
    QVERIFY(service.add(inc.id, ObservableKind::Ipv6, QStringLiteral("2001:db8::1"), {}, actor()).sightings.isEmpty());
    // Revoked.
    QVERIFY(service.add(inc.id, ObservableKind::Email, QStringLiteral("billing@example.org"), {}, actor())
                .sightings.isEmpty());
    // The same expired indicator was valid when an older observation was made.
    const auto old = service.add(inc.id, ObservableKind::Ipv6, QStringLiteral("2001:db8:0::1:0"), {}, actor(),
                                 test::utcMs(2024, 3, 1));
    QVERIFY(old.sightings.isEmpty()); // different address
    QCOMPARE(service.sightingCount(), 0);
    QCOMPARE(service.ofIncident(inc.id).size(), 4);
}

void TestObservables::observable_inRange_matchesCidrIndicator()
{
    const QString apt1 = test::stixSamplePath(QStringLiteral("apt1.json"));
    MUSTER_REQUIRE_SHARED(apt1);
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    storage::IntelImportService(t.db(), clock).importFile(apt1, {}, actor());
    const auto inc = incident(t, clock);
    const auto added =
        ObservableService(t.db(), clock).add(inc.id, ObservableKind::Ipv4, QStringLiteral("223.167.4.4"), {}, actor());
    QCOMPARE(added.sightings.size(), 1);
    QCOMPARE(added.sightings.first().itemName, QStringLiteral("HTRAN Hop Point Accessor"));
}

void TestObservables::import_afterObservable_recordsSighting()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    const auto inc = incident(t, clock);
    ObservableService(t.db(), clock)
        .add(inc.id, ObservableKind::Domain, QStringLiteral("LOGIN-EXAMPLE.com"), {}, actor());
    clock.advanceMinutes(30);
    const auto report = storage::IntelImportService(t.db(), clock).importFile(fixture(), {}, actor());
    QCOMPARE(report.sightings.size(), 1);
    QCOMPARE(report.sightings.first().itemName, QStringLiteral("Phishing domain"));
    QVERIFY(report.summary().contains(QLatin1String("1 sighting")));
    QCOMPARE(kinds(t, inc.id).last(), QString(core::TimelineKind::Sighting));
    QVERIFY(storage::IncidentService(t.db(), clock).verify(inc.id).ok);
    // Importing again records nothing twice.
    QByteArray json = test::readFile(fixture());
    json.replace("\"modified\": \"2024-01-01T00:00:00.000Z\"", "\"modified\": \"2025-01-01T00:00:00.000Z\"");
    const auto again = storage::IntelImportService(t.db(), clock).importBytes(json, QStringLiteral("v2"), {}, actor());
    QCOMPARE(again.sightings.size(), 0);
    QCOMPARE(ObservableService(t.db(), clock).sightingCount(), 1);
}

void TestObservables::observable_duplicate_refused_andBadValueNamesField()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    const auto inc = incident(t, clock);
    ObservableService service(t.db(), clock);
    service.add(inc.id, ObservableKind::Url, QStringLiteral("https://evil.example/x"), {}, actor());
    QVERIFY_THROWS_EXCEPTION(
        core::Error, service.add(inc.id, ObservableKind::Url, QStringLiteral("hxxps://EVIL.example/x"), {}, actor()));
    try {
        service.add(inc.id, ObservableKind::Ipv4, QStringLiteral("10.0.0.999"), {}, actor());
        QFAIL("accepted");
    } catch (const core::Error& e) {
        QVERIFY2(e.message().startsWith(QLatin1String("IPv4 address:")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(core::Error, service.add(QStringLiteral("INC-1999-0001"), ObservableKind::Ipv4,
                                                      QStringLiteral("10.0.0.9"), {}, actor()));
    QCOMPARE(service.ofIncident(inc.id).size(), 1);
}

void TestObservables::remove_recordsTimelineEntry()
{
    test::TempDatabase t;
    test::FixedClock clock(test::utcMs(2026, 3, 1, 10));
    const auto inc = incident(t, clock);
    ObservableService service(t.db(), clock);
    const auto added = service.add(inc.id, ObservableKind::FileHash, QString(64, QLatin1Char('a')), {}, actor());
    service.remove(added.entry.id, actor());
    QVERIFY(service.ofIncident(inc.id).isEmpty());
    QCOMPARE(kinds(t, inc.id).last(), QString(core::TimelineKind::ObservableRemoved));
    QVERIFY(storage::IncidentService(t.db(), clock).verify(inc.id).ok);
}

QTEST_GUILESS_MAIN(TestObservables)
#include "tst_observables.moc"
