#include "sync/SyncWorker.h"

#include "storage/Database.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QDateTime>
#include <QSocketNotifier>

namespace muster::sync {

SyncWorker::SyncWorker(storage::Database& db, Timing timing)
    : m_db(db)
    , m_timing(timing)
    , m_heartbeat(this)
    , m_retry(this)
    , m_periodic(this)
    , m_debounce(this)
{
    m_retry.setSingleShot(true);
    m_debounce.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncWorker::heartbeat);
    connect(&m_retry, &QTimer::timeout, this, &SyncWorker::connectListener);
    connect(&m_periodic, &QTimer::timeout, this, &SyncWorker::runSync);
    connect(&m_debounce, &QTimer::timeout, this, &SyncWorker::runSync);
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::pending() const
{
    try {
        return SyncState(m_db.connection()).pendingChanges();
    } catch (const core::Error&) {
        return 0;
    }
}

void SyncWorker::report(const SyncStatus& status)
{
    emit statusChanged(status);
}

void SyncWorker::configure(const ServerConfig& config)
{
    m_config = config;
    dropListener();
    m_retry.stop();
    m_periodic.stop();
    m_heartbeat.stop();
    m_retryDelay = m_timing.retryMs;
    if (!m_config.isConfigured()) {
        report(SyncStatus{});
        return;
    }
    if (m_config.autoSync) {
        m_periodic.start(m_timing.periodicMs);
        connectListener();
    } else {
        SyncStatus s;
        s.state = SyncStatus::State::Synced;
        s.lastSyncAt = SyncState(m_db.connection()).lastSyncAt();
        s.pendingChanges = pending();
        if (s.lastSyncAt == 0) {
            s.state = SyncStatus::State::Offline;
        }
        report(s);
    }
}

void SyncWorker::syncNow()
{
    runSync();
}

void SyncWorker::localChanged()
{
    if (!m_config.isConfigured()) {
        return;
    }
    if (m_config.autoSync && m_listener) {
        m_debounce.start(m_timing.debounceMs);
        return;
    }
    // Offline or manual: the status bar counts what waits.
    SyncStatus s;
    s.state = SyncStatus::State::Offline;
    s.pendingChanges = pending();
    report(s);
}

void SyncWorker::shutdown()
{
    m_cancel = true;
    m_heartbeat.stop();
    m_retry.stop();
    m_periodic.stop();
    m_debounce.stop();
    dropListener();
}

void SyncWorker::connectListener()
{
    if (!m_config.isConfigured() || !m_config.autoSync) {
        return;
    }
    try {
        m_listener = std::make_unique<PgConnection>(m_config);
        m_listener->exec(QStringLiteral("LISTEN %1").arg(ServerSchema::doorbellChannel()));
        m_notifier = new QSocketNotifier(qintptr(m_listener->socket()), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SyncWorker::readNotifications);
        m_heartbeat.start(m_timing.heartbeatMs);
        m_retryDelay = m_timing.retryMs;
    } catch (const PgError& e) {
        dropListener();
        if (!e.isConnectionProblem()) {
            SyncStatus s;
            s.state = SyncStatus::State::Error;
            s.error = e.message();
            s.pendingChanges = pending();
            report(s);
            scheduleRetry();
            return;
        }
        SyncStatus s;
        s.state = SyncStatus::State::Offline;
        s.pendingChanges = pending();
        s.error = e.message();
        report(s);
        scheduleRetry();
        return;
    }
    // Subscribed: whatever happened while away comes in with a sync.
    runSync();
}

void SyncWorker::dropListener()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_listener.reset();
    m_heartbeat.stop();
}

void SyncWorker::scheduleRetry()
{
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, m_timing.maxRetryMs);
}

void SyncWorker::heartbeat()
{
    if (!m_listener) {
        return;
    }
    try {
        m_listener->exec(QStringLiteral("SELECT 1"));
        readNotifications();
    } catch (const PgError& e) {
        dropListener();
        SyncStatus s;
        s.state = SyncStatus::State::Offline;
        s.pendingChanges = pending();
        s.error = e.message();
        report(s);
        scheduleRetry();
    }
}

void SyncWorker::readNotifications()
{
    if (!m_listener) {
        return;
    }
    try {
        if (!m_listener->takeNotifications().isEmpty()) {
            // The doorbell rang: pull soon (a burst of changes rings many times).
            m_debounce.start(std::min(m_timing.debounceMs, 300));
        }
    } catch (const PgError&) {
        heartbeat();
    }
}

void SyncWorker::runSync()
{
    if (m_running || !m_config.isConfigured()) {
        return;
    }
    m_running = true;
    m_cancel = false;
    m_debounce.stop();
    SyncEngine::Options options;
    options.cancelled = [this] {
        return m_cancel.load();
    };
    options.changed = [this](const QStringList& tables) {
        emit tablesChanged(tables);
    };
    options.progress = [this](int done, int total) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgress < 100 && (total == 0 || done < total)) {
            return; // a status bar needs no more than ten updates a second
        }
        m_lastProgress = now;
        SyncStatus s;
        s.state = SyncStatus::State::Syncing;
        s.done = done;
        s.total = total;
        report(s);
    };
    SyncStatus s;
    s.state = SyncStatus::State::Syncing;
    report(s);
    try {
        const SyncReport r = SyncEngine(m_db, m_config, options).run();
        s = SyncStatus{};
        s.state = SyncStatus::State::Synced;
        s.lastSyncAt = r.finishedAt;
        s.pendingChanges = pending();
        if (!m_listener && m_config.autoSync) {
            m_retry.start(0); // online again: subscribe to the doorbell
        }
    } catch (const PgError& e) {
        s = SyncStatus{};
        s.state = e.isConnectionProblem() ? SyncStatus::State::Offline : SyncStatus::State::Error;
        s.error = e.message();
        s.pendingChanges = pending();
        if (e.isConnectionProblem()) {
            dropListener();
            scheduleRetry();
        }
    } catch (const core::Error& e) {
        s = SyncStatus{};
        s.state = SyncStatus::State::Error;
        s.error = e.message();
        s.pendingChanges = pending();
    }
    if (s.state != SyncStatus::State::Synced) {
        try {
            SyncState(m_db.connection()).setLastError(s.error);
        } catch (const core::Error&) {
        }
    }
    m_running = false;
    report(s);
}

} // namespace muster::sync
