#pragma once

#include "sync/LocalApplier.h"
#include "sync/ServerConfig.h"
#include "sync/SyncPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace muster::storage {
class Database;
}

namespace muster::sync {

class PgConnection;

// Pulls the changes after this desktop's cursor, page by page (docs/sync.md, "Pull").
//
// The cursor is a server snapshot (pg_current_snapshot()). A pull session takes a new
// snapshot S first, then reads every row whose last writing transaction is not visible
// in the old cursor, in (transaction id, key) order, and ends by making S the cursor.
// A transaction that was still running when the old cursor was taken is not visible in
// it, so its rows are read whenever it commits: a late commit is never skipped. Rows
// written while the session runs may be read twice; applying is idempotent.
//
// Pages are applied in local transactions together with the session's position, so a
// pull killed half-way resumes where it stopped, and nothing is applied twice or lost. A
// transaction takes a few pages (or as many as arrive within a second): each commit
// writes every page it dirtied to the WAL again, and rows keyed by random UUIDs dirty
// most of their indexes' pages. Access events (an incident became confidential, an
// access list changed) are handled at the end: incidents this desktop may no longer read
// are purged, incidents it may now read are fetched.
class Puller
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::Puller)

public:
    struct Options
    {
        // Rows a page reads. Each page's read checks row-level security against every
        // incident this login may read (a scan of them: ~14 ms for 8,000 incidents), so a
        // large pull reads few, large pages.
        int pageSize = 20000;
        // A local transaction is committed once it holds this many pages, or once it has
        // been open this long (it holds the write lock: the GUI's writes wait for it).
        int pagesPerTransaction = 5;
        int transactionMs = 1000;
        // A pull of at least this many rows takes WAL checkpoints on a thread of its own.
        int backgroundCheckpointsFrom = 10000;
        bool resync = false; // the server forgot this desktop: fetch all and sweep
        // The server again, for a second connection: a first pull into a desktop without
        // incidents counts its rows there while the first pages arrive (progress has no
        // total until then). Without it, and on other pulls, the count comes first.
        std::optional<ServerConfig> countOn;
        std::function<void(int pulled, int total)> progress;
        std::function<bool()> cancelled;
    };

    Puller(storage::Database& db, PgConnection& server, const SyncPlan& plan, Options options);

    // Estimated number of rows to pull (for progress); cheap.
    int estimate();
    // The statement that estimate() runs, and its parameters.
    std::pair<QString, QList<QByteArray>> estimateQuery() const;
    // Runs or resumes the session; returns the number of rows applied.
    int run();

    int purgedIncidents() const { return m_purged; }

private:
    QStringList unpulledTables() const;
    QString pageSql(const SyncPlan::Table& table, bool incremental) const;
    void handleAccessEvents(LocalApplier& applier, const QJsonObject& session);
    QHash<QString, QStringList> movedRows(LocalApplier& applier, const QString& window, const QString& from);
    void sweep(LocalApplier& applier);

    storage::Database& m_db;
    PgConnection& m_server;
    const SyncPlan& m_plan;
    Options m_options;
    int m_purged = 0;
    int m_done = 0;
    int m_total = 0;
    QHash<QString, QSet<QString>> m_seen; // resync: keys the server still has
};

} // namespace muster::sync
