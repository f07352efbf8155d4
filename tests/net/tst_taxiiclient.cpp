#include "IntelFixtures.h"
#include "TaxiiTestServer.h"
#include "core/Error.h"
#include "core/StixBundle.h"
#include "net/TaxiiClient.h"
#include "storage/IntelImportService.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;
using net::TaxiiClient;

namespace {

using test::kCollection;
using test::kDead;
using test::kFlaky;
using test::TaxiiServer;

TaxiiClient::Options credentials()
{
    TaxiiClient::Options o;
    o.username = QStringLiteral("hunter");
    o.password = QStringLiteral("correct horse");
    o.pageSize = 3;
    o.retryDelayMs = 10;
    o.timeoutMs = 5000;
    return o;
}

} // namespace

class TestTaxiiClient : public QObject
{
    Q_OBJECT

private slots:
    void discovery_andCollections();
    void objects_pagesWithNext();
    void objects_importedInOneTransaction();
    void authFailure_refusedWithMessage();
    void droppedConnection_resumesFromThePage();
    void droppedConnection_failsCleanly_nothingImported();
    void credentials_neverOverPlainHttpToOtherHosts();
};

void TestTaxiiClient::discovery_andCollections()
{
    TaxiiServer server;
    QVERIFY(server.listening());
    TaxiiClient client(credentials());
    const auto d = client.discover(QUrl(server.base()));
    QCOMPARE(d.title, QStringLiteral("Muster test TAXII"));
    QCOMPARE(d.defaultApiRoot, server.apiRoot());
    QCOMPARE(d.apiRoots.size(), 1);
    const auto collections = client.collections(d.defaultApiRoot);
    QCOMPARE(collections.size(), 3);
    QCOMPARE(collections.first().id, kCollection);
    QVERIFY(collections.first().canRead);
    QVERIFY(!collections.first().canWrite);
}

void TestTaxiiClient::objects_pagesWithNext()
{
    TaxiiServer server;
    TaxiiClient client(credentials());
    QList<int> progress;
    const auto download = client.objects(server.apiRoot(), kCollection, QString(), [&](int objects, int) {
        progress.append(objects);
        return true;
    });
    QCOMPARE(download.objects.size(), server.objects.size());
    const int pages = int((server.objects.size() + 2) / 3);
    QCOMPARE(download.pages, pages);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.last(), int(server.objects.size()));
    QCOMPARE(download.retries, 0);
    QCOMPARE(download.dateAddedLast, QStringLiteral("2024-01-01T00:00:00.000Z"));
    QCOMPARE(server.requests.first(), QStringLiteral("limit=3"));
    QCOMPARE(server.requests.at(1), QStringLiteral("limit=3&next=3"));
    for (qsizetype i = 0; i < download.objects.size(); ++i) {
        QCOMPARE(download.objects.at(i), server.objects.at(i));
    }
}

void TestTaxiiClient::objects_importedInOneTransaction()
{
    TaxiiServer server;
    TaxiiClient client(credentials());
    const auto download = client.objects(server.apiRoot(), kCollection);
    test::TempDatabase t;
    const auto bundle = core::StixBundle::fromObjects(download.objects, QStringLiteral("TAXII collection"));
    const auto report = storage::IntelImportService(t.db()).importBundle(bundle, {}, core::Actor::system());
    QCOMPARE(report.added, 8);
    QCOMPARE(report.kept.value(QStringLiteral("campaign")), 1);
}

void TestTaxiiClient::authFailure_refusedWithMessage()
{
    TaxiiServer server;
    auto options = credentials();
    options.password = QStringLiteral("wrong");
    TaxiiClient client(options);
    try {
        client.collections(server.apiRoot());
        QFAIL("wrong credentials accepted");
    } catch (const core::Error& e) {
        QCOMPARE(e.kind(), core::Error::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("HTTP 401")), qPrintable(e.message()));
    }
    options.username.clear();
    TaxiiClient anonymous(options);
    QVERIFY_THROWS_EXCEPTION(core::Error, anonymous.discover(QUrl(server.base())));
}

void TestTaxiiClient::droppedConnection_resumesFromThePage()
{
    TaxiiServer server;
    TaxiiClient client(credentials());
    const auto download = client.objects(server.apiRoot(), kFlaky);
    QCOMPARE(server.drops, 1);
    QCOMPARE(download.retries, 1);
    QCOMPARE(download.objects.size(), server.objects.size());
    // The retry asked for page 2 again, not for the collection from the start.
    QCOMPARE(server.requests.count(QStringLiteral("limit=3")), 1);
    QCOMPARE(server.requests.count(QStringLiteral("limit=3&next=3")), 2);
}

void TestTaxiiClient::droppedConnection_failsCleanly_nothingImported()
{
    TaxiiServer server;
    TaxiiClient client(credentials());
    test::TempDatabase t;
    try {
        const auto download = client.objects(server.apiRoot(), kDead);
        storage::IntelImportService(t.db()).importBundle(
            core::StixBundle::fromObjects(download.objects, QStringLiteral("x")), {}, core::Actor::system());
        QFAIL("a dead collection downloaded");
    } catch (const core::Error& e) {
        QCOMPARE(e.kind(), core::Error::Kind::Io);
        QVERIFY2(e.message().contains(QLatin1String("after 3 attempts")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("Nothing was imported")), qPrintable(e.message()));
    }
    QCOMPARE(server.drops, 3);
    QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM intel_items")).scalar().toInt(),
             0);
}

void TestTaxiiClient::credentials_neverOverPlainHttpToOtherHosts()
{
    TaxiiClient client(credentials());
    try {
        client.discover(QUrl(QStringLiteral("http://taxii.example.org/")));
        QFAIL("credentials sent over plain HTTP");
    } catch (const core::Error& e) {
        QCOMPARE(e.kind(), core::Error::Kind::Refused);
        QVERIFY(e.message().contains(QLatin1String("https://")));
    }
    QVERIFY_THROWS_EXCEPTION(core::Error, client.discover(QUrl(QStringLiteral("ftp://taxii.example.org/"))));
}

QTEST_GUILESS_MAIN(TestTaxiiClient)
#include "tst_taxiiclient.moc"
