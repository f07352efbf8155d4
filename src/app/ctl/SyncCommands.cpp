#include "app/ctl/Command.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "sync/PgError.h"
#include "sync/SyncEngine.h"
#include "sync/SyncIssues.h"
#include "sync/SyncState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::SyncCommands", text);
}

int syncOnce(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption dsn = Context::dsnOption();
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Rows per pull page and push batch (default 5000)."), tr("N"));
    parser.addOptions({dsn, pageSize, Context::jsonOption()});
    ctx.parse(parser);
    if (parser.value(dsn).isEmpty()) {
        throw UsageError{tr("--dsn DSN is required")};
    }
    auto db = ctx.openDatabase(parser);
    sync::SyncEngine::Options options;
    if (parser.isSet(pageSize)) {
        options.pageSize = std::max(1, parser.value(pageSize).toInt());
        options.batchSize = options.pageSize;
    }
    sync::SyncReport report;
    try {
        report = sync::SyncEngine(*db, sync::ServerConfig::fromDsn(parser.value(dsn)), options).run();
    } catch (const core::Error& e) {
        storage::WriteTransaction tx(db->connection());
        sync::SyncState(db->connection()).setLastError(e.message());
        tx.commit();
        throw;
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(QJsonObject{{QStringLiteral("pulled"), report.pulled},
                                  {QStringLiteral("pushed"), report.pushed},
                                  {QStringLiteral("rejected"), report.rejected},
                                  {QStringLiteral("conflicts"), report.conflicts},
                                  {QStringLiteral("purged"), report.purged},
                                  {QStringLiteral("waiting"), report.waiting},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
        return Ok;
    }
    ctx.out << tr("Synchronised with the team server: %1 change(s) pulled, %2 pushed.\n")
                   .arg(report.pulled)
                   .arg(report.pushed);
    if (report.rejected > 0) {
        ctx.out << tr("%1 change(s) were refused by the server; see: musterctl sync status\n").arg(report.rejected);
    }
    if (report.conflicts > 0) {
        ctx.out << tr("%1 field(s) met a concurrent change; the later one won.\n").arg(report.conflicts);
    }
    if (report.purged > 0) {
        ctx.out
            << tr("%1 incident(s) were removed from this computer: you no longer have access.\n").arg(report.purged);
    }
    for (const QString& note : std::as_const(report.notes)) {
        ctx.out << note << QLatin1Char('\n');
    }
    return Ok;
}

int status(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOptions({Context::databaseOption(), Context::jsonOption()});
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    sync::SyncState state(db->connection());
    // The refused changes the Sync issues view lists, oldest first.
    QList<sync::SyncIssue> refused;
    for (const sync::SyncIssue& issue : sync::SyncIssues(*db).list(false)) {
        if (issue.kind == sync::SyncIssue::Kind::Refused) {
            refused.append(issue);
        }
    }
    std::stable_sort(refused.begin(), refused.end(),
                     [](const sync::SyncIssue& a, const sync::SyncIssue& b) { return a.at < b.at; });
    QJsonArray rejections;
    for (const sync::SyncIssue& issue : std::as_const(refused)) {
        rejections.append(QJsonObject{{QStringLiteral("table"), issue.table},
                                      {QStringLiteral("row"), issue.rowId},
                                      {QStringLiteral("reason"), issue.detail},
                                      {QStringLiteral("at"), issue.at}});
    }
    const qint64 last = state.lastSyncAt();
    const QJsonObject status{
        {QStringLiteral("desktop"), state.value(QStringLiteral("desktop_id"))},
        {QStringLiteral("server"), state.serverId()},
        {QStringLiteral("cursor"), state.cursor()},
        {QStringLiteral("lastSyncAt"), last},
        {QStringLiteral("lastError"), state.lastError()},
        {QStringLiteral("pending"), state.pendingChanges()},
        {QStringLiteral("pullInProgress"), !state.pullSession().isEmpty()},
        {QStringLiteral("conflicts"), state.openConflicts()},
        {QStringLiteral("rejected"), rejections},
    };
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(status);
        return Ok;
    }
    if (state.serverId().isEmpty()) {
        ctx.out << tr("Local only: this database has never synchronised with a team server.\n");
    } else {
        ctx.out << tr("Last synchronised: %1\n")
                       .arg(last > 0 ? QDateTime::fromMSecsSinceEpoch(last).toString(Qt::ISODate) : tr("never"));
    }
    ctx.out << tr("Changes waiting to be pushed: %1\n").arg(state.pendingChanges());
    if (!state.pullSession().isEmpty()) {
        ctx.out << tr("A pull was interrupted; the next sync resumes it.\n");
    }
    if (!state.lastError().isEmpty()) {
        ctx.out << tr("Last error: %1\n").arg(state.lastError());
    }
    ctx.out << tr("Open conflicts: %1\n").arg(state.openConflicts());
    ctx.out << tr("Refused changes: %1\n").arg(rejections.size());
    for (const auto& r : std::as_const(rejections)) {
        const QJsonObject o = r.toObject();
        ctx.out << tr("  %1 %2: %3\n")
                       .arg(o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("row")).toString(),
                            o.value(QStringLiteral("reason")).toString());
    }
    return Ok;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{QStringLiteral("sync")},
         QStringLiteral("sync --database FILE --dsn DSN [--json]"),
         tr("Synchronise the database with the team server once (pull, then push)."),
         syncOnce},
        {{QStringLiteral("sync"), QStringLiteral("status")},
         QStringLiteral("sync status --database FILE [--json]"),
         tr("Show the sync state: last sync, changes waiting, refused changes, conflicts."),
         status},
    };
}

} // namespace muster::ctl
