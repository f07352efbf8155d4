#include "app/ctl/Command.h"
#include "core/AttackId.h"
#include "core/Error.h"
#include "core/TimeText.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/DirectoryImporter.h"
#include "storage/IncidentCsv.h"
#include "storage/IncidentQuery.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"
#include "storage/PeopleRepository.h"
#include "storage/TimelineRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::ctl {

using core::Error;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::IncidentCommands", text);
}

QJsonValue optionalTime(const std::optional<qint64>& v)
{
    return v ? QJsonValue(core::formatInstantUtc(*v)) : QJsonValue();
}

QJsonObject incidentJson(const core::Incident& i, const QString& commanderName = QString())
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("reference"), i.reference},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("summary"), i.summary},
        {QStringLiteral("category"), core::categories().key(i.category)},
        {QStringLiteral("severity"), core::severities().label(i.severity)},
        {QStringLiteral("status"), core::statuses().key(i.status)},
        {QStringLiteral("tier"), core::toInt(i.tier)},
        {QStringLiteral("priority"), QStringLiteral("P%1").arg(i.priority)},
        {QStringLiteral("detection_source"), core::detectionSources().key(i.detectionSource)},
        {QStringLiteral("detection_detail"), i.detectionDetail},
        {QStringLiteral("attack_ids"), QJsonArray::fromStringList(i.attackIds)},
        {QStringLiteral("commander"), commanderName},
        {QStringLiteral("exercise"), i.exercise},
        {QStringLiteral("confidential"), i.confidential},
        {QStringLiteral("created_at"), core::formatInstantUtc(i.createdAt)},
        {QStringLiteral("detected_at"), core::formatInstantUtc(i.detectedAt)},
        {QStringLiteral("acknowledged_at"), optionalTime(i.acknowledgedAt)},
        {QStringLiteral("contained_at"), optionalTime(i.containedAt)},
        {QStringLiteral("remediated_at"), optionalTime(i.remediatedAt)},
        {QStringLiteral("closed_at"), optionalTime(i.closedAt)},
        {QStringLiteral("timeline_head"), i.timelineHead},
    };
}

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"), tr("Act as PERSON (name or e-mail in the directory)."),
                              tr("PERSON"));
}

QCommandLineOption atOption()
{
    return QCommandLineOption(QStringLiteral("at"), tr("When it happened (ISO 8601; default now)."), tr("TIME"));
}

core::Actor actorFor(const QCommandLineParser& parser, storage::Database& db)
{
    const QString as = parser.value(asOption());
    if (!as.isEmpty()) {
        const auto p = storage::PeopleRepository(db).findByEmailOrName(as);
        if (!p) {
            throw Error(Error::Kind::BadInput, tr("--as: no person \"%1\" in the directory.").arg(as));
        }
        return core::Actor{p->id, p->name};
    }
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("LOGNAME", QStringLiteral("musterctl"));
    }
    return core::Actor{QString(), login};
}

QString personId(storage::Database& db, const QString& text, const QString& option)
{
    const auto p = storage::PeopleRepository(db).findByEmailOrName(text);
    if (!p) {
        throw Error(Error::Kind::BadInput, tr("%1: no person \"%2\" in the directory.").arg(option, text));
    }
    return p->id;
}

std::optional<qint64> timeOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return std::nullopt;
    }
    const auto t = core::parseInstant(parser.value(option), QDateTime::currentMSecsSinceEpoch());
    if (!t) {
        throw Error(Error::Kind::BadInput, tr("--%1: \"%2\" is not a time; use ISO 8601, e.g. 2026-03-01T09:15:00Z.")
                                               .arg(option.names().constLast(), parser.value(option)));
    }
    return t;
}

template<typename E>
QList<E> listOption(const QCommandLineParser& parser, const QString& name, const core::EnumTable<E>& table)
{
    QList<E> out;
    if (!parser.isSet(name)) {
        return out;
    }
    for (const QString& part : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto v = table.fromText(part);
        if (!v) {
            throw Error(Error::Kind::BadInput,
                        tr("--%1: \"%2\" is not one of: %3.").arg(name, part, table.keys().join(QStringLiteral(", "))));
        }
        out.append(*v);
    }
    return out;
}

void printIncidentLine(QTextStream& out, const storage::IncidentRow& row)
{
    const auto& i = row.incident;
    out << QStringLiteral("%1  %2  P%3  T%4  %5  %6  %7\n")
               .arg(i.reference, core::severities().label(i.severity))
               .arg(i.priority)
               .arg(core::toInt(i.tier))
               .arg(core::statuses().label(i.status).leftJustified(14),
                    QDateTime::fromMSecsSinceEpoch(i.detectedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")), i.title);
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(asOption());
    parser.addOptions({
        {QStringLiteral("csv"), tr("Write CSV (for spreadsheets) instead of text.")},
        {QStringLiteral("status"), tr("Only these statuses (comma-separated)."), tr("LIST")},
        {QStringLiteral("severity"), tr("Only these severities, e.g. sev1,sev2."), tr("LIST")},
        {QStringLiteral("tier"), tr("Only these tiers, e.g. tier2,tier3."), tr("LIST")},
        {QStringLiteral("category"), tr("Only these categories."), tr("LIST")},
        {QStringLiteral("search"), tr("Full-text search in title, summary and notes."), tr("TEXT")},
        {QStringLiteral("assignee"), tr("Only incidents PERSON commands or is assigned to."), tr("PERSON")},
        {QStringLiteral("exercises"), tr("Include exercise incidents: no, yes or only (default yes)."), tr("WHICH")},
        {QStringLiteral("open"), tr("Only incidents still being worked on.")},
        {QStringLiteral("limit"), tr("At most N incidents (default 100, 0 for all)."), tr("N"), QStringLiteral("100")},
    });
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    storage::IncidentFilter filter;
    filter.statuses = listOption(parser, QStringLiteral("status"), core::statuses());
    filter.severities = listOption(parser, QStringLiteral("severity"), core::severities());
    filter.tiers = listOption(parser, QStringLiteral("tier"), core::tiers());
    filter.categories = listOption(parser, QStringLiteral("category"), core::categories());
    filter.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("assignee"))) {
        filter.assigneeId = personId(*db, parser.value(QStringLiteral("assignee")), QStringLiteral("--assignee"));
    }
    const QString exercises = parser.value(QStringLiteral("exercises"));
    if (exercises == QLatin1String("no")) {
        filter.exercise = false;
    } else if (exercises == QLatin1String("only")) {
        filter.exercise = true;
    } else if (!exercises.isEmpty() && exercises != QLatin1String("yes")) {
        throw UsageError{tr("--exercises takes no, yes or only")};
    }
    if (parser.isSet(QStringLiteral("open"))) {
        filter.openOnly = true;
    }
    // Confidential incidents are listed only to those who may see them.
    filter.visibleTo = actorFor(parser, *db).personId;
    bool ok = false;
    int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        throw UsageError{tr("--limit takes a non-negative number")};
    }
    storage::IncidentQuery query(*db, filter);
    const int total = query.count();
    if (limit == 0) {
        limit = total;
    }
    const auto rows = query.page(limit);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray array;
        for (const auto& row : rows) {
            array.append(incidentJson(row.incident, row.commanderName));
        }
        ctx.printJson(array);
    } else if (parser.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(storage::IncidentCsv::document(rows));
    } else {
        for (const auto& row : rows) {
            printIncidentLine(ctx.out, row);
        }
        ctx.out << tr("%1 of %2 incidents\n").arg(rows.size()).arg(total);
    }
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(asOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    storage::IncidentService service(*db);
    const auto incident = service.get(parser.positionalArguments().first());
    if (!storage::IncidentVisibility::maySee(*db, actorFor(parser, *db), incident)) {
        throw Error(Error::Kind::Refused, tr("%1 is confidential: act as someone on its access list, in Legal or in HR "
                                             "(--as PERSON).")
                                              .arg(incident.reference));
    }
    storage::PeopleRepository people(*db);
    const auto name = [&](const QString& id) {
        const auto p = people.find(id);
        return p ? p->name : QString();
    };
    const auto entries = storage::TimelineRepository(*db).entries(incident.id);
    const auto verification = service.verify(incident.id);
    const auto assets = storage::AssetRepository(*db).ofIncident(incident.id);
    if (parser.isSet(Context::jsonOption())) {
        QJsonObject o = incidentJson(incident, name(incident.commanderId));
        QJsonArray assignees;
        for (const QString& id : incident.assigneeIds) {
            assignees.append(name(id));
        }
        o.insert(QStringLiteral("assignees"), assignees);
        QJsonArray assetArray;
        for (const auto& a : assets) {
            assetArray.append(QJsonObject{{QStringLiteral("name"), a.name},
                                          {QStringLiteral("identifier"), a.identifier},
                                          {QStringLiteral("business_critical"), a.businessCritical}});
        }
        o.insert(QStringLiteral("assets"), assetArray);
        QJsonArray timeline;
        for (const auto& e : entries) {
            timeline.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                        {QStringLiteral("occurred_at"), core::formatInstantUtc(e.occurredAt)},
                                        {QStringLiteral("recorded_at"), core::formatInstantUtc(e.recordedAt)},
                                        {QStringLiteral("actor"), e.actorName},
                                        {QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("text"), e.text},
                                        {QStringLiteral("data"), e.dataObject()},
                                        {QStringLiteral("hash"), e.hash}});
        }
        o.insert(QStringLiteral("timeline"), timeline);
        o.insert(QStringLiteral("chain_verified"), verification.ok);
        ctx.printJson(o);
        return Ok;
    }
    QTextStream& out = ctx.out;
    out << QStringLiteral("%1  %2\n").arg(incident.reference, incident.title);
    out << tr("Status: %1   Severity: %2   Priority: P%3   %4\n")
               .arg(core::statuses().label(incident.status), core::severities().label(incident.severity))
               .arg(incident.priority)
               .arg(core::tiers().label(incident.tier));
    out << tr("Category: %1   Detected: %2 by %3\n")
               .arg(core::categories().label(incident.category), core::formatInstantUtc(incident.detectedAt),
                    incident.detectionDetail.isEmpty() ? core::detectionSources().label(incident.detectionSource)
                                                       : incident.detectionDetail);
    out << tr("Commander: %1\n").arg(name(incident.commanderId));
    if (!incident.summary.isEmpty()) {
        out << incident.summary << '\n';
    }
    out << tr("\nTimeline (%1):\n").arg(verification.ok ? tr("hash chain verified") : tr("HASH CHAIN BROKEN"));
    for (const auto& e : entries) {
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(core::formatInstantUtc(e.occurredAt), e.actorName.leftJustified(20), e.text);
    }
    return Ok;
}

int create(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption(asOption());
    parser.addOptions({
        {QStringLiteral("title"), tr("Title (required)."), tr("TEXT")},
        {QStringLiteral("summary"), tr("Summary."), tr("TEXT")},
        {QStringLiteral("severity"), tr("sev1 … sev4 (default sev3)."), tr("SEV"), QStringLiteral("sev3")},
        {QStringLiteral("category"), tr("Category key (default other)."), tr("KEY"), QStringLiteral("other")},
        {QStringLiteral("tier"), tr("tier1 … tier3 (default tier1)."), tr("TIER"), QStringLiteral("tier1")},
        {QStringLiteral("source"), tr("Detection source key (default tool)."), tr("KEY"), QStringLiteral("tool")},
        {QStringLiteral("detail"), tr("Tool or alert name."), tr("TEXT")},
        {QStringLiteral("attack"), tr("ATT&CK technique ids, comma-separated."), tr("IDS")},
        {QStringLiteral("commander"), tr("Commander (name or e-mail)."), tr("PERSON")},
        {QStringLiteral("assignee"), tr("An assignee (repeatable)."), tr("PERSON")},
        {QStringLiteral("asset"), tr("A linked asset by identifier or name (repeatable)."), tr("ASSET")},
        {QStringLiteral("detected"), tr("When it was detected (default now)."), tr("TIME")},
        {QStringLiteral("detected-reason"), tr("Why the detection time is earlier than now."), tr("TEXT")},
        {QStringLiteral("exercise"), tr("Mark as an exercise incident.")},
        {QStringLiteral("confidential"), tr("Mark as confidential.")},
    });
    ctx.parse(parser);
    if (!parser.isSet(QStringLiteral("title"))) {
        throw UsageError{tr("--title is required")};
    }
    auto db = ctx.openDatabase(parser);
    core::Incident incident;
    incident.title = parser.value(QStringLiteral("title"));
    incident.summary = parser.value(QStringLiteral("summary"));
    const auto pick = [&](const QString& option, const auto& table) {
        const auto v = table.fromText(parser.value(option));
        if (!v) {
            throw Error(Error::Kind::BadInput,
                        tr("--%1: \"%2\" is not one of: %3.")
                            .arg(option, parser.value(option), table.keys().join(QStringLiteral(", "))));
        }
        return *v;
    };
    incident.severity = pick(QStringLiteral("severity"), core::severities());
    incident.category = pick(QStringLiteral("category"), core::categories());
    incident.tier = pick(QStringLiteral("tier"), core::tiers());
    incident.detectionSource = pick(QStringLiteral("source"), core::detectionSources());
    incident.detectionDetail = parser.value(QStringLiteral("detail"));
    QString attackError;
    const auto attack = core::parseAttackIds(parser.value(QStringLiteral("attack")), &attackError);
    if (!attack) {
        throw Error(Error::Kind::BadInput, QStringLiteral("--attack: ") + attackError);
    }
    incident.attackIds = *attack;
    if (parser.isSet(QStringLiteral("commander"))) {
        incident.commanderId = personId(*db, parser.value(QStringLiteral("commander")), QStringLiteral("--commander"));
    }
    for (const QString& a : parser.values(QStringLiteral("assignee"))) {
        incident.assigneeIds.append(personId(*db, a, QStringLiteral("--assignee")));
    }
    QStringList assetIds;
    storage::AssetRepository assets(*db);
    for (const QString& a : parser.values(QStringLiteral("asset"))) {
        auto asset = assets.findByIdentifier(a);
        if (!asset) {
            for (const auto& candidate : assets.all()) {
                if (candidate.name.compare(a, Qt::CaseInsensitive) == 0) {
                    asset = candidate;
                }
            }
        }
        if (!asset) {
            throw Error(Error::Kind::BadInput, tr("--asset: no asset \"%1\" in the inventory.").arg(a));
        }
        assetIds.append(asset->id);
    }
    const QCommandLineOption detected(QStringLiteral("detected"));
    if (auto t = timeOption(parser, detected)) {
        incident.detectedAt = *t;
    }
    incident.exercise = parser.isSet(QStringLiteral("exercise"));
    incident.confidential = parser.isSet(QStringLiteral("confidential"));
    const auto created = storage::IncidentService(*db).create(incident, assetIds, actorFor(parser, *db),
                                                              parser.value(QStringLiteral("detected-reason")));
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(incidentJson(created));
    } else {
        ctx.out << tr("Created %1 (%2, %3, P%4).\n")
                       .arg(created.reference, core::severities().label(created.severity),
                            core::tiers().label(created.tier))
                       .arg(created.priority);
    }
    return Ok;
}

int transitionTo(Context& ctx, std::optional<core::Status> fixed)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(asOption());
    parser.addOption(atOption());
    parser.addOption({QStringLiteral("note"), tr("A note recorded with the change."), tr("TEXT")});
    if (!fixed) {
        parser.addOption({QStringLiteral("to"), tr("The new status."), tr("STATUS")});
    }
    ctx.parse(parser, 1, 1);
    core::Status to = core::Status::Acknowledged;
    if (fixed) {
        to = *fixed;
    } else {
        if (!parser.isSet(QStringLiteral("to"))) {
            throw UsageError{tr("--to STATUS is required")};
        }
        const auto s = core::statuses().fromText(parser.value(QStringLiteral("to")));
        if (!s) {
            throw Error(Error::Kind::BadInput, tr("--to: \"%1\" is not one of: %2.")
                                                   .arg(parser.value(QStringLiteral("to")),
                                                        core::statuses().keys().join(QStringLiteral(", "))));
        }
        to = *s;
    }
    auto db = ctx.openDatabase(parser);
    const auto incident =
        storage::IncidentService(*db).transition(parser.positionalArguments().first(), to, actorFor(parser, *db),
                                                 parser.value(QStringLiteral("note")), timeOption(parser, atOption()));
    ctx.out << tr("%1 is now %2.\n").arg(incident.reference, core::statuses().label(incident.status));
    return Ok;
}

int escalate(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(asOption());
    parser.addOption({QStringLiteral("tier"), tr("The new tier (1, 2, 3 or tier1 …)."), tr("TIER")});
    parser.addOption({QStringLiteral("reason"), tr("Why (required)."), tr("TEXT")});
    ctx.parse(parser, 1, 1);
    if (!parser.isSet(QStringLiteral("tier"))) {
        throw UsageError{tr("--tier is required")};
    }
    QString tierText = parser.value(QStringLiteral("tier"));
    if (tierText.size() == 1) {
        tierText.prepend(QStringLiteral("tier"));
    }
    const auto tier = core::tiers().fromText(tierText);
    if (!tier) {
        throw Error(Error::Kind::BadInput,
                    tr("--tier: \"%1\" is not 1, 2 or 3.").arg(parser.value(QStringLiteral("tier"))));
    }
    auto db = ctx.openDatabase(parser);
    const auto incident = storage::IncidentService(*db).changeTier(
        parser.positionalArguments().first(), *tier, parser.value(QStringLiteral("reason")), actorFor(parser, *db));
    ctx.out << tr("%1 is now at %2.\n").arg(incident.reference, core::tiers().label(incident.tier));
    return Ok;
}

int note(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(asOption());
    parser.addOption({QStringLiteral("text"), tr("The note."), tr("TEXT")});
    ctx.parse(parser, 1, 2);
    QString text = parser.value(QStringLiteral("text"));
    if (text.isEmpty() && parser.positionalArguments().size() == 2) {
        text = parser.positionalArguments().at(1);
    }
    auto db = ctx.openDatabase(parser);
    const auto incident =
        storage::IncidentService(*db).addNote(parser.positionalArguments().first(), text, actorFor(parser, *db));
    ctx.out << tr("Note added to %1.\n").arg(incident.reference);
    return Ok;
}

int verify(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption({QStringLiteral("all"), tr("Verify every incident.")});
    ctx.parse(parser, 0, 1);
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == !parser.positionalArguments().isEmpty()) {
        throw UsageError{tr("give one incident reference or --all")};
    }
    auto db = ctx.openDatabase(parser);
    storage::IncidentService service(*db);
    const QStringList ids =
        all ? storage::IncidentQuery(*db, {}).ids() : QStringList{parser.positionalArguments().first()};
    int broken = 0;
    QJsonArray results;
    for (const QString& id : ids) {
        const auto incident = service.get(id);
        const auto v = service.verify(incident.id);
        if (!v.ok) {
            ++broken;
        }
        if (parser.isSet(Context::jsonOption())) {
            results.append(
                QJsonObject{{QStringLiteral("reference"), incident.reference},
                            {QStringLiteral("verified"), v.ok},
                            {QStringLiteral("entries"), v.entryCount},
                            {QStringLiteral("head"), v.headHash},
                            {QStringLiteral("broken_seq"), v.ok ? QJsonValue() : QJsonValue(v.brokenSeq)},
                            {QStringLiteral("broken_entry"), v.ok ? QJsonValue() : QJsonValue(v.brokenEntryId)},
                            {QStringLiteral("problem"), v.problem}});
        } else if (!v.ok) {
            ctx.err << tr("%1: BROKEN at entry %2 (%3): %4\n")
                           .arg(incident.reference)
                           .arg(v.brokenSeq)
                           .arg(v.brokenEntryId, v.problem);
        } else if (!all) {
            ctx.out << tr("%1: timeline verified, %2 entries, head %3\n")
                           .arg(incident.reference)
                           .arg(v.entryCount)
                           .arg(v.headHash);
        }
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(all ? QJsonValue(results) : results.first());
    } else if (all) {
        ctx.out << tr("%1 incidents checked, %2 broken.\n").arg(ids.size()).arg(broken);
    }
    return broken == 0 ? Ok : BadInput;
}

int importCsv(Context& ctx, bool people)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption({QStringLiteral("skip-bad"), tr("Import the good rows and report the bad ones.")});
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    storage::DirectoryImporter importer(*db);
    const QString file = parser.positionalArguments().first();
    const bool skip = parser.isSet(QStringLiteral("skip-bad"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto result = people ? importer.importPeople(file, skip, now) : importer.importAssets(file, skip, now);
    for (const auto& p : result.skipped) {
        ctx.err << tr("skipped: %1\n").arg(p.message);
    }
    ctx.out << tr("%1: %2 added, %3 updated, %4 skipped.\n")
                   .arg(QFileInfo(file).fileName())
                   .arg(result.added)
                   .arg(result.updated)
                   .arg(result.skipped.size());
    return Ok;
}

} // namespace

QList<Command> incidentCommands()
{
    const QString db = QStringLiteral("--database FILE");
    return {
        {{QStringLiteral("incidents"), QStringLiteral("list")},
         QStringLiteral("incidents list %1 [--status S,..] [--severity ..] [--tier ..] [--category ..] [--search TEXT] "
                        "[--assignee P] [--exercises no|yes|only] [--open] [--limit N] [--as P] [--json|--csv]")
             .arg(db),
         tr("List incidents, newest first."),
         list},
        {{QStringLiteral("incidents"), QStringLiteral("show")},
         QStringLiteral("incidents show REF %1 [--json]").arg(db),
         tr("Show an incident with its timeline and whether its hash chain verifies."),
         show},
        {{QStringLiteral("incidents"), QStringLiteral("create")},
         QStringLiteral("incidents create --title T %1 [--severity S] [--category C] [--tier T] [--source S] "
                        "[--detail D] [--attack IDS] [--commander P] [--assignee P].. [--asset A].. [--detected TIME] "
                        "[--exercise] [--confidential] [--as P] [--json]")
             .arg(db),
         tr("Open a new incident."),
         create},
        {{QStringLiteral("incidents"), QStringLiteral("ack")},
         QStringLiteral("incidents ack REF %1 [--at TIME] [--note TEXT] [--as P]").arg(db),
         tr("Acknowledge an incident."),
         [](Context& ctx) {
             return transitionTo(ctx, core::Status::Acknowledged);
         }},
        {{QStringLiteral("incidents"), QStringLiteral("transition")},
         QStringLiteral("incidents transition REF --to STATUS %1 [--at TIME] [--note TEXT] [--as P]").arg(db),
         tr("Move an incident to another status (the lifecycle decides what is allowed)."),
         [](Context& ctx) {
             return transitionTo(ctx, std::nullopt);
         }},
        {{QStringLiteral("incidents"), QStringLiteral("escalate")},
         QStringLiteral("incidents escalate REF --tier N --reason TEXT %1 [--as P]").arg(db),
         tr("Escalate or de-escalate to another SOC tier."),
         escalate},
        {{QStringLiteral("incidents"), QStringLiteral("note")},
         QStringLiteral("incidents note REF --text TEXT %1 [--as P]").arg(db),
         tr("Add a note to the timeline."),
         note},
        {{QStringLiteral("incidents"), QStringLiteral("verify")},
         QStringLiteral("incidents verify REF|--all %1 [--json]").arg(db),
         tr("Verify the timeline hash chain; exit 1 and name the broken entry when it is broken."),
         verify},
        {{QStringLiteral("assets"), QStringLiteral("import-csv")},
         QStringLiteral("assets import-csv FILE %1 [--skip-bad]").arg(db),
         tr("Import assets (name, identifier, kind, business_critical, sensitivity, risk_score, owner, description)."),
         [](Context& ctx) {
             return importCsv(ctx, false);
         }},
        {{QStringLiteral("people"), QStringLiteral("import-csv")},
         QStringLiteral("people import-csv FILE %1 [--skip-bad]").arg(db),
         tr("Import people (name, function, title, team, email, phone, deputy)."),
         [](Context& ctx) {
             return importCsv(ctx, true);
         }},
    };
}

} // namespace muster::ctl
