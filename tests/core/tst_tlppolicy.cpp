#include "core/Error.h"
#include "core/Tlp.h"
#include "core/TlpPolicy.h"

#include <QTest>

using namespace muster::core;

class TestTlpPolicy : public QObject
{
    Q_OBJECT

private slots:
    void allows_data();
    void allows();
    void checkRelease_red_requiresNamedRecipients();
    void checkRelease_refusal_namesMarkingAndScope();
    void checkRecipients_redOnlyToPeopleNamed();
    void minimumMarking_isStrictest();
    void checkMarkingCovers_refusesWeakerMarking();
    void parseTlp_acceptsSpellings();
    void stixMarkings_roundTrip();
    void stixMarkings_readTlp1();
};

// The TLP 2.0 definitions, written out independently of TlpPolicy.cpp: for each
// marking, the scopes it may reach (narrowest first: named, organisation, clients,
// community, public).
void TestTlpPolicy::allows_data()
{
    QTest::addColumn<QString>("marking");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("allowed");
    const QHash<QString, QStringList> reach{
        {QStringLiteral("clear"),
         {QStringLiteral("named"), QStringLiteral("organisation"), QStringLiteral("clients"),
          QStringLiteral("community"), QStringLiteral("public")}},
        {QStringLiteral("green"),
         {QStringLiteral("named"), QStringLiteral("organisation"), QStringLiteral("clients"),
          QStringLiteral("community")}},
        {QStringLiteral("amber"), {QStringLiteral("named"), QStringLiteral("organisation"), QStringLiteral("clients")}},
        {QStringLiteral("amber+strict"), {QStringLiteral("named"), QStringLiteral("organisation")}},
        {QStringLiteral("red"), {QStringLiteral("named")}},
    };
    for (const QString& m : tlpLevels().keys()) {
        for (const QString& s : shareScopes().keys()) {
            QTest::addRow("%s to %s", qPrintable(m), qPrintable(s)) << m << s << reach.value(m).contains(s);
        }
    }
}

void TestTlpPolicy::allows()
{
    QFETCH(QString, marking);
    QFETCH(QString, scope);
    QFETCH(bool, allowed);
    const Tlp tlp = *tlpLevels().fromKey(marking);
    const ShareScope s = *shareScopes().fromKey(scope);
    QCOMPARE(TlpPolicy::allows(tlp, s), allowed);
    bool threw = false;
    try {
        TlpPolicy::checkRelease(tlp, s, 2, QStringLiteral("Brief"));
    } catch (const Error& e) {
        threw = true;
        QCOMPARE(e.kind(), Error::Kind::Refused);
    }
    QCOMPARE(threw, !allowed);
}

void TestTlpPolicy::checkRelease_red_requiresNamedRecipients()
{
    try {
        TlpPolicy::checkRelease(Tlp::Red, ShareScope::NamedRecipients, 0, QStringLiteral("BRIEF-2026-0001"));
        QFAIL("a TLP:RED release without recipients was allowed");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QLatin1String("BRIEF-2026-0001")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("name the people")), qPrintable(e.message()));
    }
    TlpPolicy::checkRelease(Tlp::Red, ShareScope::NamedRecipients, 1, QStringLiteral("x"));
}

void TestTlpPolicy::checkRelease_refusal_namesMarkingAndScope()
{
    try {
        TlpPolicy::checkRelease(Tlp::AmberStrict, ShareScope::Community, 0, QStringLiteral("The brief"));
        QFAIL("AMBER+STRICT went to a community");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QLatin1String("TLP:AMBER+STRICT")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("Trusted community")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("Our organisation")), qPrintable(e.message()));
    }
}

void TestTlpPolicy::checkRecipients_redOnlyToPeopleNamed()
{
    const QStringList named{QStringLiteral("ada"), QStringLiteral("alan")};
    TlpPolicy::checkRecipients(Tlp::Red, named, {QStringLiteral("ada")}, QStringLiteral("b"));
    TlpPolicy::checkRecipients(Tlp::Amber, {}, {QStringLiteral("anyone")}, QStringLiteral("b"));
    QVERIFY_THROWS_EXCEPTION(Error, TlpPolicy::checkRecipients(Tlp::Red, named, {}, QStringLiteral("b")));
    try {
        TlpPolicy::checkRecipients(Tlp::Red, named, {QStringLiteral("ada"), QStringLiteral("eve")},
                                   QStringLiteral("b"));
        QFAIL("eve received TLP:RED");
    } catch (const Error& e) {
        QVERIFY(e.message().contains(QLatin1String("eve")));
    }
    QVERIFY(TlpPolicy::namesAll(named, {QStringLiteral("alan")}));
    QVERIFY(!TlpPolicy::namesAll(named, {}));
    QVERIFY(!TlpPolicy::namesAll(named, {QStringLiteral("eve")}));
}

void TestTlpPolicy::minimumMarking_isStrictest()
{
    QCOMPARE(TlpPolicy::minimumMarking({}), Tlp::Clear);
    QCOMPARE(TlpPolicy::minimumMarking({Tlp::Green, Tlp::Clear}), Tlp::Green);
    QCOMPARE(TlpPolicy::minimumMarking({Tlp::Green, Tlp::AmberStrict, Tlp::Amber}), Tlp::AmberStrict);
    QCOMPARE(TlpPolicy::minimumMarking({Tlp::Red, Tlp::Clear}), Tlp::Red);
}

void TestTlpPolicy::checkMarkingCovers_refusesWeakerMarking()
{
    TlpPolicy::checkMarkingCovers(Tlp::Amber, {Tlp::Green, Tlp::Amber}, QStringLiteral("b"));
    TlpPolicy::checkMarkingCovers(Tlp::Red, {Tlp::Green}, QStringLiteral("b"));
    QVERIFY_THROWS_EXCEPTION(Error, TlpPolicy::checkMarkingCovers(Tlp::Green, {Tlp::Amber}, QStringLiteral("b")));
    QVERIFY_THROWS_EXCEPTION(Error, TlpPolicy::checkMarkingCovers(Tlp::Amber, {Tlp::AmberStrict}, QStringLiteral("b")));
}

void TestTlpPolicy::parseTlp_acceptsSpellings()
{
    QCOMPARE(parseTlp(u"TLP:AMBER+STRICT"), Tlp::AmberStrict);
    QCOMPARE(parseTlp(u"amber+strict"), Tlp::AmberStrict);
    QCOMPARE(parseTlp(u" tlp:red "), Tlp::Red);
    QCOMPARE(parseTlp(u"white"), Tlp::Clear);
    QCOMPARE(parseTlp(u"TLP:CLEAR"), Tlp::Clear);
    QVERIFY(!parseTlp(u"purple"));
    QCOMPARE(tlpMarking(Tlp::AmberStrict), QStringLiteral("TLP:AMBER+STRICT"));
}

void TestTlpPolicy::stixMarkings_roundTrip()
{
    QSet<QString> ids;
    for (Tlp t : tlpLevels().values()) {
        const QString id = tlpStixMarkingId(t);
        ids.insert(id);
        QCOMPARE(tlpFromStixMarkingId(id), t);
        const QJsonObject def = tlpStixMarkingDefinition(t);
        QCOMPARE(def.value(QLatin1String("id")).toString(), id);
        QCOMPARE(tlpFromStixMarkingDefinition(def), t);
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(tlpStixMarkingId(Tlp::Red), QStringLiteral("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"));
}

void TestTlpPolicy::stixMarkings_readTlp1()
{
    QCOMPARE(tlpFromStixMarkingId(QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")),
             Tlp::Clear);
    QCOMPARE(tlpFromStixMarkingId(QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed")),
             Tlp::Red);
    const QJsonObject v20{
        {QStringLiteral("type"), QStringLiteral("marking-definition")},
        {QStringLiteral("id"), QStringLiteral("marking-definition--00000000-0000-4000-8000-000000000001")},
        {QStringLiteral("definition_type"), QStringLiteral("tlp")},
        {QStringLiteral("definition"), QJsonObject{{QStringLiteral("tlp"), QStringLiteral("amber")}}}};
    QCOMPARE(tlpFromStixMarkingDefinition(v20), Tlp::Amber);
}

QTEST_GUILESS_MAIN(TestTlpPolicy)
#include "tst_tlppolicy.moc"
