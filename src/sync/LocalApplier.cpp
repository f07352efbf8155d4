#include "sync/LocalApplier.h"

#include "core/Ids.h"
#include "core/Incident.h"
#include "core/TimelineMerge.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"
#include "sync/PgConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace muster::sync {

using storage::Query;

namespace {

// Positional parameters ?first … ?(first + count - 1), comma-separated.
QString parameters(int first, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        out << QStringLiteral("?%1").arg(first + i);
    }
    return out.join(QStringLiteral(", "));
}

int columnIndex(const storage::SyncTable& t, const QString& name)
{
    for (int i = 0; i < t.columns.size(); ++i) {
        if (t.columns.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

const QString kInKeys = QStringLiteral("IN (SELECT value FROM json_each(:keys))");

// The text a pulled value holds (text columns are read as QString; null is empty), by
// reference: a pull reads several per timeline entry, and copies added up.
const QString& textOf(const QVariant& value)
{
    static const QString none;
    return value.metaType() == QMetaType::fromType<QString>() ? *static_cast<const QString*>(value.constData()) : none;
}

} // namespace

void PulledTimelines::begin(const QString& incidentId, bool fresh)
{
    m_last = nullptr; // m_whole may change
    if (m_partial.contains(incidentId)) {
        return;
    }
    const auto found = m_whole.find(incidentId);
    if (!fresh) {
        // Entries here: whole only if they are the ones this pull brought.
        if (found == m_whole.end()) {
            m_partial.insert(incidentId);
        }
        return;
    }
    if (found != m_whole.end()) {
        forget(incidentId); // what it kept is gone from the database
        return;
    }
    if (m_entries < kMaxEntries) {
        m_whole.insert(incidentId, {});
    } else {
        m_partial.insert(incidentId);
    }
}

void PulledTimelines::add(const QString& incidentId, core::TimelineEntry entry, qint64 serverSeq, bool inserted)
{
    // Entries come in runs of one incident: the last one looked up is remembered.
    if (!m_last || m_lastId != incidentId) {
        const auto it = m_whole.find(incidentId);
        if (it == m_whole.end()) {
            return;
        }
        m_last = &*it;
        m_lastId = incidentId;
    }
    Timeline* const found = m_last;
    if (!inserted || serverSeq < 0) {
        // Read again in this pull (its server order may have moved), already here, or
        // without the server's order: the database has it right.
        forget(incidentId);
        return;
    }
    ++found->count;
    found->head = entry.hash;
    if (core::IncidentFacts::changedBy(entry.kind)) {
        entry.hash.clear(); // only the last one's is kept, as the head
        if (!found->order.isEmpty() && serverSeq < *found->order.constLast()) {
            found->inServerOrder = false;
        }
        found->facts.append(std::move(entry));
        found->order.append(serverSeq);
        ++m_entries;
    }
}

void PulledTimelines::forget(const QString& incidentId)
{
    m_last = nullptr; // m_whole may change
    const auto found = m_whole.find(incidentId);
    if (found != m_whole.end()) {
        m_entries -= found->facts.size();
        m_whole.erase(found);
    }
    m_partial.insert(incidentId);
}

const PulledTimelines::Timeline* PulledTimelines::whole(const QString& incidentId) const
{
    const auto found = m_whole.constFind(incidentId);
    return found != m_whole.cend() ? &*found : nullptr;
}

LocalApplier::LocalApplier(storage::Database& db, const SyncPlan& plan, Fetch fetch)
    : m_db(db)
    , m_plan(plan)
    , m_fetch(std::move(fetch))
{
    // Parents may arrive after their children within a transaction; check at commit.
    storage::execute(m_db.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

LocalApplier::~LocalApplier() = default;

storage::BulkStatement& LocalApplier::statement(const QString& sql)
{
    auto& q = m_statements[sql];
    if (!q) {
        q = std::make_unique<storage::BulkStatement>(m_db.connection(), sql);
    }
    return *q;
}

const LocalApplier::Shape& LocalApplier::shape(const SyncPlan::Table& table)
{
    const auto found = m_shapes.constFind(table.table.name);
    if (found != m_shapes.cend()) {
        return **found;
    }
    const auto& t = table.table;
    const int n = int(t.columns.size());
    auto made = std::make_shared<Shape>();
    Shape& s = *made;
    s.scopeColumn = columnIndex(t, t.incidentColumn);
    s.localRowsColumn = t.localRowsColumn.isEmpty() ? -1 : columnIndex(t, t.localRowsColumn);
    QStringList names;
    for (const auto& c : t.columns) {
        names << c.name;
    }
    s.numbered = t.localOnly.contains(QStringLiteral("seq")) && s.scopeColumn >= 0;
    s.ordered = t.localOnly.contains(QStringLiteral("server_seq"));
    if (t.name == QLatin1String("timeline_entries")) {
        s.entry = {columnIndex(t, QStringLiteral("occurred_at")), columnIndex(t, QStringLiteral("recorded_at")),
                   columnIndex(t, QStringLiteral("kind")), columnIndex(t, QStringLiteral("data")),
                   columnIndex(t, QStringLiteral("hash"))};
    }
    s.upsert = &statement(upsertSql(t, {}));
    if (t.insertOnly) {
        // Union: an entry this desktop has already stays as it is. A local sequence number
        // per incident (timeline seq) and the server's order follow the columns.
        QStringList extra;
        if (s.numbered) {
            extra << QStringLiteral("seq");
        }
        if (s.ordered) {
            extra << QStringLiteral("server_seq");
        }
        s.insert = &statement(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                .arg(t.name, (names + extra).join(QStringLiteral(", ")), parameters(1, n + int(extra.size())), t.key));
    }
    if (s.numbered) {
        s.nextSeq = &statement(
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM %1 WHERE %2 = ?1").arg(t.name, t.incidentColumn));
    }
    if (s.ordered) {
        s.reorder = &statement(
            QStringLiteral("UPDATE %1 SET server_seq = ?2 WHERE %2 = ?1 AND server_seq IS NOT ?2").arg(t.name, t.key));
    }
    for (const auto& u : t.uniqueKeys) {
        Shape::Unique check;
        check.key = &u;
        QStringList conditions;
        for (const QString& c : u.columns) {
            const int i = columnIndex(t, c);
            if (i >= 0) {
                check.columns << i;
                conditions << QStringLiteral("%1 = ?%2").arg(c).arg(check.columns.size());
            }
        }
        if (check.columns.size() != u.columns.size()) {
            continue;
        }
        if (!u.where.isEmpty()) {
            conditions << QStringLiteral("(%1)").arg(u.where);
        }
        check.find = &statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %1 <> ?%4 LIMIT 1")
                                    .arg(t.key, t.name, conditions.join(QStringLiteral(" AND ")))
                                    .arg(check.columns.size() + 1));
        s.uniques.append(check);
    }
    m_shapes.insert(t.name, made);
    return s;
}

QString LocalApplier::upsertSql(const storage::SyncTable& t, const QSet<QString>& pendingColumns)
{
    QStringList names;
    QStringList sets;
    QStringList differs;
    for (int i = 0; i < t.columns.size(); ++i) {
        const QString& c = t.columns.at(i).name;
        names << c;
        if (i > 0 && !pendingColumns.contains(c)) {
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
            differs << QStringLiteral("%1.%2 IS NOT excluded.%2").arg(t.name, c);
        }
    }
    // Columns with a local change still waiting keep the local value.
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(t.name, names.join(QStringLiteral(", ")), parameters(1, int(t.columns.size())), t.key);
    sql += sets.isEmpty() ? QStringLiteral("DO NOTHING")
                          : QStringLiteral("DO UPDATE SET %1 WHERE %2")
                                .arg(sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
    return sql;
}

bool LocalApplier::exists(const QString& table, const QString& column, const QVariant& value)
{
    return statement(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?1)").arg(table, column))
        .bind(1, value)
        .scalar()
        .toBool();
}

QHash<QString, LocalApplier::Pending> LocalApplier::pendingFor(const SyncPlan::Table& table, const QList<Row>& rows)
{
    // Most pages meet no waiting change of their table (a first pull never does).
    auto& waiting = statement(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = ?1)"));
    if (!waiting.bind(1, table.table.name).scalar().toBool()) {
        return {};
    }
    QStringList keys;
    keys.reserve(rows.size());
    for (const Row& r : rows) {
        keys.append(r.values.first().toString());
    }
    auto& q = statement(QStringLiteral("SELECT row_id, op, data FROM sync_outbox WHERE table_name = ?1 AND row_id IN "
                                       "(SELECT value FROM json_each(?2)) ORDER BY seq"));
    const QString keyList = storage::jsonList(keys);
    q.bind(1, table.table.name).bind(2, keyList);
    QHash<QString, Pending> out;
    while (q.next()) {
        Pending& p = out[q.text(0)];
        if (q.text(1) == QLatin1String("delete")) {
            p.deleted = true;
        } else {
            const QJsonObject data = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
            for (auto it = data.begin(); it != data.end(); ++it) {
                p.columns.insert(it.key());
            }
        }
    }
    return out;
}

void LocalApplier::bindRow(storage::BulkStatement& q, const SyncPlan::Table& table, const Row& row)
{
    const auto& columns = table.table.columns;
    for (int i = 0; i < row.values.size(); ++i) {
        const QVariant& value = row.values.at(i);
        if (row.source && !value.isNull() && columns.at(i).type == storage::SyncColumn::Type::Text) {
            q.bindUtf8(i + 1, PgResult::view(row.source, row.sourceRow, i));
        } else {
            q.bind(i + 1, value);
        }
    }
}

bool LocalApplier::isLocalRow(const SyncPlan::Table& table, const Shape& shape, const Row& row)
{
    const int column = shape.localRowsColumn;
    return column >= 0 && table.table.localRowsValues.contains(row.values.at(column).toString());
}

void LocalApplier::apply(const SyncPlan::Table& table, const QList<Row>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const Shape& s = shape(table);
    if (table.table.insertOnly) {
        QStringList applied; // the keys written, for m_applied
        for (const Row& r : rows) {
            applyInsertOnly(table, s, r, applied);
        }
        m_applied[table.table.name] += applied;
        return;
    }
    const auto pending = pendingFor(table, rows);
    for (const Row& r : rows) {
        // A row that stays on each desktop (a secret an older Muster sent) is not taken.
        if (!isLocalRow(table, s, r)) {
            applyRow(table, s, r, pending.value(r.values.first().toString()));
        }
    }
}

void LocalApplier::applyRow(const SyncPlan::Table& table, const Shape& shape, const Row& row, const Pending& pending)
{
    const auto& t = table.table;
    const QString key = row.values.first().toString();
    ++m_appliedRows;
    if (row.deleted) {
        if (t.name == QLatin1String("incidents")) {
            purgeIncident(key, tr("The incident was deleted on the team server."), Purge::Deleted);
            return;
        }
        statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(t.name, t.key)).bind(1, key).run();
        return;
    }
    if (pending.deleted) {
        return; // deleted here; the delete is on its way to the server
    }
    if (resolveUniqueCollisions(table, shape, row)) {
        // A local row became this one: its waiting changes are this row's now.
        const Pending merged = pendingFor(table, {row}).value(key);
        if (!merged.deleted) {
            upsert(table, shape, row, merged);
        }
        return;
    }
    upsert(table, shape, row, pending);
}

void LocalApplier::upsert(const SyncPlan::Table& table, const Shape& shape, const Row& row, const Pending& pending)
{
    const auto& t = table.table;
    auto& q = pending.columns.isEmpty() ? *shape.upsert : statement(upsertSql(t, pending.columns));
    bindRow(q, table, row);
    q.run();
    m_applied[t.name].append(row.values.first().toString());
}

LocalApplier::Numbering* LocalApplier::numberingOf(const QString& scope)
{
    // Entries come in runs of one incident: the last one looked up is remembered.
    if (m_lastNumbering.second && m_lastNumbering.first == scope) {
        return m_lastNumbering.second;
    }
    const auto found = m_numbering.find(scope);
    if (found == m_numbering.end()) {
        return nullptr;
    }
    m_lastNumbering = {scope, &*found};
    return &*found;
}

void LocalApplier::applyInsertOnly(const SyncPlan::Table& table, const Shape& s, const Row& row, QStringList& applied)
{
    ++m_appliedRows;
    if (row.deleted) {
        return;
    }
    if (!s.uniques.isEmpty() && resolveUniqueCollisions(table, s, row)) {
        // A local row with the same unique key became this one; the server's content is
        // the record (the local one, if it differed, is kept in sync_conflicts).
        upsert(table, s, row, Pending{});
        return;
    }
    static const QString noScope;
    const QString& scope = s.scopeColumn >= 0 ? textOf(row.values.at(s.scopeColumn)) : noScope;
    const bool numbered = s.numbered && !scope.isEmpty();
    auto& insert = *s.insert;
    bindRow(insert, table, row);
    const int columns = int(row.values.size());
    if (s.ordered) {
        const int parameter = columns + (s.numbered ? 2 : 1);
        if (row.serverSeq >= 0) {
            insert.bind(parameter, row.serverSeq);
        } else {
            insert.bindNull(parameter);
        }
    }
    // A local sequence number per incident (timeline seq): next after this desktop's.
    Numbering* numbering = nullptr;
    if (numbered) {
        numbering = numberingOf(scope);
        if (!numbering) {
            const qint64 first = s.nextSeq->bind(1, scope).scalar().toLongLong();
            numbering = &*m_numbering.insert(scope, Numbering{int(first), false, {}});
            m_lastNumbering = {scope, numbering};
            if (m_timelines && s.entry.kind >= 0) {
                m_timelines->begin(scope, first == 1);
            }
        }
        insert.bind(columns + 1, qint64(numbering->next));
    } else if (s.numbered) {
        insert.bindNull(columns + 1);
    }
    const QString& key = textOf(row.values.first());
    const bool inserted = insert.run() > 0;
    if (m_timelines && numbering && s.entry.kind >= 0) {
        core::TimelineEntry e; // what folding reads
        e.seq = inserted ? numbering->next : 0;
        e.occurredAt = row.values.at(s.entry.occurredAt).toLongLong();
        e.recordedAt = row.values.at(s.entry.recordedAt).toLongLong();
        e.kind = textOf(row.values.at(s.entry.kind));
        if (core::IncidentFacts::changedBy(e.kind)) {
            e.data = textOf(row.values.at(s.entry.data));
        }
        e.hash = textOf(row.values.at(s.entry.hash));
        m_timelines->add(scope, std::move(e), row.serverSeq, inserted);
    }
    if (inserted) {
        applied.append(key);
        if (numbering) {
            ++numbering->next;
            if (s.entry.hash >= 0) {
                numbering->head = textOf(row.values.at(s.entry.hash));
            }
        }
    }
    if (s.reorder) {
        if (!inserted && row.serverSeq >= 0) {
            s.reorder->bind(1, key).bind(2, row.serverSeq).run();
        }
        if (!scope.isEmpty() && !(numbering && numbering->touched)) {
            m_touched.insert(scope);
            if (numbering) {
                numbering->touched = true;
            }
        }
    }
}

bool LocalApplier::resolveUniqueCollisions(const SyncPlan::Table& table, const Shape& shape, const Row& row)
{
    const auto& t = table.table;
    const QString key = row.values.first().toString();
    bool rekeyed = false;
    for (const Shape::Unique& u : shape.uniques) {
        auto& find = *u.find;
        for (int i = 0; i < u.columns.size(); ++i) {
            find.bind(i + 1, row.values.at(u.columns.at(i)));
        }
        find.bind(int(u.columns.size()) + 1, key);
        const QVariant other = find.scalar();
        if (other.isNull()) {
            continue;
        }
        const QString otherKey = other.toString();
        if (!t.numbered.isEmpty() && u.key->columns == QStringList{t.numbered}) {
            // Two desktops numbered records alike (INC-2026-0042); ours takes the next free
            // local number until the server's number for it arrives.
            renumber(t, otherKey, row.values.at(u.columns.first()).toString());
        } else if (t.mergeOnUnique) {
            // The same link or fact made on two desktops: the server's row is the one, and
            // ours becomes it, with what refers to it and its waiting changes.
            rekey(table, otherKey, row);
            rekeyed = true;
        } else {
            // Keep the server's row; set ours aside where the user can see it.
            setAside(t, otherKey, key, u.key->columns.join(QStringLiteral(", ")));
            Query del(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
            del.bind(QStringLiteral(":k"), otherKey).exec();
        }
    }
    return rekeyed;
}

void LocalApplier::setAside(const storage::SyncTable& t, const QString& localKey, const QString& serverKey,
                            const QString& columns)
{
    QStringList args;
    for (const auto& c : t.columns) {
        args << QStringLiteral("'%1', %1").arg(c.name);
    }
    Query conflict(m_db.connection(), QStringLiteral("INSERT INTO sync_conflicts (mutation_id, table_name, row_id, "
                                                     "column_name, base, theirs, ours, other, detected_at) "
                                                     "SELECT :m, :t, :r, :c, NULL, :theirs, json_object(%1), '', :at "
                                                     "FROM %2 WHERE %3 = :r")
                                          .arg(args.join(QStringLiteral(", ")), t.name, t.key));
    conflict.bind(QStringLiteral(":m"), core::newId())
        .bind(QStringLiteral(":t"), t.name)
        .bind(QStringLiteral(":r"), localKey)
        .bind(QStringLiteral(":c"), columns)
        .bind(QStringLiteral(":theirs"), serverKey)
        .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
        .exec();
}

void LocalApplier::renumber(const storage::SyncTable& t, const QString& localKey, const QString& reference)
{
    // The series is the reference without its trailing digits ("INC-2026-"); the next free
    // local number follows both this desktop's highest and the server's.
    qsizetype digits = 0;
    while (digits < reference.size() && reference.at(reference.size() - 1 - digits).isDigit()) {
        ++digits;
    }
    const QString prefix = reference.left(reference.size() - digits);
    QString renumbered = reference + QLatin1Char('-') + localKey.left(8);
    if (digits > 0) {
        Query next(m_db.connection(),
                   QStringLiteral("SELECT COALESCE(MAX(CAST(substr(%1, :n + 1) AS INTEGER)), 0) FROM %2 "
                                  "WHERE substr(%1, 1, :n) = :prefix AND substr(%1, :n + 1) GLOB '[0-9]*'")
                       .arg(t.numbered, t.name));
        next.bind(QStringLiteral(":n"), int(prefix.size())).bind(QStringLiteral(":prefix"), prefix);
        const qint64 number = std::max(next.scalar().toLongLong(), reference.mid(prefix.size()).toLongLong()) + 1;
        renumbered = prefix + QStringLiteral("%1").arg(number, int(digits), 10, QLatin1Char('0'));
    }
    Query q(m_db.connection(), QStringLiteral("UPDATE %1 SET %2 = :r WHERE %3 = :k").arg(t.name, t.numbered, t.key));
    q.bind(QStringLiteral(":r"), renumbered).bind(QStringLiteral(":k"), localKey).exec();
}

void LocalApplier::rekey(const SyncPlan::Table& table, const QString& localKey, const Row& row)
{
    const auto& t = table.table;
    const QSqlDatabase db = m_db.connection();
    const QString serverKey = row.values.first().toString();
    // Ours differed in substance (not just in its key, its unique key or its times): keep
    // it where the user can see it.
    QStringList differs;
    QList<int> compared;
    for (int i = 1; i < t.columns.size(); ++i) {
        const auto& c = t.columns.at(i);
        bool unique = false;
        for (const auto& u : t.uniqueKeys) {
            unique = unique || u.columns.contains(c.name);
        }
        if (!unique && c.type != storage::SyncColumn::Type::Instant) {
            differs << QStringLiteral("%1 IS NOT :v%2").arg(c.name).arg(i);
            compared << i;
        }
    }
    if (!differs.isEmpty()) {
        Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :k AND (%3)")
                        .arg(t.name, t.key, differs.join(QStringLiteral(" OR "))));
        q.bind(QStringLiteral(":k"), localKey);
        for (const int i : std::as_const(compared)) {
            q.bind(QStringLiteral(":v%1").arg(i), row.values.at(i));
        }
        if (q.scalar().toInt() > 0) {
            QStringList unique;
            for (const auto& u : t.uniqueKeys) {
                unique << u.columns;
            }
            setAside(t, localKey, serverKey, unique.join(QStringLiteral(", ")));
        }
    }
    rekeyLocal(m_db, m_plan, t.name, localKey, serverKey);
}

void LocalApplier::rekeyLocal(storage::Database& database, const SyncPlan& plan, const QString& tableName,
                              const QString& from, const QString& to)
{
    const QSqlDatabase db = database.connection();
    const auto* table = plan.find(tableName);
    if (!table || from == to) {
        return;
    }
    const auto& t = table->table;
    Query exists(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :to").arg(t.name, t.key));
    exists.bind(QStringLiteral(":to"), to);
    const bool taken = exists.scalar().toInt() > 0;
    // What refers to it (foreign keys are checked at commit), in any local table.
    Query refs(db, QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                  "WHERE m.type = 'table' AND f.\"table\" = :t AND COALESCE(f.\"to\", 'id') = :key"));
    refs.bind(QStringLiteral(":t"), t.name).bind(QStringLiteral(":key"), t.key).exec();
    QList<std::pair<QString, QString>> children;
    while (refs.next()) {
        children.append({refs.value(0).toString(), refs.value(1).toString()});
    }
    if (taken) {
        Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :from").arg(t.name, t.key));
        del.bind(QStringLiteral(":from"), from).exec();
    } else {
        Query move(db, QStringLiteral("UPDATE %1 SET %2 = :to WHERE %2 = :from").arg(t.name, t.key));
        move.bind(QStringLiteral(":to"), to).bind(QStringLiteral(":from"), from).exec();
    }
    for (const auto& [child, column] : children) {
        Query q(db, QStringLiteral("UPDATE %1 SET %2 = :to WHERE %2 = :from").arg(child, column));
        q.bind(QStringLiteral(":to"), to).bind(QStringLiteral(":from"), from).exec();
        // Their waiting changes name the new key too.
        for (const char* field : {"data", "base"}) {
            const QString f = QString::fromLatin1(field);
            Query o(db, QStringLiteral("UPDATE sync_outbox SET %1 = json_set(%1, :path, :to) WHERE table_name = :t "
                                       "AND json_extract(%1, :path) = :from")
                            .arg(f));
            o.bind(QStringLiteral(":path"), QString(QStringLiteral("$.") + column))
                .bind(QStringLiteral(":to"), to)
                .bind(QStringLiteral(":t"), child)
                .bind(QStringLiteral(":from"), from)
                .exec();
        }
    }
    // Our insert is superseded by the server's row; later changes apply to it.
    Query drop(db, QStringLiteral("DELETE FROM sync_outbox WHERE table_name = :t AND row_id = :from AND op = 'upsert' "
                                  "AND base IS NULL"));
    drop.bind(QStringLiteral(":t"), t.name).bind(QStringLiteral(":from"), from).exec();
    Query rename(db, QStringLiteral("UPDATE sync_outbox SET row_id = :to WHERE table_name = :t AND row_id = :from"));
    rename.bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":t"), t.name)
        .bind(QStringLiteral(":from"), from)
        .exec();
}

void LocalApplier::fetchMissingParents()
{
    const QSqlDatabase db = m_db.connection();
    QSet<QString> asked;
    for (int round = 0; round < 6 && !m_applied.isEmpty(); ++round) {
        if (!storage::hasUnresolvedForeignKeys(db)) {
            m_applied.clear(); // every row written has its parents (SQLite counts those that do not)
            return;
        }
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
                q.bind(QStringLiteral(":keys"), storage::jsonList(it.value())).exec();
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
    // the whole timeline (refoldNoted). The head is the entry with the highest local seq:
    // the last one this applier wrote, if it wrote one (it numbers after every entry
    // there was); otherwise it is read.
    const QSqlDatabase db = m_db.connection();
    QStringList unknown;
    auto& setHead = statement(QStringLiteral("UPDATE incidents SET timeline_head = ?2 WHERE id = ?1"));
    for (const QString& id : std::as_const(m_touched)) {
        const auto found = m_numbering.constFind(id);
        if (found != m_numbering.cend() && !found->head.isEmpty()) {
            setHead.bind(1, id).bind(2, found->head).run();
        } else {
            unknown.append(id);
        }
    }
    if (!unknown.isEmpty()) {
        Query head(db, QStringLiteral("UPDATE incidents SET timeline_head = COALESCE((SELECT t.hash FROM "
                                      "timeline_entries t WHERE t.incident_id = incidents.id ORDER BY t.seq DESC "
                                      "LIMIT 1), '') WHERE id ") +
                           kInKeys);
        head.bind(QStringLiteral(":keys"), storage::jsonList(unknown)).exec();
    }
    const QString ids = storage::jsonList(QStringList(m_touched.cbegin(), m_touched.cend()));
    // Pulled notes skip the per-note search trigger; index them once per page (unless the
    // index is deferred: its rebuild at the end of the pull reads them).
    if (!storage::SearchIndex::isDeferred(m_db)) {
        Query search(db, QStringLiteral("UPDATE incident_fts SET notes = COALESCE((SELECT group_concat(n.text, ' ') "
                                        "FROM (SELECT t.text FROM timeline_entries t WHERE t.incident_id = i.id AND "
                                        "t.kind = 'note' ORDER BY t.seq) n), '') FROM incidents i WHERE "
                                        "incident_fts.rowid = i.rowid AND i.id ") +
                             kInKeys);
        search.bind(QStringLiteral(":keys"), ids).exec();
    }
    Query note(db, QStringLiteral("INSERT OR IGNORE INTO sync_refold (incident_id) SELECT value FROM "
                                  "json_each(:keys)"));
    note.bind(QStringLiteral(":keys"), ids).exec();
    m_touched.clear();
    for (Numbering& n : m_numbering) {
        n.touched = false;
    }
}

void LocalApplier::refoldNoted()
{
    const QSqlDatabase db = m_db.connection();
    // Each incident noted, with the number of its entries here and what it holds now. A
    // timeline kept in memory is folded from there if the database holds no entry it
    // lacks (one written here between two of the pull's transactions): entries are only
    // ever added, so the same count means the same entries.
    auto& noted = statement(QStringLiteral(
        "SELECT r.incident_id, (SELECT count(*) FROM timeline_entries t WHERE t.incident_id = r.incident_id), "
        "i.timeline_head, i.status, i.tier, i.detected_at, i.acknowledged_at, i.contained_at, i.remediated_at, "
        "i.closed_at FROM sync_refold r LEFT JOIN incidents i ON i.id = r.incident_id"));
    struct Whole
    {
        QString id;
        const PulledTimelines::Timeline* timeline;
        std::optional<std::pair<QString, core::IncidentFacts>> stored; // its head and facts, if readable
    };
    QList<Whole> whole;
    QStringList ids;
    while (noted.next()) {
        const QString id = noted.text(0);
        const PulledTimelines::Timeline* timeline = m_timelines ? m_timelines->whole(id) : nullptr;
        if (timeline && timeline->count > 0 && noted.integer(1) == timeline->count) {
            whole.append({id, timeline, storedFacts(noted, 2)});
        } else {
            ids.append(id);
        }
    }
    if (!whole.isEmpty()) {
        // Folding is pure, and a first pull brings thousands of timelines: they are folded
        // on every core, then written here.
        const QList<core::IncidentFacts> folded = QtConcurrent::blockingMapped(whole, [](const Whole& w) {
            const PulledTimelines::Timeline& t = *w.timeline;
            return core::TimelineMerge::fold(t.inServerOrder ? t.facts
                                                             : core::TimelineMerge::foldOrder(t.facts, t.order));
        });
        for (qsizetype i = 0; i < whole.size(); ++i) {
            const Whole& w = whole.at(i);
            // Most incidents hold what their timeline folds to already (the server folded
            // the same entries): those are not written at all.
            if (!w.stored || w.stored->first != w.timeline->head || w.stored->second != folded.at(i)) {
                refold(w.id, folded.at(i), w.timeline->head);
            }
        }
    }
    // In slices, each with one read of the timelines and their server order.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QStringList slice = ids.mid(from, kSlice);
        const auto timelines =
            storage::TimelineRepository(m_db).entriesOf(slice, storage::TimelineRepository::Detail::ForFolding);
        QHash<QString, qint64> order;
        auto& o = statement(QStringLiteral("SELECT id, server_seq FROM timeline_entries WHERE incident_id IN "
                                           "(SELECT value FROM json_each(?1)) AND server_seq IS NOT NULL"));
        const QString keys = storage::jsonList(slice);
        o.bind(1, keys);
        while (o.next()) {
            order.insert(o.text(0), o.integer(1));
        }
        for (auto it = timelines.cbegin(); it != timelines.cend(); ++it) {
            if (!it.value().isEmpty()) {
                refold(it.key(), core::TimelineMerge::fold(core::TimelineMerge::foldOrder(it.value(), order)),
                       it.value().last().hash);
            }
        }
    }
    storage::execute(db, QStringLiteral("DELETE FROM sync_refold"));
}

std::optional<std::pair<QString, core::IncidentFacts>> LocalApplier::storedFacts(const storage::BulkStatement& q,
                                                                                 int first)
{
    // Columns from `first`: timeline_head, status, tier, detected_at, acknowledged_at,
    // contained_at, remediated_at, closed_at.
    const auto status = core::statuses().fromKey(q.text(first + 1));
    const auto tier = core::tierFromInt(int(q.integer(first + 2)));
    if (q.isNull(first) || !status || !tier || q.isNull(first + 3)) {
        return std::nullopt; // not what any fold gives
    }
    const auto optional = [&q](int column) {
        return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.integer(column));
    };
    core::IncidentFacts f;
    f.status = *status;
    f.tier = *tier;
    f.detectedAt = q.integer(first + 3);
    f.acknowledgedAt = optional(first + 4);
    f.containedAt = optional(first + 5);
    f.remediatedAt = optional(first + 6);
    f.closedAt = optional(first + 7);
    return std::pair{q.text(first), f};
}

void LocalApplier::refold(const QString& incidentId, const core::IncidentFacts& facts, const QString& head)
{
    const QString status = core::statuses().key(facts.status);
    statement(QStringLiteral("UPDATE incidents SET status = ?1, timeline_head = ?2 WHERE id = ?3 AND "
                             "(status IS NOT ?1 OR timeline_head IS NOT ?2)"))
        .bind(1, status)
        .bind(2, head)
        .bind(3, incidentId)
        .run();
    m_corrections.insert(incidentId, facts);
}

void LocalApplier::writeCorrections()
{
    for (auto it = m_corrections.cbegin(); it != m_corrections.cend(); ++it) {
        const core::IncidentFacts& f = it.value();
        statement(QStringLiteral("UPDATE incidents SET tier = ?1, detected_at = ?2, acknowledged_at = ?3, "
                                 "contained_at = ?4, remediated_at = ?5, closed_at = ?6 WHERE id = ?7 AND "
                                 "(tier IS NOT ?1 OR detected_at IS NOT ?2 OR acknowledged_at IS NOT ?3 OR "
                                 "contained_at IS NOT ?4 OR remediated_at IS NOT ?5 OR closed_at IS NOT ?6)"))
            .bind(1, qint64(core::toInt(f.tier)))
            .bind(2, qint64(f.detectedAt))
            .bind(3, f.acknowledgedAt)
            .bind(4, f.containedAt)
            .bind(5, f.remediatedAt)
            .bind(6, f.closedAt)
            .bind(7, it.key())
            .run();
    }
    m_corrections.clear();
}

void LocalApplier::removeLocal(const SyncPlan::Table& table, const QString& key)
{
    const auto& t = table.table;
    const QSqlDatabase db = m_db.connection();
    if (t.name == QLatin1String("incidents")) {
        purgeIncident(key, tr("the team server refused it."), Purge::Deleted);
        return;
    }
    if (t.insertOnly && !t.underIncident()) {
        // A record of what was done here (a distribution, an import): it stays, and the
        // refusal is listed; only its incident could take it away.
        return;
    }
    if (t.name == QLatin1String("timeline_entries")) {
        Query incident(db, QStringLiteral("SELECT incident_id FROM timeline_entries WHERE id = :k"));
        incident.bind(QStringLiteral(":k"), key);
        const QString incidentId = incident.scalar().toString();
        if (!incidentId.isEmpty()) {
            m_touched.insert(incidentId);
            m_numbering.remove(incidentId); // its head and next seq are read again
            m_lastNumbering = {};
            if (m_timelines) {
                m_timelines->forget(incidentId);
            }
        }
    }
    Query del(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
    del.bind(QStringLiteral(":k"), key).exec();
}

void LocalApplier::purgeIncident(const QString& incidentId, const QString& reason, Purge why)
{
    const QSqlDatabase db = m_db.connection();
    Query ref(db, QStringLiteral("SELECT reference, rowid FROM incidents WHERE id = :id"));
    ref.bind(QStringLiteral(":id"), incidentId).exec();
    if (!ref.next()) {
        return;
    }
    const QString reference = ref.value(0).toString();
    const qint64 incidentRow = ref.value(1).toLongLong();
    ref.raw().finish();

    // Every foreign key of every local table (synced or not).
    struct Reference
    {
        QString child;
        QString column;
        QString parent;
        QString parentColumn;
        QString onDelete;
    };
    QList<Reference> references;
    {
        Query q(db, QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", COALESCE(f.\"to\", 'id'), "
                                   "upper(f.on_delete) FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                   "WHERE m.type = 'table'"));
        q.exec();
        while (q.next()) {
            references.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString()});
        }
    }
    const auto rowids = [](const QList<qint64>& ids) -> QString {
        QStringList out;
        for (const qint64 id : ids) {
            out << QString::number(id);
        }
        return QLatin1Char('[') + out.join(QLatin1Char(',')) + QLatin1Char(']');
    };

    // The rows that leave with it, found level by level: those that refer to the incident
    // (when it is only deleted, rows that merely link to it stay, unlinked, as their
    // foreign key says), and what refers to those and would go with them.
    QList<std::pair<QString, QList<qint64>>> leaving{{QStringLiteral("incidents"), {incidentRow}}};
    QHash<QString, QSet<qint64>> seen{{QStringLiteral("incidents"), {incidentRow}}};
    QList<std::pair<QString, QString>> unlink;
    for (qsizetype level = 0; level < leaving.size(); ++level) {
        const QString parent = leaving.at(level).first;
        const QString parentRows = rowids(leaving.at(level).second);
        for (const Reference& r : std::as_const(references)) {
            if (r.parent != parent) {
                continue;
            }
            const bool setNull = r.onDelete == QLatin1String("SET NULL");
            if (setNull && (parent != QLatin1String("incidents") || why == Purge::Deleted)) {
                if (parent == QLatin1String("incidents")) {
                    unlink.append({r.child, r.column});
                }
                continue; // SQLite unlinks them when their parent goes
            }
            Query q(db, QStringLiteral("SELECT c.rowid FROM %1 c WHERE c.%2 IN (SELECT p.%3 FROM %4 p WHERE p.rowid "
                                       "IN (SELECT value FROM json_each(:rows)))")
                            .arg(r.child, r.column, r.parentColumn, parent));
            q.bind(QStringLiteral(":rows"), parentRows).exec();
            QList<qint64> found;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (!seen[r.child].contains(id)) {
                    seen[r.child].insert(id);
                    found.append(id);
                }
            }
            if (!found.isEmpty()) {
                leaving.append({r.child, found});
            }
        }
    }

    // Changes to them that were waiting can no longer be sent.
    int dropped = 0;
    for (const auto& [table, ids] : std::as_const(leaving)) {
        const auto* planned = m_plan.find(table);
        if (!planned) {
            continue;
        }
        Query drop(db, QStringLiteral("DELETE FROM sync_outbox WHERE table_name = :t AND row_id IN "
                                      "(SELECT %1 FROM %2 WHERE rowid IN (SELECT value FROM json_each(:rows)))")
                           .arg(planned->table.key, table));
        drop.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":rows"), rowids(ids)).exec();
        dropped += drop.numRowsAffected();
    }
    for (const auto& [table, column] : std::as_const(unlink)) {
        Query q(db, QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = :id").arg(table, column));
        q.bind(QStringLiteral(":id"), incidentId).exec();
    }
    // Children first; what a cascade took already is simply not found.
    for (auto it = leaving.crbegin(); it != leaving.crend(); ++it) {
        Query del(db,
                  QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT value FROM json_each(:rows))").arg(it->first));
        del.bind(QStringLiteral(":rows"), rowids(it->second)).exec();
    }
    Query unnote(db, QStringLiteral("DELETE FROM sync_refold WHERE incident_id = :id"));
    unnote.bind(QStringLiteral(":id"), incidentId).exec();
    if (m_timelines) {
        m_timelines->forget(incidentId);
    }
    m_touched.remove(incidentId);
    m_numbering.remove(incidentId);
    m_lastNumbering = {};
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
                    .arg(reference, reason))
            .bind(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch())
            .exec();
    }
}

} // namespace muster::sync
