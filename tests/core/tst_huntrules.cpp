#include "TestSupport.h"
#include "core/AttackCatalog.h"
#include "core/Error.h"
#include "core/HuntRules.h"
#include "core/Ids.h"

#include <QTest>

using namespace muster;
using namespace muster::core;

class TestHuntRules : public QObject
{
    Q_OBJECT

private:
    static Hunt proposed()
    {
        Hunt h;
        h.reference = QStringLiteral("HUNT-2026-0001");
        h.title = QStringLiteral(" Kerberoasting ");
        h.hypothesis = QStringLiteral("Adversaries may request service tickets to crack offline.");
        h.attackIds = {QStringLiteral("t1558.003"), QStringLiteral("T1558.003")};
        h.timeboxEnd = test::utcMs(2026, 3, 15);
        return h;
    }

private slots:
    void validate_normalises_andWarnsUnknownOrRevoked();
    void validate_refusesMissingFields();
    void start_requiresProposedAndTimebox();
    void conclude_outcomeNeedsItsDetail();
    void reopen_onlyConcluded();
    void finding_onlyWhileActive();
    void overdue();
};

void TestHuntRules::validate_normalises_andWarnsUnknownOrRevoked()
{
    Hunt h = proposed();
    QVERIFY(HuntRules::validate(h, AttackCatalog::shipped()).isEmpty());
    QCOMPARE(h.title, QStringLiteral("Kerberoasting"));
    QCOMPARE(h.attackIds, QStringList{QStringLiteral("T1558.003")});
    h.attackIds = {QStringLiteral("T9999"), QStringLiteral("T1066")};
    const QStringList warnings = HuntRules::validate(h, AttackCatalog::shipped());
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).contains(QLatin1String("T9999")));
    QVERIFY(warnings.at(1).contains(QLatin1String("revoked")));
}

void TestHuntRules::validate_refusesMissingFields()
{
    Hunt h = proposed();
    h.hypothesis = QStringLiteral("  ");
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::validate(h, AttackCatalog::shipped()));
    h = proposed();
    h.attackIds = {QStringLiteral("lateral movement")};
    try {
        HuntRules::validate(h, AttackCatalog::shipped());
        QFAIL("accepted");
    } catch (const Error& e) {
        QVERIFY(e.message().startsWith(QLatin1String("ATT&CK techniques:")));
    }
    h = proposed();
    h.timeboxStart = test::utcMs(2026, 3, 16);
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::validate(h, AttackCatalog::shipped()));
}

void TestHuntRules::start_requiresProposedAndTimebox()
{
    const qint64 now = test::utcMs(2026, 3, 1);
    Hunt h = proposed();
    h.timeboxEnd.reset();
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::start(h, now));
    h.timeboxEnd = test::utcMs(2026, 2, 1);
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::start(h, now));
    h = proposed();
    HuntRules::start(h, now);
    QCOMPARE(h.status, HuntStatus::Active);
    QCOMPARE(h.startedAt, now);
    QCOMPARE(h.timeboxStart, now);
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::start(h, now));
}

void TestHuntRules::conclude_outcomeNeedsItsDetail()
{
    const qint64 now = test::utcMs(2026, 3, 1);
    Hunt h = proposed();
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::conclude(h, HuntOutcome::NoEvidence, {}, {}, {}, now));
    HuntRules::start(h, now);
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::conclude(h, HuntOutcome::None, {}, {}, {}, now));
    QVERIFY_THROWS_EXCEPTION(Error,
                             HuntRules::conclude(h, HuntOutcome::IncidentOpened, {}, QStringLiteral("x"), {}, now));
    QVERIFY_THROWS_EXCEPTION(Error,
                             HuntRules::conclude(h, HuntOutcome::DetectionCreated, {}, {}, QStringLiteral(" "), now));
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::conclude(h, HuntOutcome::VisibilityGap, {}, {}, {}, now));
    const QString incident = newId();
    HuntRules::conclude(h, HuntOutcome::IncidentOpened, QStringLiteral("found it"), incident, QStringLiteral("ignored"),
                        now + 1000);
    QCOMPARE(h.status, HuntStatus::Concluded);
    QCOMPARE(h.incidentId, incident);
    QVERIFY(h.detectionName.isEmpty());
    QCOMPARE(h.concludedAt, now + 1000);
}

void TestHuntRules::reopen_onlyConcluded()
{
    const qint64 now = test::utcMs(2026, 3, 1);
    Hunt h = proposed();
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::reopen(h, now));
    HuntRules::start(h, now);
    HuntRules::conclude(h, HuntOutcome::NoEvidence, {}, {}, {}, now);
    HuntRules::reopen(h, now);
    QCOMPARE(h.status, HuntStatus::Active);
    QCOMPARE(h.outcome, HuntOutcome::None);
    QVERIFY(!h.concludedAt);
}

void TestHuntRules::finding_onlyWhileActive()
{
    const qint64 now = test::utcMs(2026, 3, 1);
    Hunt h = proposed();
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::finding(h, QStringLiteral("x"), {}, QStringLiteral("me"), now));
    HuntRules::start(h, now);
    QVERIFY_THROWS_EXCEPTION(Error, HuntRules::finding(h, QStringLiteral(" "), {}, QStringLiteral("me"), now));
    const HuntFinding f = HuntRules::finding(h, QStringLiteral(" 4 RC4 TGS requests "),
                                             QStringLiteral("SIEM saved search"), QStringLiteral("me"), now);
    QCOMPARE(f.text, QStringLiteral("4 RC4 TGS requests"));
    QVERIFY(isValidId(f.id));
}

void TestHuntRules::overdue()
{
    Hunt h = proposed();
    QVERIFY(!HuntRules::isOverdue(h, test::utcMs(2026, 4, 1)));
    HuntRules::start(h, test::utcMs(2026, 3, 1));
    QVERIFY(!HuntRules::isOverdue(h, test::utcMs(2026, 3, 14)));
    QVERIFY(HuntRules::isOverdue(h, test::utcMs(2026, 3, 16)));
}

QTEST_GUILESS_MAIN(TestHuntRules)
#include "tst_huntrules.moc"
