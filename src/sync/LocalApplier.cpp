#include "sync/LocalApplier.h"

#include "core/Ids.h"
#include "core/Incident.h"
#include "core/TimelineMerge.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::sync {

using storage::Query;

namespace {

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString placeholder(int i)
{
    return QStringLiteral(":v%1").arg(i);
}

const QString kInKeys = QStringLiteral("IN (SELECT value FROM json_each(:keys))");

} // namespace

LocalApplier::LocalApplier(storage::Database& db, const SyncPlan& plan, Fetch fetch)
    : m_db(db)
    , m_plan(plan)
    , m_fetch(std::move(fetch))
{
    // Parents may arrive after their children within a transaction; check at commit.
    storage::execute(m_db.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

LocalApplier::~LocalApplier() = default;

Query& LocalApplier::statement(const QString& sql)
{
    auto& q = m_statements[sql];
    if (!q) {
        q = std::make_shared<Query>(m_db.connection(), sql);
    }
    return *q;
}

bool LocalApplier::exists(const QString& table, const QString& column, const QVariant& value)
{
    Query& q = statement(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :v").arg(table, column));
    q.bind(QStringLiteral(":v"), value);
    const bool found = q.scalar().toInt() > 0;
    q.raw().finish();
    return found;
}

QHash<QString, LocalApplier::Pending> LocalApplier::pendingFor(const SyncPlan::Table& table, const QList<Row>& rows)
{
    QStringList keys;
    keys.reserve(rows.size());
    for (const Row& r : rows) {
        keys.append(r.values.first().toString());
    }
    Query& q = statement(QStringLiteral("SELECT row_id, op, data FROM sync_outbox WHERE table_name = :t AND row_id ") +
                         kInKeys + QStringLiteral(" ORDER BY seq"));
    q.bind(QStringLiteral(":t"), table.table.name).bind(QStringLiteral(":keys"), jsonArray(keys)).exec();
    QHash<QString, Pending> out;
    while (q.next()) {
        Pending& p = out[q.value(0).toString()];
        if (q.value(1).toString() == QLatin1String("delete")) {
            p.deleted = true;
        } else {
            const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            for (auto it = data.begin(); it != data.end(); ++it) {
                p.columns.insert(it.key());
            }
        }
    }
    return out;
}

void LocalApplier::apply(const SyncPlan::Table& table, const QList<Row>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    if (table.table.insertOnly) {
        for (const Row& r : rows) {
            applyInsertOnly(table, r);
        }
        return;
    }
    const auto pending = pendingFor(table, rows);
    for (const Row& r : rows) {
        applyRow(table, r, pending.value(r.values.first().toString()));
    }
}

void LocalApplier::applyRow(const SyncPlan::Table& table, const Row& row, const Pending& pending)
{
    const auto& t = table.table;
    const QString key = row.values.first().toString();
    ++m_appliedRows;
    if (row.deleted) {
        if (t.name == QLatin1String("incidents")) {
            purgeIncident(key, tr("The incident was deleted on the team server."));
            return;
        }
        statement(QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key))
            .bind(QStringLiteral(":k"), key)
            .exec();
        return;
    }
    if (pending.deleted) {
        return; // deleted here; the delete is on its way to the server
    }
    resolveUniqueCollisions(table, row);
    QStringList names;
    QStringList values;
    QStringList sets;
    QStringList differs;
    for (int i = 0; i < t.columns.size(); ++i) {
        const QString& c = t.columns.at(i).name;
        names << c;
        values << placeholder(i);
        if (i > 0 && !pending.columns.contains(c)) {
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
            differs << QStringLiteral("%1.%2 IS NOT excluded.%2").arg(t.name, c);
        }
    }
    // Columns with a local change still waiting keep the local value.
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(t.name, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), t.key);
    sql += sets.isEmpty() ? QStringLiteral("DO NOTHING")
                          : QStringLiteral("DO UPDATE SET %1 WHERE %2")
                                .arg(sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
    Query& q = statement(sql);
    for (int i = 0; i < row.values.size(); ++i) {
        q.bind(placeholder(i), row.values.at(i));
    }
    q.exec();
    m_applied[t.name].append(key);
}

void LocalApplier::applyInsertOnly(const SyncPlan::Table& table, const Row& row)
{
    const auto& t = table.table;
    const QString key = row.values.first().toString();
    ++m_appliedRows;
    if (row.deleted) {
        return;
    }
    QString scope;
    for (int i = 0; i < t.columns.size(); ++i) {
        if (t.columns.at(i).name == t.incidentColumn) {
            scope = row.values.at(i).toString();
        }
    }
    QStringList names;
    QStringList values;
    for (int i = 0; i < t.columns.size(); ++i) {
        names << t.columns.at(i).name;
        values << placeholder(i);
    }
    // A local sequence number per incident (timeline seq): next after this desktop's.
    const bool numbered = t.localOnly.contains(QStringLiteral("seq")) && !scope.isEmpty();
    if (numbered) {
        if (!m_nextSeq.contains(scope)) {
            Query& next = statement(
                QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM %1 WHERE %2 = :s").arg(t.name, t.incidentColumn));
            next.bind(QStringLiteral(":s"), scope);
            m_nextSeq.insert(scope, next.scalar().toInt());
            next.raw().finish();
        }
        names << QStringLiteral("seq");
        values << QStringLiteral(":seq");
    }
    // Union: an entry this desktop has already stays as it is.
    Query& insert =
        statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                      .arg(t.name, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), t.key));
    for (int i = 0; i < row.values.size(); ++i) {
        insert.bind(placeholder(i), row.values.at(i));
    }
    if (numbered) {
        insert.bind(QStringLiteral(":seq"), m_nextSeq.value(scope));
    }
    insert.exec();
    if (insert.numRowsAffected() > 0) {
        m_applied[t.name].append(key);
        if (numbered) {
            ++m_nextSeq[scope];
        }
    }
    if (row.serverSeq >= 0 && t.name == QLatin1String("timeline_entries")) {
        statement(QStringLiteral("INSERT INTO sync_entry_order (entry_id, server_seq) VALUES (:id, :seq) "
                                 "ON CONFLICT (entry_id) DO UPDATE SET server_seq = excluded.server_seq"))
            .bind(QStringLiteral(":id"), key)
            .bind(QStringLiteral(":seq"), row.serverSeq)
            .exec();
    }
    if (!scope.isEmpty() && t.name == QLatin1String("timeline_entries")) {
        m_touched.insert(scope);
    }
}

void LocalApplier::resolveUniqueCollisions(const SyncPlan::Table& table, const Row& row)
{
    const auto& t = table.table;
    const QSqlDatabase db = m_db.connection();
    const QString key = row.values.first().toString();
    for (const auto& u : t.uniqueKeys) {
        QStringList conditions;
        QList<QVariant> values;
        for (const QString& c : u.columns) {
            for (int i = 0; i < t.columns.size(); ++i) {
                if (t.columns.at(i).name == c) {
                    conditions << QStringLiteral("%1 = :u%2").arg(c).arg(values.size());
                    values << row.values.at(i);
                }
            }
        }
        if (values.size() != u.columns.size()) {
            continue;
        }
        if (!u.where.isEmpty()) {
            conditions << QStringLiteral("(%1)").arg(u.where);
        }
        Query& find = statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %1 <> :key LIMIT 1")
                                    .arg(t.key, t.name, conditions.join(QStringLiteral(" AND "))));
        for (int i = 0; i < values.size(); ++i) {
            find.bind(QStringLiteral(":u%1").arg(i), values.at(i));
        }
        find.bind(QStringLiteral(":key"), key);
        const QVariant other = find.scalar();
        find.raw().finish();
        if (other.isNull()) {
            continue;
        }
        const QString otherKey = other.toString();
        if (t.mergeOnUnique) {
            // The same link made on two desktops: the server's row is the one.
            Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
            del.bind(QStringLiteral(":k"), otherKey).exec();
        } else if (t.name == QLatin1String("incidents") && u.columns.contains(QStringLiteral("reference"))) {
            // Two desktops numbered incidents alike; ours takes the next free local number
            // until the server's number for it arrives.
            const QString reference = row.values.at(1).toString();
            const int year = reference.section(QLatin1Char('-'), 1, 1).toInt();
            const QString renumbered =
                year > 0 ? core::formatIncidentReference(year, storage::IncidentRepository(m_db).nextNumber(year))
                         : reference + QLatin1Char('-') + otherKey.left(8);
            Query q(db, QStringLiteral("UPDATE incidents SET reference = :r WHERE id = :id"));
            q.bind(QStringLiteral(":r"), renumbered).bind(QStringLiteral(":id"), otherKey).exec();
        } else {
            // Keep the server's row; set ours aside where the user can see it.
            QStringList args;
            for (const auto& c : t.columns) {
                args << QStringLiteral("'%1', %1").arg(c.name);
            }
            Query conflict(db, QStringLiteral("INSERT INTO sync_conflicts (mutation_id, table_name, row_id, "
                                              "column_name, base, theirs, ours, other, detected_at) "
                                              "SELECT :m, :t, :r, :c, NULL, :theirs, json_object(%1), '', :at "
                                              "FROM %2 WHERE %3 = :r")
                                   .arg(args.join(QStringLiteral(", ")), t.name, t.key));
            conflict.bind(QStringLiteral(":m"), core::newId())
                .bind(QStringLiteral(":t"), t.name)
                .bind(QStringLiteral(":r"), otherKey)
                .bind(QStringLiteral(":c"), u.columns.join(QStringLiteral(", ")))
                .bind(QStringLiteral(":theirs"), key)
                .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
                .exec();
            Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
            del.bind(QStringLiteral(":k"), otherKey).exec();
        }
    }
}

void LocalApplier::fetchMissingParents()
{
    const QSqlDatabase db = m_db.connection();
    QSet<QString> asked;
    for (int round = 0; round < 6 && !m_applied.isEmpty(); ++round) {
        struct Missing
        {
            const SyncPlan::Table* child;
            QString childKey;
            QString column;
            QString onDelete;
            QString parentTable;
            QString parentColumn;
            QString parentKey;
        };
        QList<Missing> missing;
        QHash<QString, QStringList> wanted;
        // One query per foreign key over the rows written: whose parent is not here?
        for (auto it = m_applied.cbegin(); it != m_applied.cend(); ++it) {
            const auto* child = m_plan.find(it.key());
            if (!child) {
                continue;
            }
            for (const auto& fk : child->table.foreignKeys) {
                Query q(db, QStringLiteral("SELECT c.%1, c.%2 FROM %3 c WHERE c.%1 %4 AND c.%2 IS NOT NULL AND "
                                           "NOT EXISTS (SELECT 1 FROM %5 p WHERE p.%6 = c.%2)")
                                .arg(child->table.key, fk.column, child->table.name, kInKeys, fk.parentTable,
                                     fk.parentColumn));
                q.bind(QStringLiteral(":keys"), jsonArray(it.value())).exec();
                while (q.next()) {
                    missing.append({child, q.value(0).toString(), fk.column, fk.onDelete.toUpper(), fk.parentTable,
                                    fk.parentColumn, q.value(1).toString()});
                    const QString id = fk.parentTable + QLatin1Char('/') + q.value(1).toString();
                    if (!asked.contains(id)) {
                        asked.insert(id);
                        wanted[fk.parentTable].append(q.value(1).toString());
                    }
                }
            }
        }
        m_applied.clear();
        if (missing.isEmpty()) {
            return;
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const auto* parent = m_plan.find(it.key());
            if (parent && parent->onServer && m_fetch) {
                apply(*parent, m_fetch(*parent, it.value()));
            }
        }
        // Children whose parent the server does not have (any more) follow it.
        for (const Missing& m : std::as_const(missing)) {
            if (exists(m.parentTable, m.parentColumn, m.parentKey)) {
                continue;
            }
            const auto& child = m.child->table;
            if (m.onDelete == QLatin1String("SET NULL")) {
                Query set(db,
                          QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3 = :k").arg(child.name, m.column, child.key));
                set.bind(QStringLiteral(":k"), m.childKey).exec();
            } else {
                removeLocal(*m.child, m.childKey);
            }
        }
    }
}

void LocalApplier::finish()
{
    fetchMissingParents();
    if (m_touched.isEmpty()) {
        return;
    }
    // Keep each grown timeline's head valid now; the facts are folded once the pull has
    // the whole timeline (refoldNoted).
    const QSqlDatabase db = m_db.connection();
    const QString ids = jsonArray(QStringList(m_touched.cbegin(), m_touched.cend()));
    Query head(db, QStringLiteral("UPDATE incidents SET timeline_head = COALESCE((SELECT t.hash FROM "
                                  "timeline_entries t WHERE t.incident_id = incidents.id ORDER BY t.seq DESC LIMIT 1), "
                                  "'') WHERE id ") +
                       kInKeys);
    head.bind(QStringLiteral(":keys"), ids).exec();
    // Pulled notes skip the per-note search trigger; index them once per page.
    Query search(db,
                 QStringLiteral("UPDATE incident_fts SET notes = COALESCE((SELECT group_concat(n.text, ' ') FROM "
                                "(SELECT t.text FROM timeline_entries t WHERE t.incident_id = i.id AND t.kind = "
                                "'note' ORDER BY t.seq) n), '') FROM incidents i WHERE incident_fts.rowid = i.rowid "
                                "AND i.id ") +
                     kInKeys);
    search.bind(QStringLiteral(":keys"), ids).exec();
    Query note(db, QStringLiteral("INSERT OR IGNORE INTO sync_refold (incident_id) SELECT value FROM "
                                  "json_each(:keys)"));
    note.bind(QStringLiteral(":keys"), ids).exec();
    m_touched.clear();
}

void LocalApplier::refoldNoted()
{
    const QSqlDatabase db = m_db.connection();
    QStringList ids;
    Query q(db, QStringLiteral("SELECT incident_id FROM sync_refold"));
    q.exec();
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    // In slices, each with one read of the timelines and their server order.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QStringList slice = ids.mid(from, kSlice);
        const auto timelines = storage::TimelineRepository(m_db).entriesOf(slice);
        QHash<QString, qint64> order;
        Query o(db, QStringLiteral("SELECT o.entry_id, o.server_seq FROM sync_entry_order o JOIN timeline_entries t "
                                   "ON t.id = o.entry_id WHERE t.incident_id ") +
                        kInKeys);
        o.bind(QStringLiteral(":keys"), jsonArray(slice)).exec();
        while (o.next()) {
            order.insert(o.value(0).toString(), o.value(1).toLongLong());
        }
        for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
            refold(it.key(), it.value(), order);
        }
    }
    storage::execute(db, QStringLiteral("DELETE FROM sync_refold"));
}

void LocalApplier::refold(const QString& incidentId, const QList<core::TimelineEntry>& entries,
                          const QHash<QString, qint64>& order)
{
    if (entries.isEmpty()) {
        return;
    }
    const core::IncidentFacts facts = core::TimelineMerge::fold(core::TimelineMerge::foldOrder(entries, order));
    statement(QStringLiteral("UPDATE incidents SET status = :status, timeline_head = :head WHERE id = :id AND "
                             "(status IS NOT :status OR timeline_head IS NOT :head)"))
        .bind(QStringLiteral(":status"), core::statuses().key(facts.status))
        .bind(QStringLiteral(":head"), entries.last().hash)
        .bind(QStringLiteral(":id"), incidentId)
        .exec();
    m_corrections.insert(incidentId, facts);
}

void LocalApplier::writeCorrections()
{
    for (auto it = m_corrections.cbegin(); it != m_corrections.cend(); ++it) {
        const core::IncidentFacts& f = it.value();
        statement(QStringLiteral("UPDATE incidents SET tier = :tier, detected_at = :detected, acknowledged_at = :ack, "
                                 "contained_at = :contained, remediated_at = :remediated, closed_at = :closed "
                                 "WHERE id = :id AND (tier IS NOT :tier OR detected_at IS NOT :detected OR "
                                 "acknowledged_at IS NOT :ack OR contained_at IS NOT :contained OR "
                                 "remediated_at IS NOT :remediated OR closed_at IS NOT :closed)"))
            .bind(QStringLiteral(":tier"), core::toInt(f.tier))
            .bind(QStringLiteral(":detected"), f.detectedAt)
            .bindOptional(QStringLiteral(":ack"), f.acknowledgedAt)
            .bindOptional(QStringLiteral(":contained"), f.containedAt)
            .bindOptional(QStringLiteral(":remediated"), f.remediatedAt)
            .bindOptional(QStringLiteral(":closed"), f.closedAt)
            .bind(QStringLiteral(":id"), it.key())
            .exec();
    }
    m_corrections.clear();
}

void LocalApplier::removeLocal(const SyncPlan::Table& table, const QString& key)
{
    const auto& t = table.table;
    const QSqlDatabase db = m_db.connection();
    if (t.name == QLatin1String("incidents")) {
        purgeIncident(key, tr("the team server refused it."));
        return;
    }
    if (t.name == QLatin1String("timeline_entries")) {
        Query incident(db, QStringLiteral("SELECT incident_id FROM timeline_entries WHERE id = :k"));
        incident.bind(QStringLiteral(":k"), key);
        const QString incidentId = incident.scalar().toString();
        Query order(db, QStringLiteral("DELETE FROM sync_entry_order WHERE entry_id = :k"));
        order.bind(QStringLiteral(":k"), key).exec();
        if (!incidentId.isEmpty()) {
            m_touched.insert(incidentId);
        }
    }
    Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
    del.bind(QStringLiteral(":k"), key).exec();
}

void LocalApplier::purgeIncident(const QString& incidentId, const QString& reason)
{
    const QSqlDatabase db = m_db.connection();
    Query ref(db, QStringLiteral("SELECT reference FROM incidents WHERE id = :id"));
    ref.bind(QStringLiteral(":id"), incidentId);
    const QVariant reference = ref.scalar();
    if (reference.isNull()) {
        return;
    }
    // Changes to it that were waiting can no longer be sent.
    int dropped = 0;
    for (const auto& planned : m_plan.tables) {
        const auto& t = planned.table;
        if (t.incidentColumn.isEmpty()) {
            continue;
        }
        Query drop(db, QStringLiteral("DELETE FROM sync_outbox WHERE table_name = :t AND row_id IN "
                                      "(SELECT %1 FROM %2 WHERE %3 = :id)")
                           .arg(t.key, t.name, t.incidentColumn));
        drop.bind(QStringLiteral(":t"), t.name).bind(QStringLiteral(":id"), incidentId).exec();
        dropped += drop.numRowsAffected();
    }
    Query order(db, QStringLiteral("DELETE FROM sync_entry_order WHERE entry_id IN "
                                   "(SELECT id FROM timeline_entries WHERE incident_id = :id)"));
    order.bind(QStringLiteral(":id"), incidentId).exec();
    // Every table that points at incidents (synced or not), then the incident.
    Query children(db,
                   QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                  "WHERE m.type = 'table' AND f.\"table\" = 'incidents'"));
    children.exec();
    QList<std::pair<QString, QString>> refs;
    while (children.next()) {
        refs.append({children.value(0).toString(), children.value(1).toString()});
    }
    for (const auto& [tableName, column] : refs) {
        Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(tableName, column));
        del.bind(QStringLiteral(":id"), incidentId).exec();
    }
    Query del(db, QStringLiteral("DELETE FROM incidents WHERE id = :id"));
    del.bind(QStringLiteral(":id"), incidentId).exec();
    Query unnote(db, QStringLiteral("DELETE FROM sync_refold WHERE incident_id = :id"));
    unnote.bind(QStringLiteral(":id"), incidentId).exec();
    m_touched.remove(incidentId);
    m_corrections.remove(incidentId);
    for (auto& keys : m_applied) {
        keys.removeAll(incidentId);
    }
    if (dropped > 0) {
        Query rejection(db, QStringLiteral("INSERT INTO sync_rejections (mutation_id, table_name, row_id, op, data, "
                                           "reason, code, rejected_at) VALUES (:m, 'incidents', :id, 'purge', NULL, "
                                           ":reason, 'purged', :at)"));
        rejection.bind(QStringLiteral(":m"), core::newId())
            .bind(QStringLiteral(":id"), incidentId)
            .bind(
                QStringLiteral(":reason"),
                tr("%1 was removed from this computer: %2 %n change(s) made here could not be sent.", nullptr, dropped)
                    .arg(reference.toString(), reason))
            .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
            .exec();
    }
}

} // namespace muster::sync
