#pragma once

#include "sync/ServerConfig.h"

#include <QCoreApplication>

#include <functional>

namespace muster::storage {
class Database;
}

namespace muster::sync {

class PgConnection;

// What one sync did, for the status bar, musterctl and tests.
struct SyncReport
{
    int pulled = 0;
    int pushed = 0;
    int rejected = 0;
    int conflicts = 0;
    int purged = 0;   // incidents removed because this desktop lost access
    int waiting = 0;  // changes for tables the server does not sync yet
    int baseline = 0; // rows queued the first time this database synced
    QStringList notes;
    qint64 finishedAt = 0;
};

// One synchronisation of a local database with the team server: connect, agree on
// versions and tables, pull, push (docs/sync.md). Runs on the calling thread with its own
// connections (the database's connection for that thread, and a new server connection).
// Throws PgError (isConnectionProblem() when offline) or core::Error.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::SyncEngine)

public:
    struct Options
    {
        int pageSize = 20000; // see Puller::Options
        int batchSize = 5000;
        int pagesPerTransaction = 5;           // see Puller::Options
        int backgroundCheckpointsFrom = 10000; // see Puller::Options
        std::function<void(int done, int total)> progress;
        std::function<bool()> cancelled;
        // Called once at the end of a run (also one that failed) with the synced tables
        // whose local rows it wrote, when there are any: for views to read them again.
        std::function<void(const QStringList& tables)> changed;
    };

    SyncEngine(storage::Database& db, ServerConfig config, Options options);
    SyncEngine(storage::Database& db, ServerConfig config)
        : SyncEngine(db, std::move(config), Options{})
    {}

    SyncReport run();

    // Connects and checks that the server is a Muster team server this desktop can sync
    // with (the settings page's "Test connection"). Returns a short description.
    static QString test(const ServerConfig& config);

private:
    struct Hello
    {
        bool known = false;
    };
    Hello hello(PgConnection& server);

    storage::Database& m_db;
    ServerConfig m_config;
    Options m_options;
};

} // namespace muster::sync
