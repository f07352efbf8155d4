#include "app/ctl/Command.h"
#include "app/ctl/WorkflowCli.h"
#include "core/ApprovalRules.h"
#include "core/DeadlineRules.h"
#include "core/Error.h"
#include "net/CommunicationSending.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::CommunicationCommands", text);
}

QCommandLineOption incidentOption()
{
    return QCommandLineOption(QStringLiteral("incident"), tr("The incident (reference or id)."), tr("REF"));
}

QString readBody(const QCommandLineParser& parser, const QCommandLineOption& body, const QCommandLineOption& bodyFile)
{
    if (parser.isSet(bodyFile)) {
        QFile f(parser.value(bodyFile));
        if (!f.open(QIODevice::ReadOnly)) {
            throw core::Error(core::Error::Kind::Io,
                              tr("%1: cannot read the file: %2").arg(f.fileName(), f.errorString()));
        }
        return QString::fromUtf8(f.readAll());
    }
    return parser.value(body);
}

QJsonObject toJson(const core::Communication& c, const QList<core::ApprovalRole>& missing)
{
    QJsonArray waiting;
    for (const auto r : missing) {
        waiting.append(core::approvalRoles().key(r));
    }
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("incident"), c.incidentReference},
                       {QStringLiteral("template"), c.templateId},
                       {QStringLiteral("audience"), core::audiences().key(c.audience)},
                       {QStringLiteral("channel"), core::channels().key(c.channel)},
                       {QStringLiteral("recipients"), c.recipients},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("body"), c.body},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("status"), core::communicationStatuses().key(c.status)},
                       {QStringLiteral("approvals_missing"), waiting},
                       {QStringLiteral("sent_at"), workflow::isoUtc(c.sentAt)},
                       {QStringLiteral("sent_via"), c.sentVia}};
}

void printCommunication(Context& ctx, const core::Communication& c, const QList<core::ApprovalRole>& missing)
{
    QString state = core::communicationStatuses().label(c.status);
    if (c.status != core::CommunicationStatus::Sent && !missing.isEmpty()) {
        state = tr("%1, needs %2").arg(state, core::ApprovalRules::describe(missing));
    }
    ctx.out << QStringLiteral("%1  %2  v%3  [%4]  %5: %6\n")
                   .arg(c.id.left(8), c.incidentReference)
                   .arg(c.version)
                   .arg(state, core::audiences().label(c.audience), c.subject);
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(incidentOption());
    ctx.parse(parser);
    if (!parser.isSet(incidentOption())) {
        throw UsageError{tr("--incident REF is required")};
    }
    auto db = ctx.openDatabase(parser);
    const auto incident = storage::IncidentService(*db).get(parser.value(incidentOption()));
    if (!storage::IncidentVisibility::maySee(*db, workflow::actor(parser, *db), incident)) {
        throw core::Error(core::Error::Kind::NotFound, tr("No incident %1.").arg(parser.value(incidentOption())));
    }
    storage::CommunicationService service(*db);
    const auto list = service.ofIncident(incident.id);
    const auto cadence = service.cadence(incident.id);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& c : list) {
            out.append(toJson(c, service.missingApprovals(c)));
        }
        ctx.printJson(out);
        return Ok;
    }
    for (const auto& c : list) {
        printCommunication(ctx, c, service.missingApprovals(c));
    }
    if (cadence.nextDue) {
        ctx.out << tr("Next status update due %1 (%2).\n")
                       .arg(core::DeadlineRules::formatUtc(*cadence.nextDue),
                            core::DeadlineRules::countdown(*cadence.nextDue, core::SystemClock::instance().nowMs()));
    }
    return Ok;
}

int draft(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(incidentOption());
    const QCommandLineOption templ(QStringLiteral("template"), tr("Start from template ID (see comms templates)."),
                                   tr("ID"));
    const QCommandLineOption audience(QStringLiteral("audience"), tr("Audience (when not from a template)."),
                                      tr("AUDIENCE"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("webhook, email or manual."), tr("CHANNEL"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject line."), tr("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Body text."), tr("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), tr("Read the body from FILE (UTF-8)."), tr("FILE"));
    const QCommandLineOption recipients(QStringLiteral("recipients"), tr("E-mail addresses, comma-separated."),
                                        tr("LIST"));
    for (const auto* o : {&templ, &audience, &channel, &subject, &body, &bodyFile, &recipients}) {
        parser.addOption(*o);
    }
    ctx.parse(parser);
    if (!parser.isSet(incidentOption())) {
        throw UsageError{tr("--incident REF is required")};
    }
    auto db = ctx.openDatabase(parser);
    const auto actor = workflow::actor(parser, *db);
    storage::CommunicationService service(*db);
    core::Communication c;
    if (parser.isSet(templ)) {
        c = service.draftFromTemplate(parser.value(incidentOption()), parser.value(templ), actor);
        const bool changed =
            parser.isSet(subject) || parser.isSet(body) || parser.isSet(bodyFile) || parser.isSet(recipients);
        if (changed) {
            c = service.edit(c.id, parser.isSet(subject) ? parser.value(subject) : c.subject,
                             parser.isSet(body) || parser.isSet(bodyFile) ? readBody(parser, body, bodyFile) : c.body,
                             parser.isSet(recipients) ? parser.value(recipients) : c.recipients, actor);
        }
    } else {
        const auto a = core::audiences().fromKey(parser.value(audience));
        const auto ch =
            core::channels().fromKey(parser.value(channel).isEmpty() ? QStringLiteral("email") : parser.value(channel));
        if (!a || !ch) {
            throw UsageError{tr("without --template, give --audience (%1) and optionally --channel (%2)")
                                 .arg(core::audiences().keys().join(QStringLiteral(", ")),
                                      core::channels().keys().join(QStringLiteral(", ")))};
        }
        c.audience = *a;
        c.channel = *ch;
        c.subject = parser.value(subject);
        c.body = readBody(parser, body, bodyFile);
        c.recipients = parser.value(recipients);
        c = service.draft(parser.value(incidentOption()), c, actor);
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(toJson(c, service.missingApprovals(c)));
    } else {
        printCommunication(ctx, c, service.missingApprovals(c));
        const auto fillIns = core::TemplateLibrary::fillIns(c.subject + QLatin1Char('\n') + c.body);
        if (!fillIns.isEmpty()) {
            ctx.out << tr("To fill in before review: %1\n").arg(fillIns.join(QStringLiteral(", ")));
        }
    }
    return Ok;
}

int edit(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject line."), tr("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Body text."), tr("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), tr("Read the body from FILE (UTF-8)."), tr("FILE"));
    const QCommandLineOption recipients(QStringLiteral("recipients"), tr("E-mail addresses, comma-separated."),
                                        tr("LIST"));
    for (const auto* o : {&subject, &body, &bodyFile, &recipients}) {
        parser.addOption(*o);
    }
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    storage::CommunicationService service(*db);
    const auto c = service.get(parser.positionalArguments().first());
    const auto edited =
        service.edit(c.id, parser.isSet(subject) ? parser.value(subject) : c.subject,
                     parser.isSet(body) || parser.isSet(bodyFile) ? readBody(parser, body, bodyFile) : c.body,
                     parser.isSet(recipients) ? parser.value(recipients) : c.recipients, workflow::actor(parser, *db));
    printCommunication(ctx, edited, service.missingApprovals(edited));
    return Ok;
}

int review(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    storage::CommunicationService service(*db);
    const auto c = service.submitForReview(parser.positionalArguments().first(), workflow::actor(parser, *db));
    printCommunication(ctx, c, service.missingApprovals(c));
    return Ok;
}

int approve(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(workflow::roleOption());
    ctx.parse(parser, 1, 1);
    const auto r = std::optional<core::ApprovalRole>(workflow::approvalRole(parser));
    auto db = ctx.openDatabase(parser);
    storage::CommunicationService service(*db);
    const auto c = service.approve(parser.positionalArguments().first(), *r, workflow::actor(parser, *db));
    printCommunication(ctx, c, service.missingApprovals(c));
    return Ok;
}

int send(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    const QCommandLineOption webhook(QStringLiteral("webhook"), tr("Post to the webhook set in Settings."));
    const QCommandLineOption webhookUrl(QStringLiteral("webhook-url"), tr("Post to this webhook URL instead."),
                                        tr("URL"));
    const QCommandLineOption eml(QStringLiteral("eml"), tr("Write the e-mail to FILE (.eml) for a mail client."),
                                 tr("FILE"));
    const QCommandLineOption manual(QStringLiteral("manual"), tr("Record that it was sent outside Muster, and how."),
                                    tr("HOW"));
    for (const auto* o : {&webhook, &webhookUrl, &eml, &manual}) {
        parser.addOption(*o);
    }
    ctx.parse(parser, 1, 1);
    const int ways =
        int(parser.isSet(webhook) || parser.isSet(webhookUrl)) + int(parser.isSet(eml)) + int(parser.isSet(manual));
    if (ways != 1) {
        throw UsageError{tr("choose one of --webhook, --webhook-url URL, --eml FILE or --manual HOW")};
    }
    auto db = ctx.openDatabase(parser);
    const auto actor = workflow::actor(parser, *db);
    const QString ref = parser.positionalArguments().first();
    core::Communication c;
    if (parser.isSet(eml)) {
        c = net::CommunicationSending::exportEmail(*db, ref, parser.value(eml), actor);
    } else if (parser.isSet(manual)) {
        c = net::CommunicationSending::recordManual(*db, ref, parser.value(manual), actor);
    } else {
        c = net::CommunicationSending::sendWebhookAndWait(*db, ref, actor, parser.value(webhookUrl));
    }
    ctx.out << tr("Sent \"%1\" (version %2) via %3.\n").arg(c.subject).arg(c.version).arg(c.sentVia);
    return Ok;
}

int templates(Context& ctx)
{
    QCommandLineParser parser;
    ctx.parse(parser);
    for (const auto& t : core::TemplateLibrary::builtIn().templates()) {
        ctx.out
            << QStringLiteral("%1  %2 (%3, %4)\n").arg(t.id, t.name, core::audiences().label(t.audience), t.language);
    }
    return Ok;
}

} // namespace

QList<Command> communicationCommands()
{
    const QString db = QStringLiteral("--database FILE");
    return {
        {{QStringLiteral("comms"), QStringLiteral("list")},
         QStringLiteral("comms list %1 --incident REF [--as PERSON] [--json]").arg(db),
         tr("List an incident's communications and when the next status update is due."),
         list},
        {{QStringLiteral("comms"), QStringLiteral("draft")},
         QStringLiteral("comms draft %1 --incident REF (--template ID | --audience A) [--channel C] [--subject S] "
                        "[--body TEXT | --body-file FILE] [--recipients LIST] [--as PERSON] [--json]")
             .arg(db),
         tr("Draft a communication, from a template or from scratch."),
         draft},
        {{QStringLiteral("comms"), QStringLiteral("edit")},
         QStringLiteral("comms edit %1 ID [--subject S] [--body TEXT | --body-file FILE] [--recipients LIST] "
                        "[--as PERSON]")
             .arg(db),
         tr("Edit a communication: a new version; earlier approvals no longer apply."),
         edit},
        {{QStringLiteral("comms"), QStringLiteral("review")},
         QStringLiteral("comms review %1 ID [--as PERSON]").arg(db),
         tr("Submit a draft for review."),
         review},
        {{QStringLiteral("comms"), QStringLiteral("approve")},
         QStringLiteral("comms approve %1 ID --role ROLE --as PERSON").arg(db),
         tr("Approve this exact version for a role (external audiences need Legal)."),
         approve},
        {{QStringLiteral("comms"), QStringLiteral("send")},
         QStringLiteral("comms send %1 ID (--webhook | --webhook-url URL | --eml FILE | --manual HOW) [--as PERSON]")
             .arg(db),
         tr("Send an approved communication and record the exact text on the timeline."),
         send},
        {{QStringLiteral("comms"), QStringLiteral("templates")},
         QStringLiteral("comms templates"),
         tr("List the message templates."),
         templates},
    };
}

} // namespace muster::ctl
