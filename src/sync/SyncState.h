#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace muster::sync {

// This desktop's side of sync, kept in the database's sync_state table: who it is, how
// far it has pulled, and what the user should know (last sync, waiting changes).
class SyncState
{
public:
    explicit SyncState(const QSqlDatabase& db);

    // A UUID made the first time this database syncs.
    QString desktopId();
    // The server snapshot (pg_snapshot text) this desktop has pulled up to; empty when it
    // never pulled.
    QString cursor() const;
    void setCursor(const QString& snapshot);
    // The pull in progress (see Puller), or an empty object.
    QJsonObject pullSession() const;
    void setPullSession(const QJsonObject& session);
    // The team server this database syncs with (its server_id); empty before the first.
    QString serverId() const;
    void setServerId(const QString& id);

    qint64 lastSyncAt() const;
    void setLastSyncAt(qint64 ms);
    QString lastError() const;
    void setLastError(const QString& message);

    int pendingChanges() const;
    int openRejections() const;
    int openConflicts() const;

    // Whether this desktop has read the whole of a synced table from the server once
    // (a table it starts to sync later, while it has a cursor, is read whole first).
    bool hasPulled(const QString& table) const;
    void setPulled(const QString& table);
    // A desktop that synced before these marks were kept: the tables it captured (and so
    // pulled) until now count as pulled. Call before SyncCapture::ensure().
    void adoptPulledMarks();

    QString value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace muster::sync
