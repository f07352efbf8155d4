#include "sync/SyncState.h"

#include "core/Ids.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace muster::sync {

using storage::execute;
using storage::Query;

SyncState::SyncState(const QSqlDatabase& db)
    : m_db(db)
{}

QString SyncState::value(const QString& key) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.scalar().toString();
}

void SyncState::setValue(const QString& key, const QString& value)
{
    if (value.isEmpty()) {
        Query q(m_db, QStringLiteral("DELETE FROM sync_state WHERE key = :key"));
        q.bind(QStringLiteral(":key"), key).exec();
        return;
    }
    Query q(m_db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

QString SyncState::desktopId()
{
    QString id = value(QStringLiteral("desktop_id"));
    if (id.isEmpty()) {
        id = core::newId();
        setValue(QStringLiteral("desktop_id"), id);
    }
    return id;
}

QString SyncState::cursor() const
{
    return value(QStringLiteral("cursor"));
}

void SyncState::setCursor(const QString& snapshot)
{
    setValue(QStringLiteral("cursor"), snapshot);
}

QJsonObject SyncState::pullSession() const
{
    return QJsonDocument::fromJson(value(QStringLiteral("pull_session")).toUtf8()).object();
}

void SyncState::setPullSession(const QJsonObject& session)
{
    setValue(QStringLiteral("pull_session"),
             session.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact)));
}

bool SyncState::hasPulled(const QString& table) const
{
    return !value(QStringLiteral("pulled:") + table).isEmpty();
}

void SyncState::setPulled(const QString& table)
{
    setValue(QStringLiteral("pulled:") + table, QStringLiteral("1"));
}

void SyncState::adoptPulledMarks()
{
    if (cursor().isEmpty() ||
        Query(m_db, QStringLiteral("SELECT count(*) FROM sync_state WHERE key GLOB 'pulled:*'")).scalar().toInt() > 0) {
        return;
    }
    execute(m_db, QStringLiteral("INSERT INTO sync_state (key, value) SELECT 'pulled:' || substr(key, 10), '1' "
                                 "FROM sync_state WHERE key GLOB 'baseline:*'"));
}

QString SyncState::serverId() const
{
    return value(QStringLiteral("server_id"));
}

void SyncState::setServerId(const QString& id)
{
    setValue(QStringLiteral("server_id"), id);
}

qint64 SyncState::lastSyncAt() const
{
    return value(QStringLiteral("last_sync_at")).toLongLong();
}

void SyncState::setLastSyncAt(qint64 ms)
{
    setValue(QStringLiteral("last_sync_at"), QString::number(ms));
}

QString SyncState::lastError() const
{
    return value(QStringLiteral("last_error"));
}

void SyncState::setLastError(const QString& message)
{
    setValue(QStringLiteral("last_error"), message);
}

int SyncState::pendingChanges() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")).scalar().toInt();
}

int SyncState::openRejections() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM sync_rejections WHERE dismissed = 0")).scalar().toInt();
}

int SyncState::openConflicts() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE dismissed = 0")).scalar().toInt();
}

} // namespace muster::sync
