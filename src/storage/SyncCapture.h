#pragma once

#include "storage/SyncRegistry.h"

#include <QSqlDatabase>
#include <QStringList>

namespace muster::storage {

class Database;

// Change capture for sync: the SQLite triggers that write an outbox row in the same
// transaction as each local change, generated from SyncRegistry.
class SyncCapture
{
public:
    // The CREATE TRIGGER statements for one table.
    static QStringList triggerSql(const SyncTable& table);

    // Installs or refreshes the capture triggers of every registered table, in one write
    // transaction. A table captured for the first time gets a baseline: one outbox row
    // per existing row, so that what was written before sync was set up reaches the
    // server too. Returns the number of baseline rows queued.
    static int ensure(Database& db);

    // Whether the triggers are installed (a desktop that never synced has none).
    static bool installed(const QSqlDatabase& db);

    // SQL expressions SQLite evaluates: a new random UUID, and now in epoch ms.
    static QString uuidSql();
    static QString nowMsSql();

    // Marks the changes made on `db` inside the current write transaction as applied from
    // the server: the capture triggers skip them. With `purge`, timeline entries may be
    // deleted too. The flag is cleared when the object is destroyed, which must happen
    // before the transaction commits.
    class ApplyMode
    {
    public:
        explicit ApplyMode(const QSqlDatabase& db, bool purge = false);
        ~ApplyMode();
        ApplyMode(const ApplyMode&) = delete;
        ApplyMode& operator=(const ApplyMode&) = delete;

    private:
        QSqlDatabase m_db;
    };
};

} // namespace muster::storage
