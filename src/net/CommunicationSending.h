#pragma once

#include "core/Communication.h"
#include "core/Timeline.h"
#include "net/EmlWriter.h"
#include "net/WebhookSender.h"

#include <QCoreApplication>

namespace muster::storage {
class Database;
}

namespace muster::net {

// The three ways a communication leaves Muster, shared by the GUI and musterctl. Each
// checks the approval gate first (storage::CommunicationService::checkSendable), then
// sends, then records the send with the exact text (markSent). When sending fails,
// nothing is recorded and the error says why.
class CommunicationSending
{
    Q_DECLARE_TR_FUNCTIONS(muster::net::CommunicationSending)

public:
    // The e-mail for a communication, from the acting person (or the organisation).
    static EmlWriter::Message emailMessage(const storage::Database& db, const core::Communication& communication,
                                           const core::Actor& sender, qint64 now);
    static core::Communication exportEmail(storage::Database& db, const QString& communication, const QString& path,
                                           const core::Actor& actor);
    // Recorded as sent outside Muster (a regulator's portal, a phone call), with a note.
    static core::Communication recordManual(storage::Database& db, const QString& communication, const QString& note,
                                            const core::Actor& actor);

    // The webhook configured in Settings, or `urlOverride`.
    struct WebhookTarget
    {
        QUrl url;
        WebhookSender::Options options;
    };
    static WebhookTarget webhookTarget(const storage::Database& db, const QString& urlOverride = QString());
    static QString webhookVia(const WebhookTarget& target);
    // Blocking (musterctl): check, post with retries, record. Throws core::Error(Io) on failure.
    static core::Communication sendWebhookAndWait(storage::Database& db, const QString& communication,
                                                  const core::Actor& actor, const QString& urlOverride = QString());
};

} // namespace muster::net
