#include "net/TaxiiClient.h"

#include "core/Error.h"
#include "net/UserAgent.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace muster::net {

using core::Error;

namespace {

const QByteArray kMediaType = "application/taxii+json;version=2.1";

QUrl withSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

TaxiiClient::TaxiiClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{}

TaxiiClient::~TaxiiClient() = default;

void TaxiiClient::checkTransport(const QUrl& url) const
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        throw Error(Error::Kind::BadInput, tr("%1 is not an http or https URL.").arg(url.toDisplayString()));
    }
    if (url.scheme() == QLatin1String("http") && !m_options.username.isEmpty() && !isLoopback(url)) {
        throw Error(Error::Kind::Refused,
                    tr("TAXII: refusing to send credentials to %1 over unencrypted HTTP; use an https:// URL.")
                        .arg(url.host()));
    }
}

QNetworkRequest TaxiiClient::request(const QUrl& url) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", kMediaType);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setTransferTimeout(m_options.timeoutMs);
    if (!m_options.username.isEmpty()) {
        r.setRawHeader("Authorization",
                       "Basic " +
                           QString(m_options.username + QLatin1Char(':') + m_options.password).toUtf8().toBase64());
    }
    if (url.scheme() == QLatin1String("https") && !m_options.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.caCertificates);
        r.setSslConfiguration(ssl);
    }
    return r;
}

TaxiiClient::Response TaxiiClient::getOnce(const QUrl& url, const QString& what, QString* networkError)
{
    QNetworkReply* reply = m_manager->get(request(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        throw Error(Error::Kind::Refused, tr("%1: the TAXII server refused the credentials (HTTP %2). Check the user "
                                             "name and password, and that the account may read it.")
                                              .arg(what)
                                              .arg(status));
    }
    if (status == 404) {
        throw Error(Error::Kind::BadInput, tr("%1: the TAXII server has nothing at %2 (HTTP 404).")
                                               .arg(what, url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (reply->error() != QNetworkReply::NoError && status < 400) {
        *networkError = reply->errorString();
        return {};
    }
    if (status >= 400) {
        throw Error(Error::Kind::Io, tr("%1: the TAXII server answered HTTP %2 %3.")
                                         .arg(what)
                                         .arg(status)
                                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    }
    const QByteArray body = reply->readAll();
    // A connection cut mid-body is not always reported as an error (it depends on when
    // the hang-up arrives): a body shorter than its promised length is a failed try.
    // (A compressed body's length is that of the compressed bytes: not comparable.)
    const QVariant promised = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool identity = encoding.isEmpty() || encoding == "identity";
    if (identity && promised.isValid() && body.size() < promised.toLongLong()) {
        *networkError = tr("the connection closed after %1 of %2 bytes").arg(body.size()).arg(promised.toLongLong());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw Error(Error::Kind::BadInput,
                    tr("%1: the TAXII server's answer is not a JSON object (%2).").arg(what, error.errorString()));
    }
    return {doc.object(), reply->rawHeader("X-TAXII-Date-Added-Last")};
}

TaxiiClient::Response TaxiiClient::get(const QUrl& url, const QString& what)
{
    checkTransport(url);
    QString lastError;
    for (int attempt = 1; attempt <= std::max(1, m_options.attempts); ++attempt) {
        if (attempt > 1) {
            ++m_retries;
            QEventLoop wait;
            QTimer::singleShot(m_options.retryDelayMs * (attempt - 1), &wait, &QEventLoop::quit);
            wait.exec();
        }
        QString networkError;
        Response r = getOnce(url, what, &networkError);
        if (networkError.isEmpty()) {
            return r;
        }
        lastError = networkError;
    }
    throw Error(Error::Kind::Io, tr("%1: the download from %2 failed after %3 attempts (%4). Nothing was imported.")
                                     .arg(what, url.host())
                                     .arg(std::max(1, m_options.attempts))
                                     .arg(lastError));
}

TaxiiClient::Discovery TaxiiClient::discover(const QUrl& server)
{
    QUrl url = withSlash(server);
    if (!url.path().endsWith(QLatin1String("/taxii2/"))) {
        url.setPath(url.path() + QStringLiteral("taxii2/"));
    }
    const QJsonObject o = get(url, tr("TAXII discovery at %1").arg(url.host())).body;
    Discovery d;
    d.title = o.value(QLatin1String("title")).toString();
    d.defaultApiRoot = url.resolved(QUrl(o.value(QLatin1String("default")).toString()));
    for (const auto& root : o.value(QLatin1String("api_roots")).toArray()) {
        d.apiRoots.append(url.resolved(QUrl(root.toString())));
    }
    if (o.value(QLatin1String("default")).toString().isEmpty()) {
        d.defaultApiRoot = d.apiRoots.isEmpty() ? QUrl() : d.apiRoots.first();
    }
    return d;
}

QList<TaxiiClient::Collection> TaxiiClient::collections(const QUrl& apiRoot)
{
    const QUrl url = withSlash(apiRoot).resolved(QUrl(QStringLiteral("collections/")));
    const QJsonObject o = get(url, tr("TAXII collections at %1").arg(url.host())).body;
    QList<Collection> out;
    for (const auto& v : o.value(QLatin1String("collections")).toArray()) {
        const QJsonObject c = v.toObject();
        out.append({c.value(QLatin1String("id")).toString(), c.value(QLatin1String("title")).toString(),
                    c.value(QLatin1String("description")).toString(), c.value(QLatin1String("can_read")).toBool(),
                    c.value(QLatin1String("can_write")).toBool()});
    }
    return out;
}

QUrl TaxiiClient::objectsUrl(const QUrl& apiRoot, const QString& collectionId)
{
    return withSlash(apiRoot).resolved(
        QUrl(QStringLiteral("collections/%1/objects/").arg(QString::fromUtf8(QUrl::toPercentEncoding(collectionId)))));
}

TaxiiClient::Download TaxiiClient::objects(const QUrl& apiRoot, const QString& collectionId, const QString& addedAfter,
                                           const std::function<bool(int, int)>& progress)
{
    Download download;
    m_retries = 0;
    QString next;
    QString after = addedAfter;
    const QUrl base = objectsUrl(apiRoot, collectionId);
    for (;;) {
        QUrl url = base;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        if (!next.isEmpty()) {
            query.addQueryItem(QStringLiteral("next"), next);
        } else if (!after.isEmpty()) {
            query.addQueryItem(QStringLiteral("added_after"), after);
        }
        url.setQuery(query);
        const QString what = tr("TAXII collection %1, page %2").arg(collectionId).arg(download.pages + 1);
        const Response r = get(url, what);
        const QJsonValue objects = r.body.value(QLatin1String("objects"));
        if (!objects.isUndefined() && !objects.isArray()) {
            throw Error(Error::Kind::BadInput, tr("%1: $.objects is not an array.").arg(what));
        }
        for (const auto& o : objects.toArray()) {
            download.objects.append(o.toObject());
        }
        ++download.pages;
        if (!r.dateAddedLast.isEmpty()) {
            download.dateAddedLast = QString::fromLatin1(r.dateAddedLast);
        }
        if (progress && !progress(int(download.objects.size()), download.pages)) {
            throw Error(Error::Kind::Io, tr("TAXII download cancelled; nothing was imported."));
        }
        if (!r.body.value(QLatin1String("more")).toBool()) {
            break;
        }
        const QString newNext = r.body.value(QLatin1String("next")).toString();
        if (!newNext.isEmpty()) {
            next = newNext;
        } else if (!r.dateAddedLast.isEmpty() && QString::fromLatin1(r.dateAddedLast) != after) {
            next.clear();
            after = QString::fromLatin1(r.dateAddedLast);
        } else {
            throw Error(Error::Kind::BadInput,
                        tr("%1: the server says there is more but gives no way to ask for it.").arg(what));
        }
        if (download.pages > 100'000) {
            throw Error(Error::Kind::BadInput, tr("%1: the server keeps paging; giving up.").arg(what));
        }
    }
    download.retries = m_retries;
    return download;
}

} // namespace muster::net
