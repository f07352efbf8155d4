#include "core/Error.h"
#include "core/Observable.h"

#include <QTest>

using namespace muster::core;

class TestObservable : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void refused_data();
    void refused();
    void ranges_matchAddressesInside();
    void guessKind();
    void stixComparison_escapes();
};

void TestObservable::normalise_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << "ipv4"
                          << " 10.0.0.1 "
                          << "10.0.0.1";
    QTest::newRow("ipv4 defanged") << "ipv4"
                                   << "10[.]0[.]0[.]1"
                                   << "10.0.0.1";
    QTest::newRow("ipv6 compressed") << "ipv6"
                                     << "2001:DB8:0:0:0:0:0:1"
                                     << "2001:db8::1";
    QTest::newRow("ipv6 longest run") << "ipv6"
                                      << "2001:0:0:1:0:0:0:1"
                                      << "2001:0:0:1::1";
    QTest::newRow("ipv6 v4 tail") << "ipv6"
                                  << "::ffff:192.0.2.1"
                                  << "::ffff:c000:201";
    QTest::newRow("ipv6 loopback") << "ipv6"
                                   << "::1"
                                   << "::1";
    QTest::newRow("domain") << "domain"
                            << "Login-Example[.]COM."
                            << "login-example.com";
    QTest::newRow("idn") << "domain"
                         << "bücher.example"
                         << "xn--bcher-kva.example";
    QTest::newRow("url") << "url"
                         << "hxxps://Evil.Example/a/../b?q=1"
                         << "https://evil.example/b?q=1";
    QTest::newRow("md5") << "hash"
                         << "001DD76872D80801692FF942308C64E6"
                         << "001dd76872d80801692ff942308c64e6";
    QTest::newRow("email") << "email"
                           << "Billing@Example.ORG"
                           << "billing@example.org";
    QTest::newRow("email defanged") << "email"
                                    << "ceo[at]example[.]org"
                                    << "ceo@example.org";
}

void TestObservable::normalise()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Observable o = Observable::parse(*observableKinds().fromKey(kind), input);
    QCOMPARE(o.value, expected);
}

void TestObservable::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::newRow("ipv4 octet") << "ipv4"
                                << "10.0.0.256";
    QTest::newRow("ipv4 leading zero") << "ipv4"
                                       << "10.0.0.01";
    QTest::newRow("ipv4 range not allowed") << "ipv4"
                                            << "10.0.0.0/8";
    QTest::newRow("ipv6 two gaps") << "ipv6"
                                   << "1::2::3";
    QTest::newRow("ipv6 too long") << "ipv6"
                                   << "1:2:3:4:5:6:7:8:9";
    QTest::newRow("domain with space") << "domain"
                                       << "domain autuo.xicp.net";
    QTest::newRow("domain single label") << "domain"
                                         << "localhost";
    QTest::newRow("domain is ip") << "domain"
                                  << "10.0.0.1";
    QTest::newRow("url no scheme") << "url"
                                   << "evil.example/x";
    QTest::newRow("hash length") << "hash"
                                 << "abc123";
    QTest::newRow("hash not hex") << "hash"
                                  << "zz1dd76872d80801692ff942308c64e6";
    QTest::newRow("email no domain") << "email"
                                     << "billing@";
    QTest::newRow("empty") << "ipv4"
                           << "  ";
}

void TestObservable::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    const ObservableKind k = *observableKinds().fromKey(kind);
    try {
        Observable::parse(k, input);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::BadInput);
        QVERIFY2(e.message().startsWith(observableKinds().label(k)), qPrintable(e.message()));
    }
}

void TestObservable::ranges_matchAddressesInside()
{
    const Observable range = Observable::parse(ObservableKind::Ipv4, QStringLiteral("223.166.7.9/15"), true);
    QCOMPARE(range.value, QStringLiteral("223.166.0.0/15"));
    QVERIFY(range.isRange());
    QVERIFY(range.matches(Observable::parse(ObservableKind::Ipv4, QStringLiteral("223.167.255.1"))));
    QVERIFY(!range.matches(Observable::parse(ObservableKind::Ipv4, QStringLiteral("223.168.0.1"))));
    QVERIFY(!range.matches(Observable::parse(ObservableKind::Ipv6, QStringLiteral("::1"))));

    const Observable v6 = Observable::parse(ObservableKind::Ipv6, QStringLiteral("2001:db8::/32"), true);
    QVERIFY(v6.matches(Observable::parse(ObservableKind::Ipv6, QStringLiteral("2001:db8:ffff::7"))));
    QVERIFY(!v6.matches(Observable::parse(ObservableKind::Ipv6, QStringLiteral("2001:db9::7"))));

    const Observable single = Observable::parse(ObservableKind::Domain, QStringLiteral("evil.example"));
    QVERIFY(single.matches(Observable::parse(ObservableKind::Domain, QStringLiteral("EVIL.example."))));
    QVERIFY(!single.matches(Observable::parse(ObservableKind::Domain, QStringLiteral("sub.evil.example"))));
}

void TestObservable::guessKind()
{
    QCOMPARE(Observable::guessKind(QStringLiteral("192.0.2.1")), ObservableKind::Ipv4);
    QCOMPARE(Observable::guessKind(QStringLiteral("fe80::1")), ObservableKind::Ipv6);
    QCOMPARE(Observable::guessKind(QStringLiteral("evil[.]example")), ObservableKind::Domain);
    QCOMPARE(Observable::guessKind(QStringLiteral("https://evil.example/x")), ObservableKind::Url);
    QCOMPARE(Observable::guessKind(QStringLiteral("a@b.example")), ObservableKind::Email);
    QCOMPARE(Observable::guessKind(QString(64, QLatin1Char('a'))), ObservableKind::FileHash);
    QVERIFY(!Observable::guessKind(QStringLiteral("not a value")));
}

void TestObservable::stixComparison_escapes()
{
    Observable o{ObservableKind::Url, QStringLiteral("https://x.example/it's")};
    QCOMPARE(o.stixComparison(), QStringLiteral("url:value = 'https://x.example/it\\'s'"));
    const Observable h = Observable::parse(ObservableKind::FileHash, QString(40, QLatin1Char('b')));
    QCOMPARE(h.stixComparison(), QStringLiteral("file:hashes.'SHA-1' = '%1'").arg(QString(40, QLatin1Char('b'))));
    const Observable r = Observable::parse(ObservableKind::Ipv4, QStringLiteral("10.0.0.0/8"), true);
    QCOMPARE(r.stixComparison(), QStringLiteral("ipv4-addr:value ISSUBSET '10.0.0.0/8'"));
}

QTEST_GUILESS_MAIN(TestObservable)
#include "tst_observable.moc"
