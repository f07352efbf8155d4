#include "app/ctl/Command.h"
#include "app/ctl/IntelSupport.h"
#include "core/AttackCatalog.h"
#include "core/Clock.h"
#include "core/StixBundle.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::AttackCommands", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("muster::ctl::AttackCommands", text, disambiguation, n);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw core::Error(core::Error::Kind::Io, tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    }
    return f.readAll();
}

QString countsLine(const core::AttackCatalog& c)
{
    const auto n = c.counts();
    return tr("%1 tactics, %2 techniques (%3 sub-techniques, %4 revoked, %5 deprecated), %6 groups, %7 uses")
        .arg(n.tactics)
        .arg(n.techniques)
        .arg(n.subtechniques)
        .arg(n.revoked)
        .arg(n.deprecated)
        .arg(n.groups)
        .arg(n.uses);
}

int importCatalog(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser, 1, 1);
    const QString path = parser.positionalArguments().first();
    const QByteArray json = readFile(path);
    auto db = ctx.openDatabase(parser);
    const auto catalog = storage::AttackCatalogRepository(*db).importBundle(json, QFileInfo(path).fileName(),
                                                                            core::SystemClock::instance().nowMs());
    ctx.out << tr("Imported the ATT&CK catalog from %1: %2.\n").arg(QFileInfo(path).fileName(), countsLine(catalog));
    return Ok;
}

int status(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    storage::AttackCatalogRepository repo(*db);
    const auto c = repo.active();
    if (parser.isSet(Context::jsonOption())) {
        const auto n = c.counts();
        ctx.printJson(
            QJsonObject{{QStringLiteral("imported"), repo.hasImported()},
                        {QStringLiteral("version"), c.version()},
                        {QStringLiteral("modified"), c.modified()},
                        {QStringLiteral("source"), c.source()},
                        {QStringLiteral("techniques"), n.techniques},
                        {QStringLiteral("groups"), n.groups},
                        {QStringLiteral("tracked_groups"), QJsonArray::fromStringList(repo.trackedGroups())}});
        return Ok;
    }
    ctx.out << (repo.hasImported() ? tr("Imported catalog: %1 (modified %2).\n")
                                   : tr("Shipped catalog: %1 (modified %2).\n"))
                   .arg(c.source(), c.modified());
    ctx.out << countsLine(c) << QLatin1Char('\n');
    ctx.out << core::AttackCatalog::copyrightNotice() << QLatin1Char('\n');
    return Ok;
}

QJsonObject techniqueJson(const core::AttackCatalog& c, const core::AttackTechnique& t)
{
    QJsonArray groups;
    for (const auto* g : c.groupsUsing(t.id)) {
        groups.append(g->id);
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("tactics"), QJsonArray::fromStringList(t.tactics)},
            {QStringLiteral("platforms"), QJsonArray::fromStringList(t.platforms)},
            {QStringLiteral("summary"), t.summary},
            {QStringLiteral("revoked"), t.revoked},
            {QStringLiteral("deprecated"), t.deprecated},
            {QStringLiteral("revoked_by"), t.revokedBy},
            {QStringLiteral("groups"), groups}};
}

int show(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const auto c = storage::AttackCatalogRepository(*db).active();
    const QString id = parser.positionalArguments().first().trimmed().toUpper();
    if (const auto* g = c.group(id)) {
        if (parser.isSet(Context::jsonOption())) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), g->id},
                                      {QStringLiteral("name"), g->name},
                                      {QStringLiteral("aliases"), QJsonArray::fromStringList(g->aliases)},
                                      {QStringLiteral("techniques"), QJsonArray::fromStringList(g->techniqueIds)}});
        } else {
            ctx.out << QStringLiteral("%1 %2 (%3)\n%4\n")
                           .arg(g->id, g->name, g->aliases.join(QStringLiteral(", ")), g->summary);
            ctx.out << tr("Uses %n technique(s): %1\n", nullptr, int(g->techniqueIds.size()))
                           .arg(g->techniqueIds.join(QStringLiteral(", ")));
        }
        return Ok;
    }
    const auto* t = c.technique(id);
    if (!t) {
        throw core::Error(core::Error::Kind::NotFound, c.problem(id));
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(techniqueJson(c, *t));
        return Ok;
    }
    ctx.out << QStringLiteral("%1 %2 [%3]\n").arg(t->id, t->name, t->tactics.join(QStringLiteral(", ")));
    if (!c.problem(id).isEmpty()) {
        ctx.out << c.problem(id) << QLatin1Char('\n');
    }
    ctx.out << t->summary << QLatin1Char('\n');
    return Ok;
}

int search(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser, 1, -1);
    auto db = ctx.openDatabase(parser);
    const auto c = storage::AttackCatalogRepository(*db).active();
    const auto hits = c.search(parser.positionalArguments().join(QLatin1Char(' ')), 25);
    if (parser.isSet(Context::jsonOption())) {
        QJsonArray out;
        for (const auto* t : hits) {
            out.append(techniqueJson(c, *t));
        }
        ctx.printJson(out);
        return Ok;
    }
    for (const auto* t : hits) {
        ctx.out << QStringLiteral("%1\t%2%3\n")
                       .arg(t->id, t->name, t->isActive() ? QString() : tr(" (revoked or deprecated)"));
    }
    return hits.isEmpty() ? BadInput : Ok;
}

int track(Context& ctx, bool tracked)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser, 1, -1);
    auto db = ctx.openDatabase(parser);
    storage::AttackCatalogRepository repo(*db);
    const auto c = repo.active();
    for (const QString& arg : parser.positionalArguments()) {
        const QString id = arg.trimmed().toUpper();
        if (!c.group(id)) {
            throw core::Error(core::Error::Kind::BadInput, tr("%1 is not an ATT&CK group (G0001 ...).").arg(arg));
        }
        repo.setTracked(id, tracked, core::SystemClock::instance().nowMs());
    }
    ctx.out << tr("Tracked groups: %1\n").arg(repo.trackedGroups().join(QStringLiteral(", ")));
    return Ok;
}

// For maintainers: derives the compact catalog Muster ships (resources/attack) from
// MITRE's bundle.
int exportCatalog(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the catalog to FILE."), tr("FILE"));
    const QCommandLineOption version(QStringLiteral("attack-version"), tr("The ATT&CK release, e.g. 18.1."),
                                     tr("VERSION"));
    const QCommandLineOption source(QStringLiteral("source"), tr("Where the bundle came from."), tr("TEXT"));
    parser.addOption(out);
    parser.addOption(version);
    parser.addOption(source);
    ctx.parse(parser, 1, 1);
    if (!parser.isSet(out)) {
        throw UsageError{tr("--out FILE is required")};
    }
    const QString path = parser.positionalArguments().first();
    auto catalog = core::AttackCatalog::fromStix(core::StixBundle::parse(readFile(path), QFileInfo(path).fileName()));
    if (parser.isSet(version)) {
        catalog.setVersion(parser.value(version));
    }
    if (parser.isSet(source)) {
        catalog.setSource(parser.value(source));
    }
    intel::writeFile(parser.value(out), catalog.toCompactJson());
    ctx.out << tr("Wrote %1: %2.\n").arg(QDir::toNativeSeparators(parser.value(out)), countsLine(catalog));
    return Ok;
}

} // namespace

QList<Command> attackCommands()
{
    return {
        {{QStringLiteral("attack"), QStringLiteral("import")},
         QStringLiteral("attack import FILE --database FILE"),
         tr("Import MITRE ATT&CK from its STIX bundle, replacing the catalog in use."),
         importCatalog},
        {{QStringLiteral("attack"), QStringLiteral("status")},
         QStringLiteral("attack status --database FILE [--json]"),
         tr("Show which ATT&CK catalog is in use and the tracked groups."),
         status},
        {{QStringLiteral("attack"), QStringLiteral("show")},
         QStringLiteral("attack show ID --database FILE [--json]"),
         tr("Show a technique (T1059.001) or a group (G0016); flags unknown or revoked ids."),
         show},
        {{QStringLiteral("attack"), QStringLiteral("search")},
         QStringLiteral("attack search TEXT... --database FILE [--json]"),
         tr("Find techniques by id or name."),
         search},
        {{QStringLiteral("attack"), QStringLiteral("track")},
         QStringLiteral("attack track GROUP... --database FILE"),
         tr("Track ATT&CK groups (they rank the hunt backlog)."),
         [](Context& ctx) {
             return track(ctx, true);
         }},
        {{QStringLiteral("attack"), QStringLiteral("untrack")},
         QStringLiteral("attack untrack GROUP... --database FILE"),
         tr("Stop tracking ATT&CK groups."),
         [](Context& ctx) {
             return track(ctx, false);
         }},
        {{QStringLiteral("attack"), QStringLiteral("catalog")},
         QStringLiteral("attack catalog BUNDLE --out FILE [--attack-version V] [--source TEXT]"),
         tr("Derive Muster's compact catalog from MITRE's bundle (for maintainers)."),
         exportCatalog},
    };
}

} // namespace muster::ctl
