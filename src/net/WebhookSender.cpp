#include "net/WebhookSender.h"

#include "net/UserAgent.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace muster::net {

WebhookSender::WebhookSender(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WebhookSender::onTimeout);
}

WebhookSender::~WebhookSender()
{
    if (m_reply) {
        m_reply->abort();
    }
}

QByteArray WebhookSender::payload(const QString& subject, const QString& body)
{
    // Bold subject line in Slack and Mattermost markdown; Teams renders it as text.
    const QString text = subject.isEmpty() ? body : QStringLiteral("*%1*\n\n%2").arg(subject, body);
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
}

void WebhookSender::send(const QUrl& url, const QByteArray& json, const Options& options)
{
    Q_ASSERT(!m_busy);
    m_url = url;
    m_json = json;
    m_options = options;
    m_attempt = 0;
    m_lastStatus = 0;
    m_busy = true;
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        QTimer::singleShot(0, this, [this] {
            finish(Result{
                false, 0, 0,
                tr("The webhook \"%1\" has no valid http or https address; set it in Settings.").arg(m_options.name)});
        });
        return;
    }
    attempt();
}

void WebhookSender::attempt()
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->post(request, m_json);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookSender::onReplyFinished);
    m_timer->start(m_options.timeoutMs);
}

void WebhookSender::onTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort(); // finishes the reply with OperationCanceledError
    }
}

void WebhookSender::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    if (m_timedOut) {
        fail(tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0, 0, 'g', 3), true);
        return;
    }
    if (status >= 200 && status < 300) {
        finish(Result{true, m_attempt, status, QString()});
        return;
    }
    if (status > 0) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QByteArray body = reply->readAll().left(200).trimmed();
        QString reason = tr("the server answered HTTP %1 %2").arg(status).arg(phrase).trimmed();
        if (!body.isEmpty()) {
            reason = tr("%1 (\"%2\")").arg(reason, QString::fromUtf8(body).simplified());
        }
        fail(reason, status == 429 || status >= 500);
        return;
    }
    fail(reply->errorString(), reply->error() != QNetworkReply::OperationCanceledError);
}

void WebhookSender::fail(const QString& reason, bool retryable)
{
    if (retryable && m_attempt <= m_options.retries && m_busy) {
        emit retrying(m_attempt + 1, reason);
        const int delay = m_options.retryDelayMs * (1 << std::min(m_attempt - 1, 6));
        QTimer::singleShot(delay, this, [this] {
            if (m_busy) {
                attempt();
            }
        });
        return;
    }
    finish(Result{false, m_attempt, m_lastStatus,
                  m_attempt > 1 ? tr("Sending to the webhook \"%1\" failed after %2 attempts: %3.")
                                      .arg(m_options.name)
                                      .arg(m_attempt)
                                      .arg(reason)
                                : tr("Sending to the webhook \"%1\" failed: %2.").arg(m_options.name, reason)});
}

void WebhookSender::cancel()
{
    if (!m_busy) {
        return;
    }
    m_busy = false;
    m_timer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    emit finished(Result{false, m_attempt, m_lastStatus,
                         tr("Sending was cancelled; the message may or may not "
                            "have arrived.")});
}

void WebhookSender::finish(Result result)
{
    m_busy = false;
    emit finished(result);
}

WebhookSender::Result WebhookSender::sendAndWait(const QUrl& url, const QByteArray& json, const Options& options)
{
    WebhookSender sender;
    QEventLoop loop;
    Result result;
    connect(&sender, &WebhookSender::finished, &loop, [&](const Result& r) {
        result = r;
        loop.quit();
    });
    sender.send(url, json, options);
    if (sender.isBusy()) {
        loop.exec();
    } else {
        result.error = tr("Sending did not start.");
    }
    return result;
}

} // namespace muster::net
