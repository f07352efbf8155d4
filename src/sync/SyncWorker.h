#pragma once

#include "sync/ServerConfig.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QSocketNotifier;

namespace muster::storage {
class Database;
}

namespace muster::sync {

class PgConnection;

// Synchronises in the background, on the thread it lives on (SyncController gives it
// one), with its own database and server connections.
//
// It syncs when configured, on demand, a little after local changes, periodically, and
// when the server's doorbell rings: a LISTEN connection receives a NOTIFY without data
// whenever something changed there, and the worker then pulls. A heartbeat on that
// connection notices a dropped connection; the worker reports Offline, reconnects with
// a growing delay, subscribes again and syncs.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    struct Timing
    {
        int heartbeatMs = 30'000;
        int retryMs = 5'000; // first reconnect delay; doubles up to maxRetryMs
        int maxRetryMs = 120'000;
        int periodicMs = 300'000;
        int debounceMs = 2'000;
    };

    explicit SyncWorker(storage::Database& db, Timing timing);
    ~SyncWorker() override;

    // Called on the worker's thread (queued from SyncController).
    void configure(const ServerConfig& config);
    void syncNow();
    void localChanged();
    void shutdown();
    // Thread-safe: asks a running sync to stop at the next page or batch.
    void cancel() { m_cancel = true; }

signals:
    void statusChanged(const muster::sync::SyncStatus& status);
    // A sync wrote rows of these synced tables (emitted on the worker's thread).
    void tablesChanged(const QStringList& tables);

private:
    void runSync();
    void connectListener();
    void dropListener();
    void heartbeat();
    void readNotifications();
    void scheduleRetry();
    void report(const SyncStatus& status);
    int pending() const;

    storage::Database& m_db;
    Timing m_timing;
    ServerConfig m_config;
    std::unique_ptr<PgConnection> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_heartbeat;
    QTimer m_retry;
    QTimer m_periodic;
    QTimer m_debounce;
    int m_retryDelay = 0;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    qint64 m_lastProgress = 0;
};

} // namespace muster::sync
