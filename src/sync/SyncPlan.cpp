#include "sync/SyncPlan.h"

#include "sync/PgConnection.h"

#include <QHash>
#include <QSet>

namespace muster::sync {

SyncPlan SyncPlan::negotiate(const QList<storage::SyncTable>& local, PgConnection& connection)
{
    QHash<QString, QSet<QString>> server;
    const auto columns = connection.exec(
        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'muster'"));
    for (int i = 0; i < columns.rows(); ++i) {
        server[columns.text(i, 0)].insert(columns.text(i, 1));
    }
    SyncPlan plan;
    for (const storage::SyncTable& t : local) {
        Table entry;
        entry.table = t;
        const QSet<QString> have = server.value(t.name);
        entry.onServer = have.contains(t.key) && have.contains(QStringLiteral("_xid"));
        entry.hasServerOrder = t.insertOnly && have.contains(QStringLiteral("_seq"));
        if (entry.onServer) {
            entry.table.columns.clear();
            for (const storage::SyncColumn& c : t.columns) {
                if (have.contains(c.name)) {
                    entry.table.columns.append(c);
                } else {
                    entry.localOnlyColumns.append(c.name);
                }
            }
        }
        plan.tables.append(entry);
    }
    return plan;
}

const SyncPlan::Table* SyncPlan::find(const QString& name) const
{
    for (const Table& t : tables) {
        if (t.table.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QStringList SyncPlan::missingTables() const
{
    QStringList out;
    for (const Table& t : tables) {
        if (!t.onServer) {
            out.append(t.table.name);
        }
    }
    return out;
}

} // namespace muster::sync
