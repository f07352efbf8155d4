#include "app/ctl/Command.h"
#include "app/ctl/IntelSupport.h"
#include "core/StixBundle.h"
#include "net/TaxiiClient.h"
#include "report/BriefLayout.h"
#include "storage/BriefRepository.h"
#include "storage/Database.h"
#include "storage/DisseminationService.h"
#include "storage/IntelImportService.h"
#include "storage/IntelRepository.h"
#include "storage/ObservableService.h"
#include "storage/OrganisationProfile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::IntelCommands", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("muster::ctl::IntelCommands", text, disambiguation, n);
}

QString date(const std::optional<qint64>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

void printReport(Context& ctx, const storage::IntelImportService::Report& report, bool json)
{
    if (json) {
        ctx.printJson(report.toJson());
        return;
    }
    ctx.out << report.summary() << QLatin1Char('\n');
    for (const auto& s : report.sightings) {
        ctx.out << tr("Sighting on %1: %2 matches \"%3\" (%4)\n")
                       .arg(s.incidentReference, s.observed.value, s.itemName, core::tlpMarking(s.tlp));
    }
    for (const QString& w : report.warnings) {
        ctx.err << tr("warning: %1\n").arg(w);
    }
}

int importIntel(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption tlp(QStringLiteral("tlp"), tr("Marking for objects that carry none (default amber)."),
                                 tr("TLP"), QStringLiteral("amber"));
    const QCommandLineOption source(QStringLiteral("source"), tr("Producer name when the bundle names none."),
                                    tr("TEXT"));
    const QCommandLineOption taxii(QStringLiteral("taxii"), tr("Import from the TAXII 2.1 server at URL."), tr("URL"));
    const QCommandLineOption apiRoot(QStringLiteral("api-root"), tr("The TAXII API root (default: discovered)."),
                                     tr("URL"));
    const QCommandLineOption collection(QStringLiteral("collection"), tr("The TAXII collection id."), tr("ID"));
    const QCommandLineOption user(QStringLiteral("user"), tr("TAXII user name."), tr("NAME"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         tr("Environment variable that holds the TAXII password."), tr("VAR"),
                                         QStringLiteral("MUSTER_TAXII_PASSWORD"));
    const QCommandLineOption addedAfter(QStringLiteral("added-after"), tr("Only objects added after TIMESTAMP."),
                                        tr("TIMESTAMP"));
    for (const auto& o : {tlp, source, taxii, apiRoot, collection, user, passwordEnv, addedAfter}) {
        parser.addOption(o);
    }
    ctx.parse(parser, 0, 1);
    storage::IntelImportService::Options options;
    options.defaultTlp = intel::tlpOption(parser.value(tlp));
    options.source = parser.value(source);
    const bool json = parser.isSet(Context::jsonOption());
    if (!parser.isSet(taxii)) {
        if (parser.positionalArguments().size() != 1) {
            throw UsageError{tr("give a STIX bundle FILE, or --taxii URL --collection ID")};
        }
        auto db = ctx.openDatabase(parser);
        printReport(
            ctx,
            storage::IntelImportService(*db).importFile(parser.positionalArguments().first(), options, intel::actor()),
            json);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(collection)) {
        throw UsageError{tr("--taxii URL needs --collection ID and no FILE")};
    }
    auto db = ctx.openDatabase(parser);
    net::TaxiiClient::Options o;
    o.username = parser.value(user);
    o.password = qEnvironmentVariable(parser.value(passwordEnv).toLocal8Bit().constData());
    net::TaxiiClient client(o);
    const QUrl server = QUrl::fromUserInput(parser.value(taxii));
    const QUrl root =
        parser.isSet(apiRoot) ? QUrl::fromUserInput(parser.value(apiRoot)) : client.discover(server).defaultApiRoot;
    const auto download =
        client.objects(root, parser.value(collection), parser.value(addedAfter), [&](int n, int pages) {
            if (!json) {
                ctx.err << tr("%1 objects (%2 pages)\n").arg(n).arg(pages);
                ctx.err.flush();
            }
            return true;
        });
    const QString origin = tr("TAXII %1 collection %2").arg(root.host(), parser.value(collection));
    if (options.source.isEmpty()) {
        options.source = origin;
    }
    const auto bundle = core::StixBundle::fromObjects(download.objects, origin);
    printReport(ctx, storage::IntelImportService(*db).importBundle(bundle, options, intel::actor()), json);
    return Ok;
}

QJsonObject itemJson(const core::IntelItem& i)
{
    QJsonArray values;
    for (const auto& o : i.observables) {
        values.append(QJsonObject{{QStringLiteral("kind"), core::observableKinds().key(o.kind)},
                                  {QStringLiteral("value"), o.value}});
    }
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("kind"), core::intelKinds().key(i.kind)},
            {QStringLiteral("stix_id"), i.stixId},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("source"), i.source},
            {QStringLiteral("tlp"), core::tlpMarking(i.tlp)},
            {QStringLiteral("confidence"), i.confidence >= 0 ? QJsonValue(i.confidence) : QJsonValue()},
            {QStringLiteral("first_seen"), date(i.firstSeen)},
            {QStringLiteral("last_seen"), date(i.lastSeen)},
            {QStringLiteral("valid_from"), date(i.validFrom)},
            {QStringLiteral("valid_until"), date(i.validUntil)},
            {QStringLiteral("revoked"), i.revoked},
            {QStringLiteral("values"), values},
            {QStringLiteral("attack_ids"), QJsonArray::fromStringList(i.attackIds)}};
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Only this kind."), tr("KIND"));
    const QCommandLineOption tlp(QStringLiteral("tlp"), tr("Only this marking."), tr("TLP"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Only items containing TEXT."), tr("TEXT"));
    parser.addOption(kind);
    parser.addOption(tlp);
    parser.addOption(search);
    ctx.parse(parser);
    storage::IntelRepository::Filter f;
    if (parser.isSet(kind)) {
        f.kind = intel::enumOption(core::intelKinds(), parser.value(kind), QStringLiteral("--kind"));
    }
    if (parser.isSet(tlp)) {
        f.tlp = intel::tlpOption(parser.value(tlp));
    }
    f.text = parser.value(search);
    auto db = ctx.openDatabase(parser);
    const auto items = storage::IntelRepository(*db).list(f);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& i : items) {
            out.append(itemJson(i));
        }
        ctx.printJson(out);
        return Ok;
    }
    for (const auto& i : items) {
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                       .arg(i.id.left(8), core::tlpMarking(i.tlp), core::intelKinds().label(i.kind), i.name, i.source);
    }
    return Ok;
}

int observe(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption note(QStringLiteral("note"), tr("Where it was seen."), tr("TEXT"));
    parser.addOption(note);
    ctx.parse(parser, 3, 3);
    const QStringList args = parser.positionalArguments();
    const auto kind = intel::enumOption(core::observableKinds(), args.at(1), QStringLiteral("KIND"));
    auto db = ctx.openDatabase(parser);
    const auto added =
        storage::ObservableService(*db).add(args.at(0), kind, args.at(2), parser.value(note), intel::actor());
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray sightings;
        for (const auto& s : added.sightings) {
            sightings.append(QJsonObject{{QStringLiteral("indicator"), s.itemName},
                                         {QStringLiteral("tlp"), core::tlpMarking(s.tlp)},
                                         {QStringLiteral("source"), s.source}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("value"), added.entry.observable.value},
                                  {QStringLiteral("sightings"), sightings}});
        return Ok;
    }
    ctx.out << tr("Added %1 to %2; %n sighting(s).\n", nullptr, int(added.sightings.size()))
                   .arg(added.entry.observable.value, args.at(0));
    for (const auto& s : added.sightings) {
        ctx.out << tr("Sighting: matches \"%1\" (%2, from %3)\n").arg(s.itemName, core::tlpMarking(s.tlp), s.source);
    }
    return Ok;
}

int briefCreate(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption audience(QStringLiteral("audience"), tr("soc, security_teams, leadership or business."),
                                      tr("AUDIENCE"), QStringLiteral("soc"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The brief's title."), tr("TEXT"));
    const QCommandLineOption item(QStringLiteral("item"), tr("An intel item id (repeat)."), tr("ID"));
    const QCommandLineOption tlp(QStringLiteral("tlp"), tr("A stricter marking than the items need."), tr("TLP"));
    const QCommandLineOption recipient(QStringLiteral("recipient"), tr("A named recipient (repeat; TLP:RED)."),
                                       tr("PERSON"));
    for (const auto& o : {audience, title, item, tlp, recipient}) {
        parser.addOption(o);
    }
    ctx.parse(parser);
    if (!parser.isSet(item)) {
        throw UsageError{tr("name at least one --item ID")};
    }
    auto db = ctx.openDatabase(parser);
    storage::DisseminationService service(*db);
    auto brief =
        service.draft(intel::enumOption(core::briefAudiences(), parser.value(audience), QStringLiteral("--audience")),
                      parser.value(title), parser.values(item), intel::actor());
    if (parser.isSet(tlp) || parser.isSet(recipient)) {
        if (parser.isSet(tlp)) {
            brief.tlp = intel::tlpOption(parser.value(tlp));
        }
        brief.recipientIds = intel::people(*db, parser.values(recipient));
        brief = service.save(brief, intel::actor());
    }
    ctx.out << tr("Drafted %1 \"%2\" (%3) for %4.\n")
                   .arg(brief.reference, brief.title, core::tlpMarking(brief.tlp),
                        core::briefAudiences().label(brief.audience));
    return Ok;
}

int briefList(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    const auto briefs = storage::DisseminationService(*db).all();
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& b : briefs) {
            out.append(QJsonObject{{QStringLiteral("reference"), b.reference},
                                   {QStringLiteral("title"), b.title},
                                   {QStringLiteral("audience"), core::briefAudiences().key(b.audience)},
                                   {QStringLiteral("tlp"), core::tlpMarking(b.tlp)},
                                   {QStringLiteral("items"), int(b.itemIds.size())}});
        }
        ctx.printJson(out);
        return Ok;
    }
    for (const auto& b : briefs) {
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(b.reference, core::tlpMarking(b.tlp), core::briefAudiences().label(b.audience), b.title);
    }
    return Ok;
}

int briefExport(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption format(QStringLiteral("format"), tr("html, markdown or pdf."), tr("FORMAT"),
                                    QStringLiteral("html"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("Who it is for: %1.").arg(core::shareScopes().keys().join(QStringLiteral(", "))),
                                   tr("SCOPE"), QStringLiteral("organisation"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption recipient(QStringLiteral("recipient"), tr("A named recipient (repeat)."), tr("PERSON"));
    for (const auto& o : {format, scope, out, recipient}) {
        parser.addOption(o);
    }
    ctx.parse(parser, 1, 1);
    if (!parser.isSet(out)) {
        throw UsageError{tr("--out FILE is required")};
    }
    QString f = parser.value(format).toLower();
    if (!parser.isSet(format) && parser.value(out).toLower().endsWith(QLatin1String(".pdf"))) {
        f = QStringLiteral("pdf");
    }
    if (f != QLatin1String("html") && f != QLatin1String("markdown") && f != QLatin1String("md") &&
        f != QLatin1String("pdf")) {
        throw UsageError{tr("--format takes html, markdown or pdf")};
    }
    auto db = ctx.openDatabase(parser);
    storage::DisseminationService::Release r;
    r.scope = intel::enumOption(core::shareScopes(), parser.value(scope), QStringLiteral("--scope"));
    r.recipientIds = intel::people(*db, parser.values(recipient));
    r.destination = parser.value(out);
    storage::DisseminationService service(*db);
    if (f == QLatin1String("pdf")) {
        // The PDF exit: the same TLP checks and distribution log as every other exit.
        const auto organisation = storage::OrganisationProfile::load(*db);
        service.release(parser.positionalArguments().first(), QStringLiteral("pdf"), r, intel::actor(),
                        [&organisation](const core::IntelBrief& brief, const core::BriefRenderer::Context& context) {
                            return report::BriefLayout::pdf(brief, context, organisation);
                        });
    } else {
        service.exportBrief(parser.positionalArguments().first(),
                            f == QLatin1String("html") ? storage::DisseminationService::Format::Html
                                                       : storage::DisseminationService::Format::Markdown,
                            r, intel::actor());
    }
    ctx.out << tr("Wrote %1 (logged).\n").arg(QDir::toNativeSeparators(r.destination));
    return Ok;
}

int briefSend(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption to(QStringLiteral("to"), tr("A recipient (repeat)."), tr("PERSON"));
    parser.addOption(to);
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const QStringList ids = intel::people(*db, parser.values(to));
    storage::DisseminationService(*db).send(parser.positionalArguments().first(), ids, intel::actor());
    ctx.out << tr("Sent %1 to %n recipient(s) (logged).\n", nullptr, int(ids.size()))
                   .arg(parser.positionalArguments().first());
    return Ok;
}

int briefLog(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser, 0, 1);
    auto db = ctx.openDatabase(parser);
    QString briefId;
    if (!parser.positionalArguments().isEmpty()) {
        briefId = storage::DisseminationService(*db).get(parser.positionalArguments().first()).id;
    }
    const auto log = storage::BriefRepository(*db).distributions(briefId);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& d : log) {
            out.append(QJsonObject{{QStringLiteral("what"), d.what},
                                   {QStringLiteral("channel"), d.channel},
                                   {QStringLiteral("scope"), d.scope},
                                   {QStringLiteral("tlp"), d.tlp},
                                   {QStringLiteral("recipients"), d.recipients},
                                   {QStringLiteral("destination"), d.destination},
                                   {QStringLiteral("items"), d.itemCount},
                                   {QStringLiteral("withheld"), d.withheldCount},
                                   {QStringLiteral("by"), d.actorName},
                                   {QStringLiteral("at"), date(d.at)}});
        }
        ctx.printJson(out);
        return Ok;
    }
    for (const auto& d : log) {
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                       .arg(date(d.at), d.what, d.channel, d.scope,
                            d.recipients.isEmpty() ? d.destination : d.recipients, d.actorName);
    }
    return Ok;
}

int share(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption scope(QStringLiteral("scope"), tr("Who it is for (default community)."), tr("SCOPE"),
                                   QStringLiteral("community"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The STIX bundle to write."), tr("FILE"));
    const QCommandLineOption item(QStringLiteral("item"), tr("An intel item id (repeat)."), tr("ID"));
    const QCommandLineOption brief(QStringLiteral("brief"), tr("A brief, shared as a report with its items."),
                                   tr("BRIEF"));
    const QCommandLineOption recipient(QStringLiteral("recipient"), tr("A named recipient (repeat)."), tr("PERSON"));
    for (const auto& o : {scope, out, item, brief, recipient}) {
        parser.addOption(o);
    }
    ctx.parse(parser);
    if (!parser.isSet(out) || (!parser.isSet(item) && !parser.isSet(brief))) {
        throw UsageError{tr("--out FILE and at least one --item ID or a --brief are required")};
    }
    auto db = ctx.openDatabase(parser);
    storage::DisseminationService::Release r;
    r.scope = intel::enumOption(core::shareScopes(), parser.value(scope), QStringLiteral("--scope"));
    r.recipientIds = intel::people(*db, parser.values(recipient));
    r.destination = parser.value(out);
    const auto result =
        storage::DisseminationService(*db).shareStix(parser.values(item), parser.value(brief), r, intel::actor());
    ctx.out << tr("Wrote %1: %2 shared, %3 withheld by their marking (logged).\n")
                   .arg(QDir::toNativeSeparators(r.destination))
                   .arg(result.shared)
                   .arg(result.withheld);
    return Ok;
}

} // namespace

QList<Command> intelCommands()
{
    return {
        {{QStringLiteral("intel"), QStringLiteral("import")},
         QStringLiteral("intel import FILE|--taxii URL --collection ID [--api-root URL] [--user NAME] "
                        "[--password-env VAR] [--tlp TLP] [--source TEXT] --database FILE [--json]"),
         tr("Import a STIX 2.0/2.1 bundle or a TAXII 2.1 collection in one transaction."),
         importIntel},
        {{QStringLiteral("intel"), QStringLiteral("list")},
         QStringLiteral("intel list [--kind KIND] [--tlp TLP] [--search TEXT] --database FILE [--json]"),
         tr("List intel items."),
         list},
        {{QStringLiteral("intel"), QStringLiteral("observe")},
         QStringLiteral("intel observe INCIDENT KIND VALUE [--note TEXT] --database FILE [--json]"),
         tr("Add an observable to an incident; report the sightings it makes."),
         observe},
        {{QStringLiteral("intel"), QStringLiteral("share")},
         QStringLiteral("intel share --out FILE [--item ID]... [--brief BRIEF] [--scope SCOPE] [--recipient PERSON]... "
                        "--database FILE"),
         tr("Write a STIX bundle of what the markings allow for the scope (logged)."),
         share},
        {{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("create")},
         QStringLiteral(
             "intel brief create --item ID... [--audience A] [--title T] [--tlp TLP] [--recipient PERSON]... "
             "--database FILE"),
         tr("Draft a brief for an audience from intel items."),
         briefCreate},
        {{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("list")},
         QStringLiteral("intel brief list --database FILE [--json]"),
         tr("List briefs."),
         briefList},
        {{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("export")},
         QStringLiteral("intel brief export BRIEF --out FILE [--format html|markdown|pdf] [--scope SCOPE] "
                        "[--recipient PERSON]... --database FILE"),
         tr("Export a brief with its TLP marking, if the marking allows the scope (logged)."),
         briefExport},
        {{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("send")},
         QStringLiteral("intel brief send BRIEF --to PERSON... --database FILE"),
         tr("Record sending a brief to named people (TLP:RED only to those the brief names)."),
         briefSend},
        {{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("log")},
         QStringLiteral("intel brief log [BRIEF] --database FILE [--json]"),
         tr("Who received what, when."),
         briefLog},
    };
}

} // namespace muster::ctl
