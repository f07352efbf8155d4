#pragma once

#include "sync/LocalApplier.h"
#include "sync/SyncPlan.h"

namespace muster::sync {

class PgConnection;
class PgResult;

// Reading synced rows from the server in the desktop's wire form (epoch ms, 0/1).
class RemoteRows
{
public:
    // The select list: the plan table's columns, then _xid, _deleted and _seq.
    static QString columnsSql(const SyncPlan::Table& table);
    static QList<LocalApplier::Row> read(const SyncPlan::Table& table, const PgResult& result);
    // The same rows, also pointing into `result` (Row::source): the caller keeps the
    // result alive until they are applied.
    static QList<LocalApplier::Row> readReferencing(const SyncPlan::Table& table, const PgResult& result);
    // The live rows with these keys (those this login may read).
    static QList<LocalApplier::Row> fetch(PgConnection& server, const SyncPlan::Table& table, const QStringList& keys);
    // The live rows whose `column` is one of `values`.
    static QList<LocalApplier::Row> fetchWhere(PgConnection& server, const SyncPlan::Table& table,
                                               const QString& column, const QStringList& values);
    // A JSON array of strings, as a statement parameter.
    static QByteArray jsonList(const QStringList& values);
};

} // namespace muster::sync
