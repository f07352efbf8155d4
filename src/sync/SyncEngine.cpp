#include "sync/SyncEngine.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"
#include "sync/PgConnection.h"
#include "sync/Puller.h"
#include "sync/Pusher.h"
#include "sync/ServerSchema.h"
#include "sync/SyncPlan.h"
#include "sync/SyncState.h"

#include <QDateTime>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSysInfo>

namespace muster::sync {

namespace {

// Checks that the server is a Muster team server; returns its schema version.
void requireMusterServer(PgConnection& server, const QString& where)
{
    const auto r = server.exec(QStringLiteral("SELECT to_regclass('muster.schema_info') IS NOT NULL"));
    if (!r.boolean(0, 0)) {
        throw PgError(core::Error::Kind::Conflict,
                      SyncEngine::tr("%1 is not a Muster team server yet: ask its administrator to run "
                                     "\"musterctl server init\" on it.")
                          .arg(where));
    }
}

} // namespace

SyncEngine::SyncEngine(storage::Database& db, ServerConfig config, Options options)
    : m_db(db)
    , m_config(std::move(config))
    , m_options(std::move(options))
{}

SyncEngine::Hello SyncEngine::hello(PgConnection& server)
{
    requireMusterServer(server, m_config.displayName());
    SyncState state(m_db.connection());
    const QString name = QSysInfo::machineHostName() + QLatin1Char(':') + QFileInfo(m_db.path()).fileName();
    const auto r =
        server.exec(QStringLiteral("SELECT known, schema_version, min_protocol, server_id "
                                   "FROM muster.hello($1::uuid, $2, $3)"),
                    {state.desktopId().toUtf8(), name.toUtf8(), PgConnection::param(ServerSchema::kProtocol)});
    const int schema = int(r.number(0, 1));
    const int minProtocol = int(r.number(0, 2));
    const QString serverId = r.text(0, 3);
    if (minProtocol > ServerSchema::kProtocol) {
        throw PgError(core::Error::Kind::Conflict,
                      tr("The team server needs a newer Muster (sync protocol %1; this Muster speaks protocol %2). "
                         "Update Muster on this computer; your changes stay here until then.")
                          .arg(minProtocol)
                          .arg(ServerSchema::kProtocol));
    }
    if (schema < ServerSchema::kMinServerSchema) {
        throw PgError(core::Error::Kind::Conflict,
                      tr("The team server is older (server schema %1) than this Muster needs (%2). Ask its "
                         "administrator to run \"musterctl server init\" of this version; your changes stay here "
                         "until then.")
                          .arg(schema)
                          .arg(ServerSchema::kMinServerSchema));
    }
    const QString known = state.serverId();
    if (!known.isEmpty() && known != serverId) {
        throw PgError(core::Error::Kind::Conflict,
                      tr("This database was synchronised with another team server. Muster does not mix the data of "
                         "two servers: to work with %1, start a new database file (File > New Database).")
                          .arg(m_config.displayName()));
    }
    if (known.isEmpty()) {
        storage::WriteTransaction tx(m_db.connection());
        state.setServerId(serverId);
        tx.commit();
    }
    return Hello{r.boolean(0, 0)};
}

SyncReport SyncEngine::run()
{
    SyncReport report;
    PgConnection server(m_config);
    const Hello h = hello(server);
    SyncState state(m_db.connection());
    // Which synced tables this sync wrote (pulled rows, purges, refused changes taken
    // back, merges), told at its end, also when it fails after committing some.
    QStringList synced;
    for (const auto& spec : storage::SyncRegistry::specs()) {
        synced.append(spec.name);
    }
    const storage::ChangeRecorder changes(m_db.connection(), synced);
    const auto tell = qScopeGuard([this, &changes] {
        const QStringList changed = changes.changed();
        if (!changed.isEmpty() && m_options.changed) {
            m_options.changed(changed);
        }
    });
    {
        storage::WriteTransaction tx(m_db.connection());
        state.adoptPulledMarks();
        tx.commit();
    }
    report.baseline = storage::SyncCapture::ensure(m_db);

    // A server that does not know this desktop, while the desktop has pulled from it
    // before, may have purged tombstones this desktop never saw: read everything again.
    const bool resync = !h.known && !state.cursor().isEmpty();
    if (resync) {
        report.notes << tr("The team server did not know this computer any more; everything was read again.");
    }
    const SyncPlan plan = SyncPlan::negotiate(storage::SyncRegistry::describe(m_db.connection()), server);
    if (!plan.missingTables().isEmpty()) {
        report.notes << tr("The team server does not sync these yet (it needs an upgrade): %1")
                            .arg(plan.missingTables().join(QStringLiteral(", ")));
    }

    const int pending = state.pendingChanges();
    Puller::Options pullOptions;
    pullOptions.pageSize = m_options.pageSize;
    pullOptions.pagesPerTransaction = m_options.pagesPerTransaction;
    pullOptions.backgroundCheckpointsFrom = m_options.backgroundCheckpointsFrom;
    pullOptions.resync = resync;
    pullOptions.cancelled = m_options.cancelled;
    pullOptions.countOn = m_config;
    int pullTotal = 0;
    if (m_options.progress) {
        pullOptions.progress = [this, pending, &pullTotal](int done, int total) {
            pullTotal = total;
            m_options.progress(done, total > 0 ? total + pending : 0); // 0: not counted yet
        };
    }
    Puller puller(m_db, server, plan, pullOptions);
    report.pulled = puller.run();
    report.purged = puller.purgedIncidents();

    Pusher::Options pushOptions;
    pushOptions.batchSize = m_options.batchSize;
    pushOptions.cancelled = m_options.cancelled;
    if (m_options.progress) {
        pushOptions.progress = [this, &report, &pullTotal](int done, int total) {
            m_options.progress(std::max(pullTotal, report.pulled) + done, std::max(pullTotal, report.pulled) + total);
        };
    }
    const Pusher::Result pushed = Pusher(m_db, server, plan, pushOptions).run();
    report.pushed = pushed.applied;
    report.rejected = pushed.rejected;
    report.conflicts = pushed.conflicts;
    report.waiting = pushed.waiting;

    try {
        server.exec(QStringLiteral("SELECT muster.purge_tombstones()"));
    } catch (const PgError&) {
        // Housekeeping; the next sync tries again.
    }
    report.finishedAt = QDateTime::currentMSecsSinceEpoch();
    storage::WriteTransaction tx(m_db.connection());
    state.setLastSyncAt(report.finishedAt);
    state.setLastError(QString());
    tx.commit();
    return report;
}

QString SyncEngine::test(const ServerConfig& config)
{
    PgConnection server(config, 5);
    requireMusterServer(server, config.displayName());
    const auto r = server.exec(QStringLiteral("SELECT (SELECT value FROM muster.schema_info WHERE key = "
                                              "'schema_version'), current_user, "
                                              "pg_has_role(current_user, 'muster_member', 'member'), "
                                              "pg_has_role(current_user, 'muster_leadership', 'member')"));
    const QString access = r.boolean(0, 2)   ? tr("read and write")
                           : r.boolean(0, 3) ? tr("read only (leadership)")
                                             : tr("no access to Muster data yet (ask for a login)");
    return tr("Connected as %1 to a Muster team server (server schema %2): %3.")
        .arg(r.text(0, 1), r.text(0, 0), access);
}

} // namespace muster::sync
