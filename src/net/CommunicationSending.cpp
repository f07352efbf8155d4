#include "net/CommunicationSending.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WorkflowSettings.h"

#include <QFileInfo>

namespace muster::net {

EmlWriter::Message CommunicationSending::emailMessage(const storage::Database& db, const core::Communication& c,
                                                      const core::Actor& sender, qint64 now)
{
    EmlWriter::Message m;
    m.subject = c.subject;
    m.body = c.body;
    m.date = now;
    m.to = EmlWriter::parseAddresses(c.recipients);
    const auto person = storage::PeopleRepository(db).find(sender.personId);
    m.fromName = person ? person->name : storage::SettingsRepository(db).value(QStringLiteral("organisation.name"));
    m.fromAddress = person && !person->email.isEmpty() ? person->email : QStringLiteral("incident-response@invalid");
    return m;
}

core::Communication CommunicationSending::exportEmail(storage::Database& db, const QString& ref, const QString& path,
                                                      const core::Actor& actor)
{
    storage::CommunicationService service(db);
    const core::Communication c = service.checkSendable(ref);
    EmlWriter::write(path, emailMessage(db, c, actor, core::SystemClock::instance().nowMs()));
    const QString to = c.recipients.trimmed().isEmpty() ? tr("no recipients yet") : c.recipients.trimmed();
    return service.markSent(c.id, c.version, tr("e-mail file %1 (to: %2)").arg(QFileInfo(path).fileName(), to), actor);
}

core::Communication CommunicationSending::recordManual(storage::Database& db, const QString& ref, const QString& note,
                                                       const core::Actor& actor)
{
    if (note.trimmed().isEmpty()) {
        throw core::Error(core::Error::Kind::BadInput,
                          tr("How: say how it was sent (for example: the regulator's online portal)."));
    }
    storage::CommunicationService service(db);
    const core::Communication c = service.checkSendable(ref);
    return service.markSent(c.id, c.version, note.trimmed(), actor);
}

CommunicationSending::WebhookTarget CommunicationSending::webhookTarget(const storage::Database& db,
                                                                        const QString& urlOverride)
{
    const auto w = storage::WorkflowSettings(db).webhook();
    WebhookTarget t;
    t.url = QUrl(urlOverride.isEmpty() ? w.url : urlOverride, QUrl::StrictMode);
    t.options.name = urlOverride.isEmpty() ? w.name : t.url.host();
    t.options.timeoutMs = w.timeoutSeconds * 1000;
    t.options.retries = w.retries;
    return t;
}

QString CommunicationSending::webhookVia(const WebhookTarget& target)
{
    return tr("webhook \"%1\"").arg(target.options.name);
}

core::Communication CommunicationSending::sendWebhookAndWait(storage::Database& db, const QString& ref,
                                                             const core::Actor& actor, const QString& urlOverride)
{
    storage::CommunicationService service(db);
    const core::Communication c = service.checkSendable(ref);
    const WebhookTarget target = webhookTarget(db, urlOverride);
    if (target.url.isEmpty()) {
        throw core::Error(core::Error::Kind::BadInput,
                          tr("No webhook is set up; add one in Settings or give its address."));
    }
    const auto result =
        WebhookSender::sendAndWait(target.url, WebhookSender::payload(c.subject, c.body), target.options);
    if (!result.ok) {
        throw core::Error(core::Error::Kind::Io, result.error);
    }
    return service.markSent(c.id, c.version, webhookVia(target), actor);
}

} // namespace muster::net
