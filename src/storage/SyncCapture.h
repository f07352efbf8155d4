#pragma once

#include "storage/BulkStatement.h"
#include "storage/SyncRegistry.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

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
    //
    // While the search index is deferred (a large pull), no trigger has anything to do
    // for an applied change: the capture triggers skip it, the search triggers wait for
    // the rebuild, and the append-only guards only refuse updates and deletes, which an
    // apply makes only when purging (when they allow it). The connection's triggers are
    // then switched off altogether: merely entering two trigger programs per row cost
    // about 40% of a timeline entry's insert.
    class ApplyMode
    {
    public:
        explicit ApplyMode(const QSqlDatabase& db, bool purge = false);
        ~ApplyMode();
        ApplyMode(const ApplyMode&) = delete;
        ApplyMode& operator=(const ApplyMode&) = delete;

    private:
        QSqlDatabase m_db;
        std::optional<TriggersOff> m_triggersOff;
    };
};

} // namespace muster::storage
