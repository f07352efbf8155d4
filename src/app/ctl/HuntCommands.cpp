#include "app/ctl/Command.h"
#include "app/ctl/IntelSupport.h"
#include "core/Clock.h"
#include "core/HuntRules.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/CoverageService.h"
#include "storage/Database.h"
#include "storage/HuntService.h"
#include "storage/PeopleRepository.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::HuntCommands", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("muster::ctl::HuntCommands", text, disambiguation, n);
}

QJsonValue date(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject huntJson(const core::Hunt& h, bool full)
{
    QJsonObject o{{QStringLiteral("id"), h.id},
                  {QStringLiteral("reference"), h.reference},
                  {QStringLiteral("title"), h.title},
                  {QStringLiteral("status"), core::huntStatuses().key(h.status)},
                  {QStringLiteral("outcome"), core::huntOutcomes().key(h.outcome)},
                  {QStringLiteral("attack_ids"), QJsonArray::fromStringList(h.attackIds)},
                  {QStringLiteral("timebox_end"), date(h.timeboxEnd)},
                  {QStringLiteral("findings"), int(h.findings.size())}};
    if (!full) {
        return o;
    }
    QJsonArray queries;
    for (const auto& q : h.queries) {
        queries.append(QJsonObject{{QStringLiteral("language"), core::queryLanguages().key(q.language)},
                                   {QStringLiteral("text"), q.text}});
    }
    QJsonArray findings;
    for (const auto& f : h.findings) {
        findings.append(QJsonObject{{QStringLiteral("at"), date(f.recordedAt)},
                                    {QStringLiteral("by"), f.authorName},
                                    {QStringLiteral("text"), f.text},
                                    {QStringLiteral("evidence"), f.evidence}});
    }
    o.insert(QStringLiteral("hypothesis"), h.hypothesis);
    o.insert(QStringLiteral("intel_ids"), QJsonArray::fromStringList(h.intelIds));
    o.insert(QStringLiteral("data_sources"), QJsonArray::fromStringList(h.dataSources));
    o.insert(QStringLiteral("queries"), queries);
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("timebox_start"), date(h.timeboxStart));
    o.insert(QStringLiteral("owner_id"), h.ownerId);
    o.insert(QStringLiteral("outcome_note"), h.outcomeNote);
    o.insert(QStringLiteral("incident_id"), h.incidentId);
    o.insert(QStringLiteral("detection_name"), h.detectionName);
    o.insert(QStringLiteral("created_at"), date(h.createdAt));
    o.insert(QStringLiteral("started_at"), date(h.startedAt));
    o.insert(QStringLiteral("concluded_at"), date(h.concludedAt));
    return o;
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption status(QStringLiteral("status"), tr("proposed, active or concluded."), tr("STATUS"));
    parser.addOption(status);
    ctx.parse(parser);
    std::optional<core::HuntStatus> only;
    if (parser.isSet(status)) {
        only = intel::enumOption(core::huntStatuses(), parser.value(status), QStringLiteral("--status"));
    }
    auto db = ctx.openDatabase(parser);
    const qint64 now = core::SystemClock::instance().nowMs();
    QJsonArray out;
    for (const auto& h : storage::HuntService(*db).all()) {
        if (only && h.status != *only) {
            continue;
        }
        if (parser.isSet(Context::jsonOption())) {
            out.append(huntJson(h, false));
            continue;
        }
        QString state = core::huntStatuses().label(h.status);
        if (h.status == core::HuntStatus::Concluded) {
            state = core::huntOutcomes().label(h.outcome);
        } else if (core::HuntRules::isOverdue(h, now)) {
            state = tr("%1, past its time box").arg(state);
        }
        ctx.out
            << QStringLiteral("%1\t%2\t%3\t%4\n").arg(h.reference, state, h.attackIds.join(QLatin1Char(',')), h.title);
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(out);
    }
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const auto h = storage::HuntService(*db).get(parser.positionalArguments().first());
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(huntJson(h, true));
        return Ok;
    }
    ctx.out << QStringLiteral("%1 %2\n").arg(h.reference, h.title);
    ctx.out << tr("Status: %1; outcome: %2\n")
                   .arg(core::huntStatuses().label(h.status), core::huntOutcomes().label(h.outcome));
    ctx.out << tr("Hypothesis: %1\n").arg(h.hypothesis);
    ctx.out << tr("Techniques: %1\n").arg(h.attackIds.join(QStringLiteral(", ")));
    for (const auto& q : h.queries) {
        ctx.out << QStringLiteral("[%1] %2\n").arg(core::queryLanguages().label(q.language), q.text);
    }
    for (const auto& f : h.findings) {
        ctx.out << tr("Finding (%1): %2\n").arg(f.authorName, f.text);
    }
    return Ok;
}

int create(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption title(QStringLiteral("title"), tr("The hunt's title."), tr("TEXT"));
    const QCommandLineOption hypothesis(QStringLiteral("hypothesis"), tr("What you expect to find, and why."),
                                        tr("TEXT"));
    const QCommandLineOption technique(QStringLiteral("technique"), tr("An ATT&CK technique (repeat)."), tr("ID"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Time box in days from today (default 14)."), tr("N"),
                                  QStringLiteral("14"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("The hunter (name or e-mail)."), tr("PERSON"));
    for (const auto& o : {title, hypothesis, technique, days, owner}) {
        parser.addOption(o);
    }
    ctx.parse(parser);
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1 || n > 365) {
        throw UsageError{tr("--days takes a number from 1 to 365")};
    }
    auto db = ctx.openDatabase(parser);
    core::Hunt h;
    h.title = parser.value(title);
    h.hypothesis = parser.value(hypothesis);
    h.attackIds = parser.values(technique);
    const qint64 now = core::SystemClock::instance().nowMs();
    h.timeboxStart = now;
    h.timeboxEnd = now + qint64(n) * 24 * 3600 * 1000;
    if (parser.isSet(owner)) {
        h.ownerId = intel::people(*db, {parser.value(owner)}).first();
    }
    const auto saved = storage::HuntService(*db).create(h, intel::actor());
    for (const QString& w : saved.warnings) {
        ctx.err << tr("warning: %1\n").arg(w);
    }
    ctx.out << tr("Proposed %1 \"%2\".\n").arg(saved.hunt.reference, saved.hunt.title);
    return Ok;
}

int start(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const auto h = storage::HuntService(*db).start(parser.positionalArguments().first(), intel::actor());
    ctx.out << tr("%1 is active.\n").arg(h.reference);
    return Ok;
}

int conclude(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     tr("no_evidence, incident_opened, detection or visibility_gap."), tr("OUTCOME"));
    const QCommandLineOption note(QStringLiteral("note"), tr("What the hunt found."), tr("TEXT"));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The incident it opened."), tr("INCIDENT"));
    const QCommandLineOption detection(QStringLiteral("detection"), tr("The detection created or improved."),
                                       tr("NAME"));
    for (const auto& o : {outcome, note, incident, detection}) {
        parser.addOption(o);
    }
    ctx.parse(parser, 1, 1);
    if (!parser.isSet(outcome)) {
        throw UsageError{tr("--outcome is required")};
    }
    auto db = ctx.openDatabase(parser);
    const auto h = storage::HuntService(*db).conclude(
        parser.positionalArguments().first(),
        intel::enumOption(core::huntOutcomes(), parser.value(outcome), QStringLiteral("--outcome")), parser.value(note),
        parser.value(incident), parser.value(detection), intel::actor());
    ctx.out << tr("%1 concluded: %2.\n").arg(h.reference, core::huntOutcomes().label(h.outcome));
    return Ok;
}

int backlog(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    const auto catalog = storage::AttackCatalogRepository(*db).active();
    const auto entries = storage::CoverageService(*db).backlog(catalog);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto& e : entries) {
            out.append(QJsonObject{{QStringLiteral("technique"), e.techniqueId},
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("tactics"), QJsonArray::fromStringList(e.tactics)},
                                   {QStringLiteral("groups"), QJsonArray::fromStringList(e.groupIds)},
                                   {QStringLiteral("intel_mentions"), e.intelMentions}});
        }
        ctx.printJson(out);
        return Ok;
    }
    if (entries.isEmpty()) {
        ctx.out << tr("The backlog is empty: track groups with \"musterctl attack track\", or everything they use is "
                      "covered.\n");
    }
    for (const auto& e : entries) {
        ctx.out << QStringLiteral("%1\t%2\t%3\n").arg(e.techniqueId, e.groupIds.join(QLatin1Char(',')), e.name);
    }
    return Ok;
}

int coverage(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption layer(QStringLiteral("navigator-layer"),
                                   tr("Write the coverage as an ATT&CK Navigator layer (JSON) to FILE."), tr("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The layer's name."), tr("TEXT"),
                                  QStringLiteral("Muster coverage"));
    parser.addOption(layer);
    parser.addOption(name);
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    const auto catalog = storage::AttackCatalogRepository(*db).active();
    storage::CoverageService service(*db);
    const auto c = service.coverage();
    QMap<core::CoverageSource, int> bySource;
    for (const QString& id : c.techniqueIds()) {
        for (auto s : c.sourcesOf(id, false)) {
            bySource[s] += 1;
        }
    }
    if (parser.isSet(layer)) {
        const QByteArray json =
            QJsonDocument(service.navigatorLayer(catalog, parser.value(name), core::SystemClock::instance().nowMs()))
                .toJson(QJsonDocument::Indented);
        intel::writeFile(parser.value(layer), json);
    }
    if (parser.isSet(Context::jsonOption())) {
        QJsonObject sources;
        for (auto s : core::coverageSources().values()) {
            sources.insert(core::coverageSources().key(s), bySource.value(s));
        }
        ctx.printJson(QJsonObject{{QStringLiteral("techniques"), int(c.techniqueIds().size())},
                                  {QStringLiteral("by_source"), sources}});
        return Ok;
    }
    ctx.out << tr("%n technique(s) covered:", nullptr, int(c.techniqueIds().size()));
    for (auto s : core::coverageSources().values()) {
        ctx.out << QStringLiteral(" %1 %2").arg(core::coverageSources().label(s).toLower()).arg(bySource.value(s));
    }
    ctx.out << QLatin1Char('\n');
    if (parser.isSet(layer)) {
        ctx.out << tr("Wrote the Navigator layer to %1.\n").arg(QDir::toNativeSeparators(parser.value(layer)));
    }
    return Ok;
}

} // namespace

QList<Command> huntCommands()
{
    return {
        {{QStringLiteral("hunts"), QStringLiteral("list")},
         QStringLiteral("hunts list [--status STATUS] --database FILE [--json]"),
         tr("List threat hunts."),
         list},
        {{QStringLiteral("hunts"), QStringLiteral("show")},
         QStringLiteral("hunts show HUNT --database FILE [--json]"),
         tr("Show a hunt with its queries and findings."),
         show},
        {{QStringLiteral("hunts"), QStringLiteral("create")},
         QStringLiteral("hunts create --title T --hypothesis H [--technique ID]... [--days N] [--owner PERSON] "
                        "--database FILE"),
         tr("Propose a hypothesis-driven hunt."),
         create},
        {{QStringLiteral("hunts"), QStringLiteral("start")},
         QStringLiteral("hunts start HUNT --database FILE"),
         tr("Start a proposed hunt."),
         start},
        {{QStringLiteral("hunts"), QStringLiteral("conclude")},
         QStringLiteral("hunts conclude HUNT --outcome OUTCOME [--note T] [--incident I] [--detection NAME] "
                        "--database FILE"),
         tr("Conclude an active hunt with its outcome."),
         conclude},
        {{QStringLiteral("hunts"), QStringLiteral("backlog")},
         QStringLiteral("hunts backlog --database FILE [--json]"),
         tr("Techniques tracked groups use that nothing covers, most used first."),
         backlog},
        {{QStringLiteral("coverage")},
         QStringLiteral("coverage [--navigator-layer OUT.json] [--name TEXT] --database FILE [--json]"),
         tr("ATT&CK coverage by detections, hunts, exercises and incidents; export a Navigator layer."),
         coverage},
    };
}

} // namespace muster::ctl
