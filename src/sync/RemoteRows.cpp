#include "sync/RemoteRows.h"

#include "storage/Sql.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"

namespace muster::sync {

QByteArray RemoteRows::jsonList(const QStringList& values)
{
    return storage::jsonList(values).toUtf8();
}

QString RemoteRows::columnsSql(const SyncPlan::Table& table)
{
    QStringList cols;
    for (const auto& c : table.table.columns) {
        cols << ServerSchema::toWire(c, QString());
    }
    cols << QStringLiteral("_xid::text") << QStringLiteral("_deleted")
         << (table.hasServerOrder ? QStringLiteral("_seq") : QStringLiteral("NULL::bigint"));
    return cols.join(QStringLiteral(", "));
}

QList<LocalApplier::Row> RemoteRows::readReferencing(const SyncPlan::Table& table, const PgResult& result)
{
    QList<LocalApplier::Row> rows = read(table, result);
    for (int r = 0; r < rows.size(); ++r) {
        rows[r].source = result.handle();
        rows[r].sourceRow = r;
    }
    return rows;
}

QList<LocalApplier::Row> RemoteRows::read(const SyncPlan::Table& table, const PgResult& result)
{
    const auto& cols = table.table.columns;
    const int n = int(cols.size());
    QList<LocalApplier::Row> out;
    out.reserve(result.rows());
    for (int r = 0; r < result.rows(); ++r) {
        LocalApplier::Row row;
        row.values.reserve(n);
        for (int c = 0; c < n; ++c) {
            if (result.isNull(r, c)) {
                row.values.append(QVariant());
                continue;
            }
            switch (cols.at(c).type) {
            case storage::SyncColumn::Type::Text:
                row.values.append(result.text(r, c));
                break;
            case storage::SyncColumn::Type::Real:
                row.values.append(result.view(r, c).toDouble());
                break;
            default:
                row.values.append(result.number(r, c));
                break;
            }
        }
        row.deleted = result.boolean(r, n + 1);
        row.serverSeq = result.isNull(r, n + 2) ? -1 : result.number(r, n + 2);
        out.append(row);
    }
    return out;
}

QList<LocalApplier::Row> RemoteRows::fetchWhere(PgConnection& server, const SyncPlan::Table& table,
                                                const QString& column, const QStringList& values)
{
    if (values.isEmpty()) {
        return {};
    }
    const auto result = server.exec(
        QStringLiteral("SELECT %1 FROM muster.\"%2\" WHERE \"%3\" IN (SELECT jsonb_array_elements_text($1::jsonb)) "
                       "AND NOT _deleted ORDER BY %4")
            .arg(columnsSql(table), table.table.name, column,
                 table.hasServerOrder ? QStringLiteral("_seq") : QStringLiteral("_xid")),
        {jsonList(values)});
    return read(table, result);
}

QList<LocalApplier::Row> RemoteRows::fetch(PgConnection& server, const SyncPlan::Table& table, const QStringList& keys)
{
    return fetchWhere(server, table, table.table.key, keys);
}

} // namespace muster::sync
