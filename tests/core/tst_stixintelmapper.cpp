#include "IntelFixtures.h"
#include "core/StixIntelMapper.h"
#include "core/StixPattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;
using core::IntelKind;
using core::StixIntelMapper;
using core::Tlp;

class TestStixIntelMapper : public QObject
{
    Q_OBJECT

private:
    static core::IntelImportPlan planOf(const QString& path, Tlp defaultTlp = Tlp::Amber)
    {
        StixIntelMapper::Options o;
        o.source = QStringLiteral("test feed");
        o.defaultTlp = defaultTlp;
        return StixIntelMapper::plan(core::StixBundle::parse(test::readFile(path), path), o);
    }
    static const core::IntelItem* item(const core::IntelImportPlan& p, const QString& name)
    {
        for (const auto& i : p.items) {
            if (i.name == name) {
                return &i;
            }
        }
        return nullptr;
    }

private slots:
    void apt1_itemsKeptAndWarnings();
    void poisonivy_reportAndTechniques();
    void markings_tlp2AndDefault();
    void indicators_observablesAndValidity();
    void unknownTypes_keptAndCounted();
    void relationships_giveActorsTechniques();
    void toStix_replacesTlpMarking();
    void toStix_newIndicator_isValidStix();
    void attackBundle_isRecognised();
};

void TestStixIntelMapper::apt1_itemsKeptAndWarnings()
{
    const QString path = test::stixSamplePath(QStringLiteral("apt1.json"));
    MUSTER_REQUIRE_SHARED(path);
    const auto p = planOf(path);
    int indicators = 0;
    int actors = 0;
    for (const auto& i : p.items) {
        indicators += i.kind == IntelKind::Indicator ? 1 : 0;
        actors += i.kind == IntelKind::ThreatActor ? 1 : 0;
    }
    QCOMPARE(indicators, 12);
    QCOMPARE(actors, 6); // five threat actors and the APT1 intrusion set
    QCOMPARE(p.relationships.size(), 30);
    QCOMPARE(p.keptTypes.value(QStringLiteral("tool")), 10);
    QCOMPARE(p.keptTypes.value(QStringLiteral("identity")), 4);
    const auto* range = item(p, QStringLiteral("HTRAN Hop Point Accessor"));
    QVERIFY(range);
    QCOMPARE(range->observables.size(), 1);
    QVERIFY(range->observables.first().isRange());
    QCOMPARE(range->tlp, Tlp::Amber); // unmarked: the default
}

void TestStixIntelMapper::poisonivy_reportAndTechniques()
{
    const QString path = test::stixSamplePath(QStringLiteral("poisonivy.json"));
    MUSTER_REQUIRE_SHARED(path);
    const auto p = planOf(path);
    const core::IntelItem* report = nullptr;
    for (const auto& i : p.items) {
        if (i.kind == IntelKind::Report) {
            report = &i;
        }
    }
    QVERIFY(report);
    QVERIFY(report->firstSeen);
    QVERIFY(report->name.contains(QLatin1String("Poison Ivy")));
    // The CBricksDoc launcher names a file, not something Muster matches: a warning, not an error.
    bool warned = false;
    for (const QString& w : p.warnings) {
        warned = warned || w.contains(QLatin1String("CBricksDoc"));
        QVERIFY2(w.startsWith(QLatin1String("$.objects[")), qPrintable(w));
    }
    QVERIFY(warned);
}

void TestStixIntelMapper::markings_tlp2AndDefault()
{
    const auto p = planOf(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")), Tlp::Clear);
    QCOMPARE(item(p, QStringLiteral("C2 server"))->tlp, Tlp::Green);
    QCOMPARE(item(p, QStringLiteral("Phishing domain"))->tlp, Tlp::Red);
    QCOMPARE(item(p, QStringLiteral("Loader hash"))->tlp, Tlp::AmberStrict);
    QCOMPARE(item(p, QStringLiteral("Expired scanner"))->tlp, Tlp::Clear);
    QCOMPARE(item(p, QStringLiteral("C2 server"))->source, QStringLiteral("Example ISAC"));
    QCOMPARE(item(p, QStringLiteral("Expired scanner"))->source, QStringLiteral("test feed"));
    QCOMPARE(item(p, QStringLiteral("C2 server"))->confidence, 80);
    QCOMPARE(item(p, QStringLiteral("Loader hash"))->confidence, -1);
}

void TestStixIntelMapper::indicators_observablesAndValidity()
{
    const auto p = planOf(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")));
    const auto* phishing = item(p, QStringLiteral("Phishing domain"));
    QCOMPARE(phishing->observables.size(), 2);
    QCOMPARE(phishing->observables.at(0).value, QStringLiteral("login-example.com"));
    QCOMPARE(phishing->observables.at(1).kind, core::ObservableKind::Url);
    const auto* hash = item(p, QStringLiteral("Loader hash"));
    QCOMPARE(hash->observables.size(), 1);
    QCOMPARE(hash->observables.first().value, hash->observables.first().value.toLower());
    const qint64 now = test::utcMs(2026, 1, 1);
    QVERIFY(item(p, QStringLiteral("C2 server"))->isValidAt(now));
    QVERIFY(!item(p, QStringLiteral("Expired scanner"))->isValidAt(now));
    QVERIFY(item(p, QStringLiteral("Expired scanner"))->isValidAt(test::utcMs(2024, 3, 1)));
    QVERIFY(!item(p, QStringLiteral("Revoked sender"))->isValidAt(now));
    QVERIFY(!item(p, QStringLiteral("Expired scanner"))->isValidAt(test::utcMs(2023, 12, 31)));
    const auto* sigma = item(p, QStringLiteral("Sigma rule"));
    QCOMPARE(sigma->patternType, QStringLiteral("sigma"));
    QVERIFY(sigma->observables.isEmpty());
}

void TestStixIntelMapper::unknownTypes_keptAndCounted()
{
    const auto p = planOf(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")));
    QCOMPARE(p.keptTypes.value(QStringLiteral("campaign")), 1);
    QCOMPARE(p.keptTypes.value(QStringLiteral("x-acme-sensor-reading")), 1);
    QCOMPARE(p.keptTypes.value(QStringLiteral("sighting")), 1);
    QCOMPARE(p.keptTypes.value(QStringLiteral("identity")), 1);
    QVERIFY(!p.keptTypes.contains(QStringLiteral("marking-definition")));
    QCOMPARE(p.kept.size(), 4);
}

void TestStixIntelMapper::relationships_giveActorsTechniques()
{
    const auto p = planOf(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")));
    QCOMPARE(item(p, QStringLiteral("Example Spider"))->attackIds, QStringList{QStringLiteral("T1566.002")});
    QCOMPARE(item(p, QStringLiteral("Spearphishing Link"))->attackIds, QStringList{QStringLiteral("T1566.002")});
    QCOMPARE(item(p, QStringLiteral("Example Spider"))->aliases, QStringList{QStringLiteral("EXSPIDER")});
}

void TestStixIntelMapper::toStix_replacesTlpMarking()
{
    const auto p = planOf(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")));
    core::IntelItem c2 = *item(p, QStringLiteral("C2 server"));
    c2.tlp = Tlp::Amber; // raised locally
    const QJsonObject o = StixIntelMapper::toStix(c2, test::utcMs(2026, 1, 1));
    QCOMPARE(o.value(QLatin1String("id")).toString(), c2.stixId);
    const QJsonArray refs = o.value(QLatin1String("object_marking_refs")).toArray();
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first().toString(), core::tlpStixMarkingId(Tlp::Amber));
    QCOMPARE(StixIntelMapper::markingOf(o), Tlp::Amber);
}

void TestStixIntelMapper::toStix_newIndicator_isValidStix()
{
    core::IntelItem i;
    i.kind = IntelKind::Indicator;
    i.name = QStringLiteral("Analyst-entered C2");
    i.observables = {core::Observable::parse(core::ObservableKind::Ipv4, QStringLiteral("192.0.2.7"))};
    i.tlp = Tlp::Green;
    i.createdAt = test::utcMs(2026, 2, 1);
    const QJsonObject o = StixIntelMapper::toStix(i, test::utcMs(2026, 2, 2));
    QCOMPARE(o.value(QLatin1String("pattern")).toString(), QStringLiteral("[ipv4-addr:value = '192.0.2.7']"));
    QVERIFY(core::StixBundle::isValidId(o.value(QLatin1String("id")).toString(), QStringLiteral("indicator")));
    // The object passes Muster's own bundle check.
    const auto bundle = core::StixBundle::fromObjects({o}, QStringLiteral("roundtrip"));
    QCOMPARE(bundle.objects().size(), 1);
    const auto again = StixIntelMapper::plan(bundle, {});
    QCOMPARE(again.items.first().tlp, Tlp::Green);
    QCOMPARE(again.items.first().observables, i.observables);
}

void TestStixIntelMapper::attackBundle_isRecognised()
{
    MUSTER_REQUIRE_SHARED(test::attackBundlePath());
    QVERIFY(StixIntelMapper::isAttackCatalog(
        core::StixBundle::parse(test::readFile(test::attackBundlePath()), QStringLiteral("a"))));
    QVERIFY(!StixIntelMapper::isAttackCatalog(core::StixBundle::parse(
        test::readFile(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json"))),
        QStringLiteral("b"))));
}

QTEST_GUILESS_MAIN(TestStixIntelMapper)
#include "tst_stixintelmapper.moc"
