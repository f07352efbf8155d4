#include "IntelFixtures.h"
#include "core/AttackCatalog.h"
#include "core/Error.h"
#include "core/StixBundle.h"

#include <QTest>

using namespace muster;
using core::AttackCatalog;

class TestAttackCatalog : public QObject
{
    Q_OBJECT

private:
    AttackCatalog m_catalog;

private slots:
    void initTestCase();
    void fromStix_counts();
    void fromStix_tacticsInMatrixOrder();
    void fromStix_techniqueDetails();
    void fromStix_groupsAndUses();
    void fromStix_revokedBy_whenBundleSays();
    void fromStix_notAttack_refused();
    void compactJson_roundTrip();
    void compactJson_broken_refused();
    void shipped_matchesMitreBundle();
    void shipped_carriesCopyrightAndLicence();
    void status_flagsUnknownAndRevoked();
    void search_byIdAndName();
    void groupsUsing_includesSubtechniques();
};

void TestAttackCatalog::initTestCase()
{
    MUSTER_REQUIRE_SHARED(test::attackBundlePath());
    m_catalog = AttackCatalog::fromStix(
        core::StixBundle::parse(test::readFile(test::attackBundlePath()), QStringLiteral("enterprise-attack.json")));
}

void TestAttackCatalog::fromStix_counts()
{
    const auto c = m_catalog.counts();
    QCOMPARE(c.tactics, 14);
    QCOMPARE(c.techniques, 835);
    QCOMPARE(c.subtechniques, 479);
    QCOMPARE(c.revoked, 132);
    QCOMPARE(c.deprecated, 12);
    QCOMPARE(c.groups, 187);
    QCOMPARE(c.uses, 4362);
    QCOMPARE(m_catalog.modified().left(4), QStringLiteral("2025"));
}

void TestAttackCatalog::fromStix_tacticsInMatrixOrder()
{
    QStringList names;
    for (const auto& t : m_catalog.tactics()) {
        names.append(t.shortName);
    }
    QCOMPARE(names.first(), QStringLiteral("reconnaissance"));
    QCOMPARE(names.at(2), QStringLiteral("initial-access"));
    QCOMPARE(names.last(), QStringLiteral("impact"));
    QCOMPARE(m_catalog.tactic(QStringLiteral("TA0006"))->name, QStringLiteral("Credential Access"));
}

void TestAttackCatalog::fromStix_techniqueDetails()
{
    const auto* t = m_catalog.technique(QStringLiteral("T1055.011"));
    QVERIFY(t);
    QCOMPARE(t->name, QStringLiteral("Extra Window Memory Injection"));
    QVERIFY(t->isSubtechnique());
    QCOMPARE(t->parentId(), QStringLiteral("T1055"));
    QVERIFY(t->tactics.contains(QStringLiteral("defense-evasion")));
    QVERIFY(t->platforms.contains(QStringLiteral("Windows")));
    QVERIFY2(t->summary.startsWith(QLatin1String("Adversaries may inject")), qPrintable(t->summary));
    QVERIFY(!t->summary.contains(QLatin1String("Citation")));
    const auto* revoked = m_catalog.technique(QStringLiteral("T1066"));
    QVERIFY(revoked);
    QVERIFY(revoked->revoked);
    QVERIFY(!revoked->isActive());
}

void TestAttackCatalog::fromStix_groupsAndUses()
{
    const auto* g = m_catalog.group(QStringLiteral("G0082"));
    QVERIFY(g);
    QCOMPARE(g->name, QStringLiteral("APT38"));
    QVERIFY(g->aliases.contains(QStringLiteral("BeagleBoyz")));
    QVERIFY(!g->aliases.contains(QStringLiteral("APT38")));
    QVERIFY(!g->techniqueIds.isEmpty());
    for (const QString& id : g->techniqueIds) {
        QVERIFY2(m_catalog.technique(id), qPrintable(id));
    }
}

void TestAttackCatalog::fromStix_revokedBy_whenBundleSays()
{
    const QByteArray json = R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
      {"type":"x-mitre-tactic","id":"x-mitre-tactic--00000001-0000-4000-8000-000000000000","name":"Execution",
       "x_mitre_shortname":"execution","external_references":[{"source_name":"mitre-attack","external_id":"TA0002"}]},
      {"type":"attack-pattern","id":"attack-pattern--00000002-0000-4000-8000-000000000000","name":"Old","revoked":true,
       "external_references":[{"source_name":"mitre-attack","external_id":"T1086"}]},
      {"type":"attack-pattern","id":"attack-pattern--00000003-0000-4000-8000-000000000000","name":"PowerShell",
       "kill_chain_phases":[{"kill_chain_name":"mitre-attack","phase_name":"execution"}],
       "external_references":[{"source_name":"mitre-attack","external_id":"T1059.001"}]},
      {"type":"relationship","id":"relationship--00000004-0000-4000-8000-000000000000","relationship_type":"revoked-by",
       "source_ref":"attack-pattern--00000002-0000-4000-8000-000000000000",
       "target_ref":"attack-pattern--00000003-0000-4000-8000-000000000000"},
      {"type":"x-mitre-collection","id":"x-mitre-collection--00000005-0000-4000-8000-000000000000","x_mitre_version":"18.1"}]})";
    const auto c = AttackCatalog::fromStix(core::StixBundle::parse(json, QStringLiteral("mini.json")));
    QCOMPARE(c.version(), QStringLiteral("18.1"));
    QCOMPARE(c.technique(QStringLiteral("T1086"))->revokedBy, QStringLiteral("T1059.001"));
    QCOMPARE(c.status(QStringLiteral("t1086")), AttackCatalog::IdStatus::Revoked);
    QVERIFY2(c.problem(QStringLiteral("T1086")).contains(QLatin1String("use T1059.001")),
             qPrintable(c.problem(QStringLiteral("T1086"))));
}

void TestAttackCatalog::fromStix_notAttack_refused()
{
    const QString path = test::stixSamplePath(QStringLiteral("apt1.json"));
    MUSTER_REQUIRE_SHARED(path);
    QVERIFY_THROWS_EXCEPTION(core::Error, AttackCatalog::fromStix(core::StixBundle::parse(test::readFile(path), path)));
}

void TestAttackCatalog::compactJson_roundTrip()
{
    AttackCatalog copy = AttackCatalog::fromCompactJson(m_catalog.toCompactJson(), QStringLiteral("x"));
    QCOMPARE(copy.toCompactJson(), m_catalog.toCompactJson());
    QCOMPARE(copy.counts().uses, 4362);
    QCOMPARE(copy.tactics().first().shortName, QStringLiteral("reconnaissance"));
}

void TestAttackCatalog::compactJson_broken_refused()
{
    QVERIFY_THROWS_EXCEPTION(core::Error,
                             AttackCatalog::fromCompactJson("{\"format\":\"other\"}", QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(core::Error, AttackCatalog::fromCompactJson("not json", QStringLiteral("x")));
}

// The catalog compiled into Muster is derived from the same bundle (regenerate it with
// `musterctl attack catalog` when MITRE publishes a new release).
void TestAttackCatalog::shipped_matchesMitreBundle()
{
    const AttackCatalog& shipped = AttackCatalog::shipped();
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(shipped.version(), QStringLiteral("18.1"));
    AttackCatalog derived = m_catalog;
    derived.setVersion(shipped.version());
    derived.setSource(shipped.source());
    QVERIFY2(shipped.toCompactJson() == derived.toCompactJson(),
             "resources/attack/enterprise-attack.json is stale: regenerate it from the bundle");
}

void TestAttackCatalog::shipped_carriesCopyrightAndLicence()
{
    AttackCatalog::shipped();
    const QByteArray json = test::readFile(QStringLiteral(":/attack/enterprise-attack.json"));
    QVERIFY(json.contains(AttackCatalog::copyrightNotice().toUtf8()));
    const QByteArray licence = test::readFile(QStringLiteral(":/attack/LICENSE.txt"));
    QVERIFY(licence.contains("The MITRE Corporation (MITRE) hereby grants you a non-exclusive"));
    QVERIFY(licence.contains(AttackCatalog::copyrightNotice().toUtf8()));
}

void TestAttackCatalog::status_flagsUnknownAndRevoked()
{
    using S = AttackCatalog::IdStatus;
    QCOMPARE(m_catalog.status(QStringLiteral("T1059.001")), S::Valid);
    QCOMPARE(m_catalog.status(QStringLiteral(" t1059.001 ")), S::Valid);
    QCOMPARE(m_catalog.status(QStringLiteral("T9999")), S::Unknown);
    QCOMPARE(m_catalog.status(QStringLiteral("T1066")), S::Revoked);
    QCOMPARE(m_catalog.status(QStringLiteral("1059")), S::Malformed);
    QVERIFY(m_catalog.problem(QStringLiteral("T1059.001")).isEmpty());
    QVERIFY(m_catalog.problem(QStringLiteral("T9999")).contains(QLatin1String("not in the ATT&CK catalog")));
    QVERIFY(m_catalog.problem(QStringLiteral("T1066")).contains(QLatin1String("revoked")));
    int deprecated = 0;
    for (const auto& t : m_catalog.techniques()) {
        if (t.deprecated && !t.revoked) {
            QCOMPARE(m_catalog.status(t.id), S::Deprecated);
            ++deprecated;
        }
    }
    QVERIFY(deprecated > 0);
}

void TestAttackCatalog::search_byIdAndName()
{
    auto hits = m_catalog.search(QStringLiteral("t1059.001"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first()->id, QStringLiteral("T1059.001"));
    hits = m_catalog.search(QStringLiteral("powershell"));
    QVERIFY(!hits.isEmpty());
    bool found = false;
    for (const auto* t : hits) {
        found = found || t->id == QLatin1String("T1059.001");
    }
    QVERIFY(found);
    hits = m_catalog.search(QStringLiteral("credential dumping lsass"));
    for (const auto* t : hits) {
        QVERIFY(t->name.contains(QLatin1String("LSASS"), Qt::CaseInsensitive) ||
                t->id.contains(QLatin1String("LSASS"), Qt::CaseInsensitive));
    }
    hits = m_catalog.search(QStringLiteral("T10"), 5);
    QCOMPARE(hits.size(), 5);
    QVERIFY(m_catalog.search(QStringLiteral("T1066"), 50, false).isEmpty()); // revoked
    QCOMPARE(m_catalog.search(QStringLiteral("T1066"), 50, true).size(), 1);
}

void TestAttackCatalog::groupsUsing_includesSubtechniques()
{
    const auto parentUsers = m_catalog.groupsUsing(QStringLiteral("T1059"));
    const auto subUsers = m_catalog.groupsUsing(QStringLiteral("T1059.001"));
    QVERIFY(!subUsers.isEmpty());
    QVERIFY(parentUsers.size() >= subUsers.size());
    for (const auto* g : subUsers) {
        QVERIFY(parentUsers.contains(g));
    }
}

QTEST_GUILESS_MAIN(TestAttackCatalog)
#include "tst_attackcatalog.moc"
