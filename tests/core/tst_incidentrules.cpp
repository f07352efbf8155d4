#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "core/IncidentRules.h"

#include <QTest>

using namespace muster::core;

namespace {

Asset asset(bool critical, Sensitivity sensitivity, int risk, const QString& name = QStringLiteral("Asset"))
{
    Asset a;
    a.id = name;
    a.name = name;
    a.businessCritical = critical;
    a.sensitivity = sensitivity;
    a.riskScore = risk;
    return a;
}

Incident newIncident(Severity severity)
{
    Incident i;
    i.id = QStringLiteral("i1");
    i.title = QStringLiteral("Suspicious sign-in");
    i.severity = severity;
    return i;
}

constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01T00:00Z
constexpr qint64 Min = 60'000;

} // namespace

class TestIncidentRules : public QObject
{
    Q_OBJECT

private slots:
    void assetImpact_data()
    {
        QTest::addColumn<bool>("critical");
        QTest::addColumn<int>("sensitivity");
        QTest::addColumn<int>("risk");
        QTest::addColumn<int>("impact");
        QTest::newRow("plain") << false << int(Sensitivity::Internal) << 10 << int(IncidentRules::AssetImpact::Low);
        QTest::newRow("public high-ish risk") << false << int(Sensitivity::Public) << 49 << 0;
        QTest::newRow("risk 50") << false << int(Sensitivity::Public) << 50 << 1;
        QTest::newRow("confidential") << false << int(Sensitivity::Confidential) << 0 << 1;
        QTest::newRow("restricted") << false << int(Sensitivity::Restricted) << 0 << 1;
        QTest::newRow("regulated") << false << int(Sensitivity::RegulatedPersonal) << 0 << 2;
        QTest::newRow("risk 80") << false << int(Sensitivity::Internal) << 80 << 2;
        QTest::newRow("critical") << true << int(Sensitivity::Public) << 0 << 2;
    }
    void assetImpact()
    {
        QFETCH(bool, critical);
        QFETCH(int, sensitivity);
        QFETCH(int, risk);
        QFETCH(int, impact);
        QCOMPARE(int(IncidentRules::assetImpact(asset(critical, Sensitivity(sensitivity), risk))), impact);
    }

    void priority_matrix_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("impact"); // -1: no asset
        QTest::addColumn<int>("priority");
        const int expected[4][3] = {{1, 1, 1}, {2, 2, 1}, {3, 3, 2}, {4, 3, 3}};
        for (int s = 1; s <= 4; ++s) {
            QTest::addRow("SEV%d no asset", s) << s << -1 << s;
            for (int i = 0; i < 3; ++i) {
                QTest::addRow("SEV%d impact %d", s, i) << s << i << expected[s - 1][i];
            }
        }
    }
    void priority_matrix()
    {
        QFETCH(int, severity);
        QFETCH(int, impact);
        QFETCH(int, priority);
        QList<Asset> assets;
        if (impact == 0) {
            assets = {asset(false, Sensitivity::Public, 10)};
        } else if (impact == 1) {
            assets = {asset(false, Sensitivity::Public, 10), asset(false, Sensitivity::Restricted, 10)};
        } else if (impact == 2) {
            assets = {asset(false, Sensitivity::Public, 10), asset(true, Sensitivity::Internal, 10)};
        }
        QCOMPARE(IncidentRules::priority(Severity(severity), assets), priority);
    }

    void create_businessCriticalAsset_routesToTier2WithReason()
    {
        Incident i = newIncident(Severity::Sev3);
        const auto drafts =
            IncidentRules::create(i, {asset(true, Sensitivity::Internal, 10, QStringLiteral("ERP"))}, T0);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[1].kind, QString(TimelineKind::Escalation));
        QVERIFY(drafts[1].text.contains(QLatin1String("ERP")));
        QVERIFY(drafts[1].data.value(QLatin1String("automatic")).toBool());
        QCOMPARE(i.tier, Tier::Tier2);
        QCOMPARE(i.status, Status::New);
    }

    void create_plainAsset_staysTier1()
    {
        Incident i = newIncident(Severity::Sev3);
        const auto drafts = IncidentRules::create(i, {asset(false, Sensitivity::Internal, 10)}, T0);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(i.tier, Tier::Tier1);
    }

    void create_requestedTier3_isKept()
    {
        Incident i = newIncident(Severity::Sev3);
        i.tier = Tier::Tier3;
        const auto drafts = IncidentRules::create(i, {asset(true, Sensitivity::Internal, 10)}, T0);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(i.tier, Tier::Tier3);
    }

    void create_sev1_routesToTier3()
    {
        Incident i = newIncident(Severity::Sev1);
        IncidentRules::create(i, {}, T0);
        QCOMPARE(i.tier, Tier::Tier3);
    }

    void create_rejectsBadInput()
    {
        Incident i = newIncident(Severity::Sev3);
        i.title = QStringLiteral("   ");
        QVERIFY_THROWS_EXCEPTION(Error, IncidentRules::create(i, {}, T0));
        i = newIncident(Severity::Sev3);
        i.attackIds = {QStringLiteral("T12")};
        try {
            IncidentRules::create(i, {}, T0);
            QFAIL("malformed ATT&CK id accepted");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("T12")));
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        i = newIncident(Severity::Sev3);
        i.detectedAt = T0 + Min;
        QVERIFY_THROWS_EXCEPTION(Error, IncidentRules::create(i, {}, T0));
    }

    void changeTier_belowMinimum_isRefused()
    {
        Incident i = newIncident(Severity::Sev3);
        const QList<Asset> assets{asset(true, Sensitivity::Internal, 10)};
        IncidentRules::create(i, assets, T0);
        QCOMPARE(i.tier, Tier::Tier2);
        try {
            IncidentRules::changeTier(i, Tier::Tier1, QStringLiteral("noise"), assets, T0 + Min);
            QFAIL("de-escalation below the minimum accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Refused);
        }
        const auto up = IncidentRules::changeTier(i, Tier::Tier3, QStringLiteral("major"), assets, T0 + Min);
        QCOMPARE(up.kind, QString(TimelineKind::Escalation));
        QVERIFY_THROWS_EXCEPTION(Error, IncidentRules::changeTier(i, Tier::Tier3, QString(), assets, T0 + Min));
        QVERIFY_THROWS_EXCEPTION(Error, IncidentRules::changeTier(i, Tier::Tier2, QStringLiteral("x"), assets, T0));
    }

    void transition_illegal_isRefusedWithAllowedList()
    {
        Incident i = newIncident(Severity::Sev3);
        IncidentRules::create(i, {}, T0);
        try {
            IncidentRules::transition(i, Status::Closed, T0 + Min, QString());
            QFAIL("illegal transition accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Refused);
            QVERIFY(e.message().contains(QLatin1String("Acknowledged")));
        }
    }

    void facts_reopen_keepsFirstAckAndTakesLastRemediation()
    {
        Incident i = newIncident(Severity::Sev2);
        auto drafts = IncidentRules::create(i, {}, T0);
        IncidentFacts facts;
        for (const auto& d : drafts) {
            facts.apply(d);
        }
        const auto go = [&](Status to, qint64 at) {
            facts.copyTo(i);
            const auto d = IncidentRules::transition(i, to, at, QString());
            facts.apply(d);
        };
        go(Status::Acknowledged, T0 + 10 * Min);
        go(Status::Investigating, T0 + 20 * Min);
        go(Status::Contained, T0 + 60 * Min);
        go(Status::Remediated, T0 + 120 * Min);
        go(Status::Closed, T0 + 180 * Min);
        QCOMPARE(facts.remediatedAt, std::optional<qint64>(T0 + 120 * Min));
        go(Status::Reopened, T0 + 300 * Min);
        QVERIFY(!facts.remediatedAt);
        QVERIFY(!facts.closedAt);
        go(Status::Investigating, T0 + 310 * Min);
        go(Status::Contained, T0 + 320 * Min);
        go(Status::Remediated, T0 + 400 * Min);
        QCOMPARE(facts.acknowledgedAt, std::optional<qint64>(T0 + 10 * Min));
        QCOMPARE(facts.containedAt, std::optional<qint64>(T0 + 60 * Min));
        QCOMPARE(facts.remediatedAt, std::optional<qint64>(T0 + 400 * Min));
        QCOMPARE(facts.status, Status::Remediated);
    }

    void facts_detectionTimeBeforeCreation_isUsed()
    {
        Incident i = newIncident(Severity::Sev3);
        auto drafts = IncidentRules::create(i, {}, T0);
        IncidentFacts facts;
        facts.apply(drafts.first());
        QCOMPARE(facts.detectedAt, T0);
        facts.copyTo(i);
        const auto d =
            IncidentRules::setDetectionTime(i, T0 - 90 * Min, QStringLiteral("impact began before alert"), T0 + Min);
        facts.apply(d);
        QCOMPARE(facts.detectedAt, T0 - 90 * Min);
        QVERIFY_THROWS_EXCEPTION(Error, IncidentRules::setDetectionTime(i, T0 - Min, QString(), T0 + Min));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 IncidentRules::setDetectionTime(i, T0 + 5 * Min, QStringLiteral("x"), T0 + Min));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRules)
#include "tst_incidentrules.moc"
