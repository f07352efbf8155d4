#include "IntelFixtures.h"
#include "core/Error.h"
#include "core/StixBundle.h"
#include "core/StixPattern.h"

#include <QDir>
#include <QTest>

using namespace muster;
using core::StixBundle;

class TestStixBundle : public QObject
{
    Q_OBJECT

private slots:
    void parse_samples_data();
    void parse_samples();
    void parse_attackBundle_isStix20();
    void malformed_data();
    void malformed();
    void malformedCorpus_everyFileIsCovered();
    void duplicateIds_newestVersionWins();
    void timestamps();
    void patterns_comparisons();
};

void TestStixBundle::parse_samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("objects");
    QTest::addColumn<int>("indicators");
    QTest::newRow("apt1") << QStringLiteral("apt1.json") << 76 << 12;
    QTest::newRow("poisonivy") << QStringLiteral("poisonivy.json") << -1 << -1;
    QTest::newRow("c2 ip") << QStringLiteral("indicator-for-c2-ip-address.json") << 1 << 1;
    QTest::newRow("campaign") << QStringLiteral("indicator-to-campaign-relationship.json") << 3 << 1;
    QTest::newRow("coa") << QStringLiteral("indicators-for-C2-with-COA.json") << 8 << 2;
}

void TestStixBundle::parse_samples()
{
    QFETCH(QString, file);
    QFETCH(int, objects);
    QFETCH(int, indicators);
    const QString path = test::stixSamplePath(file);
    MUSTER_REQUIRE_SHARED(path);
    const StixBundle b = StixBundle::parse(test::readFile(path), file);
    QCOMPARE(b.specVersion(), QStringLiteral("2.1"));
    QVERIFY(b.objects().size() > 0);
    if (objects >= 0) {
        QCOMPARE(b.objects().size(), objects);
        QCOMPARE(b.count(QStringLiteral("indicator")), indicators);
    }
    for (qsizetype i = 0; i < b.objects().size(); ++i) {
        const QString id = b.objects().at(i).value(QLatin1String("id")).toString();
        QCOMPARE(b.find(id), &b.objects().at(i));
    }
}

void TestStixBundle::parse_attackBundle_isStix20()
{
    MUSTER_REQUIRE_SHARED(test::attackBundlePath());
    const StixBundle b = StixBundle::parse(test::readFile(test::attackBundlePath()), QStringLiteral("attack.json"));
    QCOMPARE(b.specVersion(), QStringLiteral("2.0"));
    QCOMPARE(b.count(QStringLiteral("x-mitre-tactic")), 14);
    QCOMPARE(b.count(QStringLiteral("attack-pattern")), 835);
    QCOMPARE(b.count(QStringLiteral("intrusion-set")), 187);
    QCOMPARE(b.count(QStringLiteral("relationship")), 4362);
}

// Every file in tests/data/stix-malformed, with the place its message must name.
void TestStixBundle::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::newRow("not json") << "not-json.json"
                              << "line 5";
    QTest::newRow("array root") << "array-root.json"
                                << "$: ";
    QTest::newRow("wrong type") << "wrong-type.json"
                                << "$.type";
    QTest::newRow("bad bundle id") << "bad-bundle-id.json"
                                   << "$.id";
    QTest::newRow("objects not array") << "objects-not-array.json"
                                       << "$.objects:";
    QTest::newRow("object without type") << "object-without-type.json"
                                         << "$.objects[1].type";
    QTest::newRow("id type mismatch") << "id-type-mismatch.json"
                                      << "$.objects[0].id";
    QTest::newRow("id not uuid") << "id-not-uuid.json"
                                 << "$.objects[1].id";
    QTest::newRow("no pattern") << "indicator-without-pattern.json"
                                << "$.objects[0].pattern";
    QTest::newRow("bad timestamp") << "bad-timestamp.json"
                                   << "$.objects[1].created";
    QTest::newRow("no target") << "relationship-without-target.json"
                               << "$.objects[2].target_ref";
    QTest::newRow("bad marking") << "bad-marking-ref.json"
                                 << "$.objects[0].object_marking_refs[0]";
    QTest::newRow("confidence") << "confidence-out-of-range.json"
                                << "$.objects[0].confidence";
    QTest::newRow("name not string") << "name-not-string.json"
                                     << "$.objects[0].name";
    QTest::newRow("spec version") << "unsupported-spec-version.json"
                                  << "$.objects[0].spec_version";
    QTest::newRow("report ref") << "report-bad-object-ref.json"
                                << "$.objects[1].object_refs[1]";
    QTest::newRow("object is string") << "object-is-string.json"
                                      << "$.objects[2]:";
    QTest::newRow("broken last") << "broken-last-object.json"
                                 << "$.objects[8].valid_from";
}

void TestStixBundle::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    const QString path = test::sourcePath(QStringLiteral("tests/data/stix-malformed/") + file);
    const QByteArray bytes = test::readFile(path);
    QVERIFY2(!bytes.isEmpty() || file == QLatin1String("array-root.json"), qPrintable(path));
    try {
        StixBundle::parse(bytes, file);
        QFAIL("a malformed bundle was accepted");
    } catch (const core::Error& e) {
        QCOMPARE(e.kind(), core::Error::Kind::BadInput);
        QVERIFY2(e.message().startsWith(file + QLatin1String(": ")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(where), qPrintable(e.message()));
    }
}

void TestStixBundle::malformedCorpus_everyFileIsCovered()
{
    const QDir dir(test::sourcePath(QStringLiteral("tests/data/stix-malformed")));
    QCOMPARE(dir.entryList({QStringLiteral("*.json")}, QDir::Files).size(), 18);
}

void TestStixBundle::duplicateIds_newestVersionWins()
{
    const QByteArray json = R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
      {"type":"malware","id":"malware--00000001-0000-4000-8000-000000000000","spec_version":"2.1",
       "created":"2020-01-01T00:00:00Z","modified":"2021-01-01T00:00:00Z","name":"new","is_family":true},
      {"type":"malware","id":"malware--00000001-0000-4000-8000-000000000000","spec_version":"2.1",
       "created":"2020-01-01T00:00:00Z","modified":"2020-01-01T00:00:00Z","name":"old","is_family":true}]})";
    const StixBundle b = StixBundle::parse(json, QStringLiteral("dup.json"));
    QCOMPARE(b.objects().size(), 1);
    QCOMPARE(b.objects().first().value(QLatin1String("name")).toString(), QStringLiteral("new"));
}

void TestStixBundle::timestamps()
{
    QCOMPARE(StixBundle::parseTimestamp(QStringLiteral("2014-05-08T09:00:00.000000Z")), test::utcMs(2014, 5, 8, 9, 0));
    QCOMPARE(StixBundle::parseTimestamp(QStringLiteral("2016-04-06T20:03:48.123Z")),
             test::utcMs(2016, 4, 6, 20, 3) + 48'123);
    QCOMPARE(StixBundle::parseTimestamp(QStringLiteral("2016-04-06T20:03:48Z")),
             test::utcMs(2016, 4, 6, 20, 3) + 48'000);
    QVERIFY(!StixBundle::parseTimestamp(QStringLiteral("2016-04-06 20:03:48")));
    QVERIFY(!StixBundle::parseTimestamp(QStringLiteral("2016-02-30T00:00:00Z")));
    QVERIFY(!StixBundle::parseTimestamp(QStringLiteral("yesterday")));
    const qint64 t = test::utcMs(2026, 11, 29, 12, 30) + 5;
    QCOMPARE(StixBundle::parseTimestamp(StixBundle::formatTimestamp(t)), t);
}

void TestStixBundle::patterns_comparisons()
{
    const auto cs = core::StixPattern::comparisons(
        QStringLiteral("[domain-name:value = 'a.example' OR ipv4-addr:value = '10.0.0.1'] AND "
                       "[file:hashes.'SHA-256' = 'AB\\'C'] AND [ipv4-addr:value ISSUBSET '10.0.0.0/8']"));
    QCOMPARE(cs.size(), 4);
    QCOMPARE(cs.at(0).objectType, QStringLiteral("domain-name"));
    QCOMPARE(cs.at(1).value, QStringLiteral("10.0.0.1"));
    QCOMPARE(cs.at(2).property, QStringLiteral("hashes.'SHA-256'"));
    QCOMPARE(cs.at(2).value, QStringLiteral("AB'C"));
    QCOMPARE(cs.at(3).op, QStringLiteral("ISSUBSET"));

    QStringList skipped;
    const auto obs = core::StixPattern::observables(
        QStringLiteral("[domain-name:value = 'domain autuo.xicp.net' OR ipv4-addr:value = '60.10.1.115' OR "
                       "file:name = 'CBricksDoc']"),
        &skipped);
    QCOMPARE(obs.size(), 1);
    QCOMPARE(obs.first().value, QStringLiteral("60.10.1.115"));
    QCOMPARE(skipped.size(), 2);
    QVERIFY(skipped.first().contains(QLatin1String("autuo.xicp.net")));
}

QTEST_GUILESS_MAIN(TestStixBundle)
#include "tst_stixbundle.moc"
