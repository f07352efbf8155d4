#pragma once

#include "storage/SyncRegistry.h"

#include <QList>
#include <QStringList>

namespace muster::sync {

class PgConnection;

// What this desktop and the server agree to sync: the registered tables the server has,
// each with the columns both know. A server that is newer may have more (it fills their
// defaults); one that is older may lack some (their changes wait in the outbox until the
// server is upgraded). Server changes are additive, so this is always well defined.
struct SyncPlan
{
    struct Table
    {
        storage::SyncTable table; // columns: those the server has too, key first
        bool onServer = false;
        QStringList localOnlyColumns; // registered columns the server lacks
        bool hasServerOrder = false;  // an insert-only table with _seq
    };
    QList<Table> tables;

    static SyncPlan negotiate(const QList<storage::SyncTable>& local, PgConnection& connection);
    const Table* find(const QString& name) const;
    // Tables the server does not have, for messages.
    QStringList missingTables() const;
};

} // namespace muster::sync
