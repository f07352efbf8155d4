#include "storage/SyncCapture.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace muster::storage {

namespace {

const QString kPrefix = QStringLiteral("sync_capture_");
const QString kSignatureKey = QStringLiteral("capture_signature");

// A table's reference to its own rows (people.deputy_id), if it has one.
const SyncForeignKey* selfReference(const SyncTable& t)
{
    for (const auto& fk : t.foreignKeys) {
        if (fk.parentTable == t.name && fk.parentColumn == t.key) {
            return &fk;
        }
    }
    return nullptr;
}

// Fills temp.sync_baseline_order with the table's keys, each after the row it refers to
// (rows in a circle in any order): the server takes a baseline in batches, and checks a
// reference at the end of the batch it is in.
void orderParentsFirst(const QSqlDatabase& conn, const SyncTable& t, const SyncForeignKey& self)
{
    execute(conn, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_baseline_order (row_key TEXT PRIMARY KEY, "
                                 "pos INTEGER NOT NULL)"));
    execute(conn, QStringLiteral("DELETE FROM temp.sync_baseline_order"));
    QStringList keys;
    QHash<QString, QString> parentOf;
    Query q(conn, QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY rowid").arg(t.key, self.column, t.name));
    q.exec();
    while (q.next()) {
        keys.append(q.value(0).toString());
        if (!q.value(1).isNull()) {
            parentOf.insert(keys.last(), q.value(1).toString());
        }
    }
    QSet<QString> placed;
    QSet<QString> onPath;
    Query add(conn, QStringLiteral("INSERT INTO temp.sync_baseline_order (row_key, pos) VALUES (:k, :p)"));
    int pos = 0;
    for (const QString& key : std::as_const(keys)) {
        // The chain of parents not placed yet, nearest first; placed from the far end.
        QStringList chain;
        for (QString k = key; !k.isEmpty() && !placed.contains(k) && !onPath.contains(k); k = parentOf.value(k)) {
            chain.append(k);
            onPath.insert(k);
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            add.bind(QStringLiteral(":k"), *it).bind(QStringLiteral(":p"), pos++).exec();
            placed.insert(*it);
        }
        onPath.clear();
    }
}

QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// json_object('a', <prefix>a, 'b', <prefix>b, ...) over every synced column.
QString allColumnsJson(const SyncTable& t, const QString& prefix)
{
    QStringList args;
    for (const SyncColumn& c : t.columns) {
        args << quoted(c.name) << prefix + c.name;
    }
    return QStringLiteral("json_object(%1)").arg(args.join(QStringLiteral(", ")));
}

// The changed columns of an UPDATE with their values in `row` (NEW or OLD).
QString changedColumnsJson(const SyncTable& t, const QString& row)
{
    QStringList parts;
    for (const SyncColumn& c : t.columns.mid(1)) {
        parts
            << QStringLiteral("SELECT %1 AS k, %2.%3 AS v WHERE OLD.%3 IS NOT NEW.%3").arg(quoted(c.name), row, c.name);
    }
    return QStringLiteral("(SELECT json_group_object(k, v) FROM (%1))").arg(parts.join(QStringLiteral(" UNION ALL ")));
}

QString notApplying()
{
    return QStringLiteral("IFNULL((SELECT applying FROM sync_apply), 0) = 0");
}

QString stateValue(const QSqlDatabase& db, const QString& key)
{
    Query q(db, QStringLiteral("SELECT value FROM sync_state WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.scalar().toString();
}

void setStateValue(const QSqlDatabase& db, const QString& key, const QString& value)
{
    Query q(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

} // namespace

QString SyncCapture::uuidSql()
{
    return QStringLiteral("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
                          "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                          "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

QString SyncCapture::nowMsSql()
{
    return QStringLiteral("CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)");
}

QStringList SyncCapture::triggerSql(const SyncTable& t)
{
    const QString insertOutbox =
        QStringLiteral("INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, data, base, created_at) ");
    // Rows that stay on this desktop (t.localRows) are left out.
    const auto when = [&t](const char* row) {
        const QString synced = t.syncedRowSql(QString::fromLatin1(row));
        return synced == QLatin1String("1") ? notApplying() : notApplying() + QStringLiteral(" AND ") + synced;
    };
    QStringList out;
    out << QStringLiteral("CREATE TRIGGER %1%2_insert AFTER INSERT ON %2 WHEN %3 BEGIN %4"
                          "VALUES (%5, %6, NEW.%7, 'upsert', %8, NULL, %9); END")
               .arg(kPrefix, t.name, when("NEW"), insertOutbox, uuidSql(), quoted(t.name), t.key,
                    allColumnsJson(t, QStringLiteral("NEW.")), nowMsSql());
    if (t.insertOnly || t.columns.size() < 2) {
        return out;
    }
    QStringList changed;
    for (const SyncColumn& c : t.columns.mid(1)) {
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c.name);
    }
    out << QStringLiteral("CREATE TRIGGER %1%2_update AFTER UPDATE ON %2 WHEN %3 AND (%4) BEGIN %5"
                          "VALUES (%6, %7, NEW.%8, 'upsert', %9, %10, %11); END")
               .arg(kPrefix, t.name, when("NEW"), changed.join(QStringLiteral(" OR ")), insertOutbox, uuidSql(),
                    quoted(t.name), t.key, changedColumnsJson(t, QStringLiteral("NEW")),
                    changedColumnsJson(t, QStringLiteral("OLD")), nowMsSql());
    out << QStringLiteral("CREATE TRIGGER %1%2_delete AFTER DELETE ON %2 WHEN %3 BEGIN %4"
                          "VALUES (%5, %6, OLD.%7, 'delete', NULL, NULL, %8); END")
               .arg(kPrefix, t.name, when("OLD"), insertOutbox, uuidSql(), quoted(t.name), t.key, nowMsSql());
    return out;
}

bool SyncCapture::installed(const QSqlDatabase& db)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB :p"));
    q.bind(QStringLiteral(":p"), QString(kPrefix + QLatin1Char('*')));
    return q.scalar().toInt() > 0;
}

int SyncCapture::ensure(Database& db)
{
    const QSqlDatabase conn = db.connection();
    const QList<SyncTable> tables = SyncRegistry::describe(conn);
    QStringList statements;
    for (const SyncTable& t : tables) {
        statements += triggerSql(t);
    }
    const QString signature = QString::fromLatin1(
        QCryptographicHash::hash(statements.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
    if (stateValue(conn, kSignatureKey) == signature && installed(conn)) {
        return 0;
    }

    WriteTransaction tx(conn);
    QStringList existing;
    {
        Query q(conn, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB :p"));
        q.bind(QStringLiteral(":p"), QString(kPrefix + QLatin1Char('*'))).exec();
        while (q.next()) {
            existing << q.value(0).toString();
        }
    }
    for (const QString& name : existing) {
        execute(conn, QStringLiteral("DROP TRIGGER %1").arg(name));
    }
    for (const QString& sql : statements) {
        execute(conn, sql);
    }
    int baseline = 0;
    for (const SyncTable& t : tables) {
        const QString flag = QStringLiteral("baseline:") + t.name;
        if (!stateValue(conn, flag).isEmpty()) {
            continue;
        }
        QString order = QStringLiteral("rowid");
        if (const SyncForeignKey* self = selfReference(t)) {
            orderParentsFirst(conn, t, *self);
            order = QStringLiteral("(SELECT pos FROM temp.sync_baseline_order WHERE row_key = %1)").arg(t.key);
        }
        Query q(conn, QStringLiteral("INSERT INTO sync_outbox (mutation_id, table_name, row_id, op, data, base, "
                                     "created_at) SELECT %1, %2, %3, 'upsert', %4, NULL, %5 FROM %6 WHERE %7 "
                                     "ORDER BY %8")
                          .arg(uuidSql(), quoted(t.name), t.key, allColumnsJson(t, QString()), nowMsSql(), t.name,
                               t.syncedRowSql(QString()), order));
        q.exec();
        baseline += q.numRowsAffected();
        setStateValue(conn, flag, QStringLiteral("1"));
    }
    setStateValue(conn, kSignatureKey, signature);
    tx.commit();
    return baseline;
}

SyncCapture::ApplyMode::ApplyMode(const QSqlDatabase& db, bool purge)
    : m_db(db)
{
    Query q(m_db, QStringLiteral("UPDATE sync_apply SET applying = 1, purging = :purge WHERE id = 1"));
    q.bind(QStringLiteral(":purge"), purge ? 1 : 0).exec();
    if (SearchIndex::isDeferred(m_db)) {
        m_triggersOff.emplace(m_db);
    }
}

SyncCapture::ApplyMode::~ApplyMode()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("UPDATE sync_apply SET applying = 0, purging = 0 WHERE id = 1"));
}

} // namespace muster::storage
