#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace muster::net {

// Posts a message to a chat incoming webhook: the JSON {"text": ...} that Slack,
// Mattermost and Microsoft Teams (Office 365 connector) incoming webhooks accept.
// Each attempt has a timeout; timeouts, connection failures, HTTP 429 and 5xx are
// retried with a growing pause; other answers are final. The result says what went
// wrong in words a user can act on.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    struct Options
    {
        QString name;             // how the user knows the webhook ("Incident channel")
        int timeoutMs = 10'000;   // per attempt
        int retries = 2;          // attempts after the first
        int retryDelayMs = 1'000; // doubled after each attempt
    };

    struct Result
    {
        bool ok = false;
        int attempts = 0;
        int httpStatus = 0; // of the last answer, 0 when none came
        QString error;      // for the user, empty when ok
    };

    explicit WebhookSender(QObject* parent = nullptr);
    ~WebhookSender() override;

    static QByteArray payload(const QString& subject, const QString& body);

    // Starts sending; emits finished() once. One send at a time per sender.
    void send(const QUrl& url, const QByteArray& json, const Options& options);
    bool isBusy() const { return m_busy; }
    void cancel();

    // Sends and waits in a local event loop (for musterctl, which has no window).
    static Result sendAndWait(const QUrl& url, const QByteArray& json, const Options& options);

signals:
    void finished(const muster::net::WebhookSender::Result& result);
    // Before a retry: attempt number (2, 3, ...) and why the last one failed.
    void retrying(int attempt, const QString& reason);

private:
    void attempt();
    void onReplyFinished();
    void onTimeout();
    void fail(const QString& reason, bool retryable);
    void finish(Result result);

    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QByteArray m_json;
    Options m_options;
    int m_attempt = 0;
    int m_lastStatus = 0;
    bool m_timedOut = false;
    bool m_busy = false;
};

} // namespace muster::net
