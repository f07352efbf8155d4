#pragma once

#include "sync/SyncStatus.h"
#include "sync/SyncWorker.h"

#include <QObject>
#include <QThread>

namespace muster::storage {
class Database;
}

namespace muster::sync {

// Owns the sync worker and its thread for one open database, from the GUI thread: the
// GUI never waits for the network or the server.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(storage::Database& db, QObject* parent = nullptr,
                            SyncWorker::Timing timing = SyncWorker::Timing{});
    ~SyncController() override;

    // The configuration to use, password included (read from the keychain by the caller).
    void configure(const ServerConfig& config);
    void syncNow();
    void cancel();
    // Local data changed (Database::changed): sync soon, or count what waits. The
    // controller itself tells the database's listeners what each sync wrote (ignored
    // here), so that views show pulled rows.
    void localChanged();

    const SyncStatus& status() const { return m_status; }

signals:
    void statusChanged(const muster::sync::SyncStatus& status);

private:
    storage::Database& m_db;
    QThread m_thread;
    SyncWorker* m_worker;
    bool m_tellingViews = false; // Database::changed comes from a sync, not from the user
    SyncStatus m_status;
};

} // namespace muster::sync
