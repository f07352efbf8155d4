#include "IntelFixtures.h"
#include "core/Error.h"
#include "core/StixBundle.h"
#include "net/TaxiiClient.h"
#include "storage/IntelImportService.h"
#include "storage/Sql.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace muster;
using net::TaxiiClient;

namespace {

const QString kCollection = QStringLiteral("91a7b528-80eb-42ed-a74d-c6fbd5a26116");
const QString kFlaky = QStringLiteral("52892447-4d7e-4f70-b94d-d7f22742ff63");
const QString kDead = QStringLiteral("64993447-4d7e-4f70-b94d-d7f22742ff00");

// A TAXII 2.1 server on loopback, written for the test: discovery, one API root, three
// collections (all the objects of a STIX fixture; the same but the connection drops
// once in the middle of page 2; one that always drops), HTTP Basic authentication.
class TaxiiServer
{
public:
    QList<QJsonObject> objects;
    int pageSize = 3;
    int drops = 0;          // how many responses were cut off
    int flakyPage2Hits = 0; // requests for page 2 of the flaky collection
    QStringList requests;

    TaxiiServer()
    {
        const QByteArray fixture =
            test::readFile(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")));
        for (const auto& o : QJsonDocument::fromJson(fixture).object().value(QLatin1String("objects")).toArray()) {
            objects.append(o.toObject());
        }
        m_server.route(QStringLiteral("/taxii2/"), [this](const QHttpServerRequest& req, QHttpServerResponder&& r) {
            if (authorised(req, r)) {
                const QString root = apiRoot().toString();
                send(r, {{QStringLiteral("title"), QStringLiteral("Muster test TAXII")},
                         {QStringLiteral("default"), root},
                         {QStringLiteral("api_roots"), QJsonArray{root}}});
            }
        });
        m_server.route(QStringLiteral("/api1/collections/"), [this](const QHttpServerRequest& req,
                                                                    QHttpServerResponder&& r) {
            if (authorised(req, r)) {
                QJsonArray list;
                for (const QString& id : {kCollection, kFlaky, kDead}) {
                    list.append(QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("title"), QStringLiteral("Collection %1").arg(id.left(4))},
                                            {QStringLiteral("can_read"), true},
                                            {QStringLiteral("can_write"), false}});
                }
                send(r, {{QStringLiteral("collections"), list}});
            }
        });
        m_server.route(QStringLiteral("/api1/collections/<arg>/objects/"),
                       [this](const QString& id, const QHttpServerRequest& req, QHttpServerResponder&& r) {
                           if (authorised(req, r)) {
                               page(id, req, std::move(r));
                           }
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl apiRoot() const { return QUrl(QString(base() + QStringLiteral("/api1/"))); }
    bool listening() const { return m_port != 0; }

private:
    static bool authorised(const QHttpServerRequest& req, QHttpServerResponder& r)
    {
        if (req.value("Authorization") == "Basic " + QByteArray("hunter:correct horse").toBase64()) {
            return true;
        }
        r.write(QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Unauthorized")}}),
                {{"WWW-Authenticate", "Basic realm=\"taxii\""}}, QHttpServerResponder::StatusCode::Unauthorized);
        return false;
    }

    void send(QHttpServerResponder& r, const QJsonObject& body)
    {
        r.write(QJsonDocument(body), {{"Content-Type", "application/taxii+json;version=2.1"}});
    }

    void page(const QString& id, const QHttpServerRequest& req, QHttpServerResponder&& r)
    {
        requests.append(req.url().query());
        const QUrlQuery query(req.url());
        const int start = query.queryItemValue(QStringLiteral("next")).toInt();
        const int limit = std::min(pageSize, query.queryItemValue(QStringLiteral("limit")).toInt());
        QJsonArray chunk;
        for (int i = start; i < std::min<int>(start + limit, int(objects.size())); ++i) {
            chunk.append(objects.at(i));
        }
        QJsonObject body{{QStringLiteral("objects"), chunk}};
        const bool more = start + limit < objects.size();
        body.insert(QStringLiteral("more"), more);
        if (more) {
            body.insert(QStringLiteral("next"), QString::number(start + limit));
        }
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const bool secondPage = start == pageSize;
        const bool drop = id == kDead || (id == kFlaky && secondPage && ++flakyPage2Hits == 1);
        if (!drop) {
            r.write(bytes, {{"Content-Type", "application/taxii+json;version=2.1"},
                            {"X-TAXII-Date-Added-Last", "2024-01-01T00:00:00.000Z"}});
            return;
        }
        // Promise the whole page, send half of it, hang up.
        ++drops;
        r.writeStatusLine();
        r.writeHeader("Content-Type", "application/taxii+json;version=2.1");
        r.writeHeader("Content-Length", QByteArray::number(bytes.size()));
        r.writeBody(bytes.left(bytes.size() / 2));
        r.socket()->flush();
        r.socket()->abort();
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

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
