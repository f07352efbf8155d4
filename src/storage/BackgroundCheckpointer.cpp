#include "storage/BackgroundCheckpointer.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTimer>

namespace muster::storage {

BackgroundCheckpointer::BackgroundCheckpointer(Database& db, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    execute(db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    m_thread.setObjectName(QStringLiteral("muster-checkpoint"));
    auto* timer = new QTimer;
    timer->setInterval(intervalMs);
    timer->moveToThread(&m_thread);
    connect(timer, &QTimer::timeout, timer, [this] {
        try {
            Query q(m_db.connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            q.exec();
            m_checkpoints.fetchAndAddRelaxed(1);
        } catch (const core::Error& e) {
            qWarning("WAL checkpoint failed: %s", e.what()); // the next one tries again
        }
    });
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    connect(&m_thread, &QThread::finished, timer, [this, timer] {
        try {
            Query(m_db.connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).exec();
        } catch (const core::Error&) {
        }
        delete timer;
    });
    m_thread.start();
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
    try {
        execute(m_db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    } catch (const core::Error&) {
    }
}

} // namespace muster::storage
