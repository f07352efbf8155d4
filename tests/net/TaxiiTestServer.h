#pragma once

#include "IntelFixtures.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace muster::test {

inline const QString kCollection = QStringLiteral("91a7b528-80eb-42ed-a74d-c6fbd5a26116");
inline const QString kFlaky = QStringLiteral("52892447-4d7e-4f70-b94d-d7f22742ff63");
inline const QString kDead = QStringLiteral("64993447-4d7e-4f70-b94d-d7f22742ff00");

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

} // namespace muster::test
