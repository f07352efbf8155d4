#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace muster::net {

// A TAXII 2.1 client (OASIS TAXII 2.1, HTTP Basic authentication): server discovery,
// the collections of an API root, and a collection's objects page by page (limit and
// `next`, or `added_after` for servers that page by date). Credentials go over HTTPS
// only (plain HTTP is allowed to loopback addresses, for tests and local relays). A
// page that fails on the way (a dropped connection, a timeout) is fetched again from
// where the download stood, a few times, before the download fails with nothing kept.
//
// Calls block while they run a local event loop, so run them off the GUI thread.
// They throw core::Error (Refused for credentials, Io for the network, BadInput for a
// malformed answer), with messages that name the server.
class TaxiiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxiiClient)

public:
    struct Options
    {
        QString username;
        QString password;
        QList<QSslCertificate> caCertificates; // added to the system's, for private CAs
        int timeoutMs = 30'000;
        int pageSize = 500;
        int attempts = 3; // per page
        int retryDelayMs = 500;
    };

    struct Discovery
    {
        QString title;
        QUrl defaultApiRoot;
        QList<QUrl> apiRoots;
    };

    struct Collection
    {
        QString id;
        QString title;
        QString description;
        bool canRead = false;
        bool canWrite = false;
    };

    struct Download
    {
        QList<QJsonObject> objects;
        int pages = 0;
        int retries = 0;       // pages fetched again after a failure
        QString dateAddedLast; // X-TAXII-Date-Added-Last of the last page, for the next added_after
    };

    explicit TaxiiClient(Options options, QObject* parent = nullptr);
    ~TaxiiClient() override;

    // `server` is the discovery URL (https://host/taxii2/) or the server's base URL.
    Discovery discover(const QUrl& server);
    QList<Collection> collections(const QUrl& apiRoot);
    // `progress(objects, pages)` may return false to cancel (throws Error(Io) "cancelled").
    Download objects(const QUrl& apiRoot, const QString& collectionId, const QString& addedAfter = QString(),
                     const std::function<bool(int, int)>& progress = {});

    // The collection's objects URL ({apiRoot}/collections/{id}/objects/).
    static QUrl objectsUrl(const QUrl& apiRoot, const QString& collectionId);

private:
    struct Response
    {
        QJsonObject body;
        QByteArray dateAddedLast;
    };
    Response get(const QUrl& url, const QString& what);
    Response getOnce(const QUrl& url, const QString& what, QString* networkError);
    QNetworkRequest request(const QUrl& url) const;
    void checkTransport(const QUrl& url) const;

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_retries = 0;
};

} // namespace muster::net
