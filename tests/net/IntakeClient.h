#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace muster::test {

// A blocking HTTP client for tests of the intake server, over real loopback sockets.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QString error;
};

class IntakeClient
{
public:
    explicit IntakeClient(QString baseUrl)
        : m_base(std::move(baseUrl))
    {}

    HttpResult post(const QString& path, const QByteArray& body, const QString& token = QString(),
                    const QByteArray& contentType = QByteArrayLiteral("application/json"))
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (!contentType.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        if (!token.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
        }
        return wait(m_nam.post(request, body));
    }

    HttpResult get(const QString& path) { return wait(m_nam.get(QNetworkRequest(QUrl(m_base + path)))); }

    QNetworkAccessManager& nam() { return m_nam; }

    static HttpResult wait(QNetworkReply* reply, int timeoutMs = 20'000)
    {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished()) {
            loop.exec();
        }
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        r.error = reply->isFinished() ? reply->errorString() : QStringLiteral("timed out");
        reply->deleteLater();
        return r;
    }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

} // namespace muster::test
