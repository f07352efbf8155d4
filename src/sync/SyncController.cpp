#include "sync/SyncController.h"

namespace muster::sync {

SyncController::SyncController(storage::Database& db, QObject* parent, SyncWorker::Timing timing)
    : QObject(parent)
    , m_worker(new SyncWorker(db, timing))
{
    m_thread.setObjectName(QStringLiteral("Muster sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& status) {
        m_status = status;
        emit statusChanged(status);
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
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->localChanged(); });
}

} // namespace muster::sync
