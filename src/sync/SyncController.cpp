#include "sync/SyncController.h"

#include "storage/Database.h"

#include <QScopeGuard>

namespace muster::sync {

SyncController::SyncController(storage::Database& db, QObject* parent, SyncWorker::Timing timing)
    : QObject(parent)
    , m_db(db)
    , m_worker(new SyncWorker(db, timing))
{
    m_thread.setObjectName(QStringLiteral("Muster sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& status) {
        m_status = status;
        emit statusChanged(status);
    });
    // What a sync wrote is told to the views here, on the GUI thread. It is no local
    // change: localChanged() does not answer it with another sync.
    connect(m_worker, &SyncWorker::tablesChanged, this, [this](const QStringList& tables) {
        m_tellingViews = true;
        const auto done = qScopeGuard([this] { m_tellingViews = false; });
        m_db.notifyChanged(tables);
    });
    m_thread.start();
}

SyncController::~SyncController()
{
    m_worker->cancel();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::configure(const ServerConfig& config)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, config] { worker->configure(config); });
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->syncNow(); });
}

void SyncController::cancel()
{
    m_worker->cancel();
}

void SyncController::localChanged()
{
    if (m_tellingViews) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->localChanged(); });
}

} // namespace muster::sync
