#include "NavigatorLayerCheck.h"
#include "TestSupport.h"
#include "core/AttackCatalog.h"
#include "core/Coverage.h"
#include "core/HuntBacklog.h"
#include "core/HuntMetrics.h"
#include "core/NavigatorLayer.h"

#include <QTest>

using namespace muster;
using namespace muster::core;

class TestCoverage : public QObject
{
    Q_OBJECT

private:
    static Coverage sample()
    {
        Coverage c;
        c.add(CoverageSource::Detection, QStringLiteral("T1059.001"), QStringLiteral("PowerShell encoded command"), 1);
        c.add(CoverageSource::Hunt, QStringLiteral("T1059.001"), QStringLiteral("HUNT-2026-0001 PowerShell"), 2);
        c.add(CoverageSource::Incident, QStringLiteral("T1566"), QStringLiteral("INC-2026-0003"), 3);
        c.add(CoverageSource::Exercise, QStringLiteral("T1486"), QStringLiteral("Ransomware tabletop"), 4);
        return c;
    }

private slots:
    void sources_rollUpToParent();
    void covers_parentCoversSubtechniques();
    void matrix_hasEveryTacticAndActiveTechnique();
    void strongest_prefersDetection();
    void backlog_rankedByTrackedGroups();
    void backlog_excludesCovered();
    void navigatorLayer_validatesAgainstLayerFormat();
    void navigatorLayer_checker_catchesBrokenLayers();
    void navigatorLayer_content();
    void metrics_monthsOutcomesAndSources();
};

void TestCoverage::sources_rollUpToParent()
{
    const Coverage c = sample();
    QCOMPARE(c.sourcesOf(QStringLiteral("T1059")),
             (QSet<CoverageSource>{CoverageSource::Detection, CoverageSource::Hunt}));
    QVERIFY(c.sourcesOf(QStringLiteral("T1059"), false).isEmpty());
    QCOMPARE(c.evidenceFor(QStringLiteral("T1059")).size(), 2);
    QCOMPARE(c.techniqueIds(),
             (QStringList{QStringLiteral("T1059.001"), QStringLiteral("T1486"), QStringLiteral("T1566")}));
}

void TestCoverage::covers_parentCoversSubtechniques()
{
    const Coverage c = sample();
    const auto all = HuntBacklog::coveringSources();
    QVERIFY(c.covers(QStringLiteral("T1566.001"), all)); // parent T1566 handled in an incident
    QVERIFY(c.covers(QStringLiteral("T1059.001"), all));
    QVERIFY(!c.covers(QStringLiteral("T1059.003"), all)); // a sibling is not covered by T1059.001
    QVERIFY(!c.covers(QStringLiteral("T1059"), all));
    QVERIFY(!c.covers(QStringLiteral("T1566"), {CoverageSource::Detection}));
}

void TestCoverage::matrix_hasEveryTacticAndActiveTechnique()
{
    const AttackCatalog& catalog = AttackCatalog::shipped();
    const auto m = sample().matrix(catalog);
    QCOMPARE(m.size(), catalog.tactics().size());
    int cells = 0;
    bool sawExecution = false;
    for (qsizetype col = 0; col < m.size(); ++col) {
        for (const auto& cell : m.at(col)) {
            ++cells;
            QVERIFY(cell.technique->isActive());
            QVERIFY(!cell.technique->isSubtechnique());
            if (cell.technique->id == QLatin1String("T1059")) {
                sawExecution = true;
                QCOMPARE(cell.evidence, 2);
                QVERIFY(cell.sources.contains(CoverageSource::Hunt));
            }
        }
    }
    QVERIFY(sawExecution);
    QVERIFY(cells > 200);
}

void TestCoverage::strongest_prefersDetection()
{
    QCOMPARE(Coverage::strongest({CoverageSource::Incident, CoverageSource::Hunt}), CoverageSource::Hunt);
    QCOMPARE(Coverage::strongest({CoverageSource::Incident, CoverageSource::Detection}), CoverageSource::Detection);
    QSet<QString> colors;
    for (auto s : coverageSources().values()) {
        colors.insert(Coverage::color(s));
    }
    QCOMPARE(colors.size(), 4);
}

void TestCoverage::backlog_rankedByTrackedGroups()
{
    const AttackCatalog& catalog = AttackCatalog::shipped();
    const QStringList tracked{QStringLiteral("G0016"), QStringLiteral("G0007"), QStringLiteral("G0032")};
    const auto backlog = HuntBacklog::rank(catalog, tracked, Coverage(), {{QStringLiteral("T1105"), 3}});
    QVERIFY(!backlog.isEmpty());
    for (qsizetype i = 1; i < backlog.size(); ++i) {
        const auto& a = backlog.at(i - 1);
        const auto& b = backlog.at(i);
        QVERIFY(a.groupIds.size() > b.groupIds.size() ||
                (a.groupIds.size() == b.groupIds.size() && a.intelMentions >= b.intelMentions));
    }
    QCOMPARE(backlog.first().groupIds.size(), 3);
    for (const auto& e : backlog) {
        QVERIFY(catalog.technique(e.techniqueId)->isActive());
    }
}

void TestCoverage::backlog_excludesCovered()
{
    const AttackCatalog& catalog = AttackCatalog::shipped();
    const QStringList tracked{QStringLiteral("G0016")};
    const auto before = HuntBacklog::rank(catalog, tracked, Coverage(), {});
    QVERIFY(before.size() > 3);
    Coverage c;
    const QString first = before.first().techniqueId;
    c.add(CoverageSource::Hunt, first, QStringLiteral("HUNT"), 0);
    const auto after = HuntBacklog::rank(catalog, tracked, c, {});
    QCOMPARE(after.size(), before.size() - 1);
    for (const auto& e : after) {
        QVERIFY(e.techniqueId != first);
    }
}

void TestCoverage::navigatorLayer_validatesAgainstLayerFormat()
{
    const QJsonObject layer = NavigatorLayer::build(AttackCatalog::shipped(), sample(),
                                                    QStringLiteral("Muster coverage"), test::utcMs(2026, 3, 1));
    const QStringList problems = test::navigatorLayerProblems(layer);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(layer.value(QLatin1String("versions")).toObject().value(QLatin1String("attack")).toString(),
             QStringLiteral("18"));
    QCOMPARE(layer.value(QLatin1String("legendItems")).toArray().size(), 4);
}

void TestCoverage::navigatorLayer_checker_catchesBrokenLayers()
{
    QJsonObject layer = NavigatorLayer::build(AttackCatalog::shipped(), sample(), QStringLiteral("x"), 0);
    layer.remove(QStringLiteral("name"));
    layer.insert(QStringLiteral("domain"), QStringLiteral("mitre-enterprise"));
    QJsonArray techniques = layer.value(QLatin1String("techniques")).toArray();
    QJsonObject t = techniques.first().toObject();
    t.insert(QStringLiteral("color"), QStringLiteral("green"));
    t.insert(QStringLiteral("techniqueId"), QStringLiteral("T1"));
    techniques[0] = t;
    layer.insert(QStringLiteral("techniques"), techniques);
    layer.insert(QStringLiteral("gradient"),
                 QJsonObject{{QStringLiteral("colors"), QJsonArray{QStringLiteral("#ffffff")}},
                             {QStringLiteral("minValue"), 0},
                             {QStringLiteral("maxValue"), 0}});
    const QStringList problems = test::navigatorLayerProblems(layer);
    QCOMPARE(problems.size(), 6);
}

void TestCoverage::navigatorLayer_content()
{
    const QJsonObject layer = NavigatorLayer::build(AttackCatalog::shipped(), sample(), QStringLiteral("x"), 0);
    QHash<QString, QJsonObject> byId;
    for (const auto& v : layer.value(QLatin1String("techniques")).toArray()) {
        byId.insert(v.toObject().value(QLatin1String("techniqueID")).toString(), v.toObject());
    }
    QCOMPARE(byId.size(), 4); // three covered techniques and T1059, the parent shown expanded
    const QJsonObject ps = byId.value(QStringLiteral("T1059.001"));
    QCOMPARE(ps.value(QLatin1String("score")).toInt(), 2);
    QCOMPARE(ps.value(QLatin1String("color")).toString(), Coverage::color(CoverageSource::Detection));
    QVERIFY(ps.value(QLatin1String("comment")).toString().contains(QLatin1String("HUNT-2026-0001")));
    QVERIFY(byId.value(QStringLiteral("T1059")).value(QLatin1String("showSubtechniques")).toBool());
    QVERIFY(!byId.value(QStringLiteral("T1059")).contains(QLatin1String("score")));
    QCOMPARE(byId.value(QStringLiteral("T1566")).value(QLatin1String("color")).toString(),
             Coverage::color(CoverageSource::Incident));
}

void TestCoverage::metrics_monthsOutcomesAndSources()
{
    const qint64 now = test::utcMs(2026, 3, 20);
    QList<Hunt> hunts;
    const auto concluded = [&](qint64 start, qint64 end, HuntOutcome o, QStringList techniques) {
        Hunt h;
        h.status = HuntStatus::Concluded;
        h.startedAt = start;
        h.concludedAt = end;
        h.outcome = o;
        h.attackIds = techniques;
        hunts.append(h);
    };
    concluded(test::utcMs(2026, 1, 5), test::utcMs(2026, 1, 20), HuntOutcome::NoEvidence, {QStringLiteral("T1003")});
    concluded(test::utcMs(2026, 2, 1), test::utcMs(2026, 2, 10), HuntOutcome::IncidentOpened,
              {QStringLiteral("T1003"), QStringLiteral("T1059.001")});
    concluded(test::utcMs(2026, 2, 11), test::utcMs(2026, 3, 2), HuntOutcome::VisibilityGap, {QStringLiteral("T1021")});
    concluded(test::utcMs(2025, 1, 1), test::utcMs(2025, 1, 2), HuntOutcome::NoEvidence, {QStringLiteral("T1110")});
    Hunt active;
    active.status = HuntStatus::Active;
    active.startedAt = test::utcMs(2026, 3, 10);
    hunts.append(active);
    hunts.append(Hunt{});
    const QList<HuntMetrics::IncidentOrigin> incidents{
        {test::utcMs(2026, 2, 10), DetectionSource::ThreatHunt},
        {test::utcMs(2026, 2, 11), DetectionSource::Tool},
        {test::utcMs(2026, 3, 1), DetectionSource::Tool},
        {test::utcMs(2026, 3, 2), DetectionSource::UserReport},
    };
    const HuntMetrics m = HuntMetrics::compute(hunts, incidents, 3, now);
    QCOMPARE(m.months.size(), 3);
    QCOMPARE(m.months.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(m.months.at(0).concluded, 1);
    QCOMPARE(m.months.at(1).started, 2);
    QCOMPARE(m.months.at(1).concluded, 1);
    QCOMPARE(m.months.at(2).started, 1);
    QCOMPARE(m.months.at(1).incidentsByHunting, 1);
    QCOMPARE(m.months.at(1).incidentsByAlerts, 1);
    QCOMPARE(m.months.at(2).incidentsByAlerts, 1);
    QCOMPARE(m.months.at(0).techniquesCovered, 2); // T1110 from 2025 and T1003
    QCOMPARE(m.months.at(1).techniquesCovered, 3);
    QCOMPARE(m.months.at(2).techniquesCovered, 4);
    QCOMPARE(m.outcomes.value(HuntOutcome::NoEvidence), 1);
    QCOMPARE(m.outcomes.value(HuntOutcome::IncidentOpened), 1);
    QCOMPARE(m.outcomes.value(HuntOutcome::VisibilityGap), 1);
    QCOMPARE(m.active, 1);
    QCOMPARE(m.proposed, 1);
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
