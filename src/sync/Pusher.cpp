#include "sync/Pusher.h"

#include "core/IncidentEnums.h"
#include "core/Lifecycle.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"
#include "sync/PgConnection.h"
#include "sync/RemoteRows.h"
#include "sync/SyncState.h"
#include "sync/TestHook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>
#include <optional>

namespace muster::sync {

using storage::Query;

namespace {

// Appends `text` as a JSON string literal.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// Drops the columns the server does not have from a JSON object.
QString onlyColumns(const QString& json, const QStringList& dropped)
{
    if (json.isEmpty() || dropped.isEmpty()) {
        return json;
    }
    QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QString& c : dropped) {
        o.remove(c);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Pusher::Pusher(storage::Database& db, PgConnection& server, const SyncPlan& plan, Options options)
    : m_db(db)
    , m_server(server)
    , m_plan(plan)
    , m_options(std::move(options))
{}

QString Pusher::describe(const QString& code, const QString& message, const QString& detail, const QString& hint)
{
    if (code == QLatin1String("MU001")) {
        const auto from = core::statuses().fromKey(detail);
        const auto to = core::statuses().fromKey(hint);
        if (from && to) {
            if (*from == *to) {
                return tr("The incident is already %1 on the team server; this change came too late.")
                    .arg(core::statuses().label(*to));
            }
            if (auto refusal = core::Lifecycle::refusal(*from, *to)) {
                return tr("The team server refused the status change: another change came first. %1").arg(*refusal);
            }
        }
        return message;
    }
    if (code == QLatin1String("MU002")) {
        return detail.isEmpty() || message.startsWith(QLatin1String("It refers"))
                   ? tr("It refers to a record that was deleted on the team server.")
                   : tr("The record was deleted on the team server (by %1).").arg(detail);
    }
    if (code == QLatin1String("MU003") ||
        (code == QLatin1String("42501") && message.contains(QLatin1String("row-level security")))) {
        return tr("You do not have access to this record on the team server.");
    }
    if (code == QLatin1String("42501")) {
        return tr("Your sign-in to the team server may read but not change records.");
    }
    if (code == QLatin1String("MU004")) {
        return tr("The record no longer exists on the team server.");
    }
    if (code == QLatin1String("MU005")) {
        return tr("Timeline entries cannot be changed once recorded.");
    }
    if (code == QLatin1String("MU006")) {
        return tr("The team server does not sync this kind of record yet.");
    }
    if (code == QLatin1String("23514") && message.contains(QLatin1String("timeline_entries_sealed"))) {
        return tr("The team server keeps only timeline entries that match their hash; this one was changed after "
                  "it was recorded.");
    }
    if (code == QLatin1String("23505")) {
        return tr("Another record on the team server already has the same unique value: %1").arg(message);
    }
    if (code == QLatin1String("23503")) {
        return tr("It refers to a record the team server does not have: %1").arg(message);
    }
    return tr("The team server refused the change: %1").arg(message);
}

Pusher::Result Pusher::run()
{
    const QSqlDatabase conn = m_db.connection();
    SyncState state(conn);
    const QString desktop = state.desktopId();
    Result result;

    QList<OutboxRow> outbox;
    qint64 lastSeq = 0;
    QStringList pushedTables;
    // Read through SQLite's own interface (a first push reads every row of the file), and
    // only as far as the first batch before it goes out: the rest is read while the server
    // applies it.
    std::optional<storage::BulkStatement> reading;
    reading.emplace(conn, QStringLiteral("SELECT mutation_id, table_name, row_id, op, data, base, seq FROM "
                                         "sync_outbox ORDER BY seq"));
    const SyncPlan::Table* readingTable = nullptr;
    const auto readOutbox = [&](qsizetype upTo) {
        while (reading && outbox.size() < upTo) {
            if (!reading->next()) {
                reading.reset();
                break;
            }
            const auto& q = *reading;
            OutboxRow r{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)};
            if (!readingTable || readingTable->table.name != r.table) {
                readingTable = m_plan.find(r.table);
            }
            if (!readingTable || !readingTable->onServer) {
                ++result.waiting;
                continue;
            }
            lastSeq = q.integer(6);
            if (!pushedTables.contains(r.table)) {
                pushedTables.append(r.table);
            }
            r.data = onlyColumns(r.data, readingTable->localOnlyColumns);
            r.base = onlyColumns(r.base, readingTable->localOnlyColumns);
            outbox.append(r);
        }
    };
    readOutbox(m_options.batchSize);
    if (outbox.isEmpty()) {
        return result;
    }
    QStringList incidents;
    {
        Query q(conn, QStringLiteral("SELECT row_id FROM sync_outbox WHERE table_name = 'incidents' UNION "
                                     "SELECT json_extract(data, '$.incident_id') FROM sync_outbox "
                                     "WHERE table_name <> 'incidents' AND json_extract(data, '$.incident_id') "
                                     "IS NOT NULL"));
        q.exec();
        while (q.next()) {
            incidents.append(q.value(0).toString());
        }
    }

    // Everything read from these tables up to lastSeq goes out and is answered; what is
    // written meanwhile has a higher seq and stays. When that is the whole outbox, it is
    // emptied at once (SQLite drops the table's pages instead of deleting row by row).
    std::optional<storage::WriteTransaction> local;
    const auto clearOutbox = [&] {
        Query later(conn, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE seq > :last)"));
        if (result.waiting == 0 && !later.bind(QStringLiteral(":last"), lastSeq).scalar().toBool()) {
            storage::execute(conn, QStringLiteral("DELETE FROM sync_outbox"));
            return;
        }
        Query remove(conn, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= :last AND table_name IN "
                                          "(SELECT value FROM json_each(:tables))"));
        remove.bind(QStringLiteral(":last"), lastSeq)
            .bind(QStringLiteral(":tables"), storage::jsonList(pushedTables))
            .exec();
    };

    QList<Outcome> outcomes;
    for (int attempt = 1;; ++attempt) {
        outcomes.clear();
        try {
            m_server.exec(QStringLiteral("BEGIN"));
            m_server.exec(
                QStringLiteral("SELECT muster.begin_push(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))"),
                {storage::jsonList(incidents).toUtf8()});
            // A batch holds at most one mutation per row, so the server may apply it
            // set-based; the next mutation of a row goes into the next batch.
            qsizetype next = 0;
            const auto buildBatch = [this, &outbox, &next] {
                QSet<QString> rowsInBatch;
                QByteArray json("[");
                int pos = 0;
                while (next < outbox.size() && pos < m_options.batchSize) {
                    const OutboxRow& r = outbox.at(next);
                    const QString rowKey = r.table + QLatin1Char('\x1f') + r.rowId;
                    if (rowsInBatch.contains(rowKey)) {
                        break;
                    }
                    rowsInBatch.insert(rowKey);
                    if (pos > 0) {
                        json += ',';
                    }
                    json += "{\"pos\":" + QByteArray::number(pos) + ",\"m\":\"" + r.mutationId.toLatin1() + "\",\"t\":";
                    appendJsonString(json, r.table);
                    json += ",\"r\":";
                    appendJsonString(json, r.rowId);
                    json += ",\"op\":\"" + r.op.toLatin1() + "\",\"d\":";
                    json += r.data.isEmpty() ? QByteArray("null") : r.data.toUtf8();
                    json += ",\"b\":";
                    json += r.base.isEmpty() ? QByteArray("null") : r.base.toUtf8();
                    json += '}';
                    ++pos;
                    ++next;
                }
                json += ']';
                return json;
            };
            const QString pushSql = QStringLiteral(
                "SELECT mutation_id, status, code, message, detail FROM muster.push($1::uuid, $2::jsonb)");
            // The next batch is built while the server applies this one.
            m_server.send(pushSql, {desktop.toUtf8(), buildBatch()});
            readOutbox(std::numeric_limits<qsizetype>::max());
            while (true) {
                const QByteArray following = next < outbox.size() ? buildBatch() : QByteArray();
                if (following.isNull() && !local) {
                    // While the server applies the last batch, the outbox is cleared in a
                    // local transaction that commits only once the server has committed.
                    local.emplace(conn);
                    clearOutbox();
                }
                const auto reply = m_server.receive();
                for (int i = 0; i < reply.rows(); ++i) {
                    outcomes.append({reply.text(i, 0), reply.text(i, 1), reply.text(i, 2), reply.text(i, 3),
                                     QJsonDocument::fromJson(reply.bytes(i, 4)).object()});
                }
                TestHook::reached("push-batch-sent");
                if (m_options.progress) {
                    m_options.progress(int(outcomes.size()), int(outbox.size()));
                }
                if (following.isNull()) {
                    break;
                }
                if (m_options.cancelled && m_options.cancelled()) {
                    throw core::Error(core::Error::Kind::Refused, tr("Synchronisation was cancelled."));
                }
                m_server.send(pushSql, {desktop.toUtf8(), following});
            }
            m_server.exec(QStringLiteral("COMMIT"));
            break;
        } catch (const PgError& e) {
            local.reset();
            if (m_server.isOk()) {
                try {
                    m_server.exec(QStringLiteral("ROLLBACK"));
                } catch (const PgError&) {
                }
            }
            if (e.isRetryable() && attempt < 3) {
                continue;
            }
            throw;
        } catch (const core::Error&) {
            local.reset();
            if (m_server.isOk()) {
                m_server.exec(QStringLiteral("ROLLBACK"));
            }
            throw;
        }
    }
    TestHook::reached("push-committed");

    // The server has them: clear the outbox and keep what the user should see.
    QHash<QString, const OutboxRow*> byId;
    for (const OutboxRow& r : std::as_const(outbox)) {
        byId.insert(r.mutationId, &r);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (outcomes.size() != outbox.size()) {
        throw core::Error(core::Error::Kind::Storage,
                          tr("The team server answered %1 of %2 changes; they stay queued and will be sent again.")
                              .arg(outcomes.size())
                              .arg(outbox.size()));
    }
    Query reject(conn,
                 QStringLiteral("INSERT OR IGNORE INTO sync_rejections (mutation_id, table_name, row_id, op, "
                                "data, reason, code, rejected_at) VALUES (:m, :t, :r, :op, :data, :reason, :code, "
                                ":at)"));
    Query conflict(conn, QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (mutation_id, table_name, row_id, "
                                        "column_name, base, theirs, ours, other, detected_at) VALUES (:m, :t, :r, :c, "
                                        ":base, :theirs, :ours, :other, :at)"));
    const auto text = [](const QJsonValue& v) {
        return v.isUndefined()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    for (const Outcome& o : std::as_const(outcomes)) {
        const OutboxRow* r = byId.value(o.mutationId);
        if (!r) {
            continue;
        }
        if (o.status == QLatin1String("rejected")) {
            ++result.rejected;
            reject.bind(QStringLiteral(":m"), o.mutationId)
                .bind(QStringLiteral(":t"), r->table)
                .bind(QStringLiteral(":r"), r->rowId)
                .bind(QStringLiteral(":op"), r->op)
                .bind(QStringLiteral(":data"), storage::nullIfEmpty(r->data))
                .bind(QStringLiteral(":reason"),
                      describe(o.code, o.message, o.detail.value(QStringLiteral("detail")).toString(),
                               o.detail.value(QStringLiteral("hint")).toString()))
                .bind(QStringLiteral(":code"), o.code)
                .bind(QStringLiteral(":at"), now)
                .exec();
        } else {
            ++result.applied;
        }
        const QJsonArray conflicts = o.detail.value(QStringLiteral("conflicts")).toArray();
        for (const QJsonValue& v : conflicts) {
            const QJsonObject c = v.toObject();
            ++result.conflicts;
            conflict.bind(QStringLiteral(":m"), o.mutationId)
                .bind(QStringLiteral(":t"), r->table)
                .bind(QStringLiteral(":r"), r->rowId)
                .bind(QStringLiteral(":c"), c.value(QStringLiteral("column")).toString())
                .bind(QStringLiteral(":base"), text(c.value(QStringLiteral("base"))))
                .bind(QStringLiteral(":theirs"), text(c.value(QStringLiteral("theirs"))))
                .bind(QStringLiteral(":ours"), text(c.value(QStringLiteral("ours"))))
                .bind(QStringLiteral(":other"), c.value(QStringLiteral("by")).toString())
                .bind(QStringLiteral(":at"), now)
                .exec();
        }
    }
    revertRefused(outcomes, byId);
    local->commit();
    return result;
}

void Pusher::revertRefused(const QList<Outcome>& outcomes, const QHash<QString, const OutboxRow*>& byId)
{
    // A refused change must not linger here: the row takes the server's version again
    // (or leaves, when the server does not have it). What was refused stays readable in
    // sync_rejections. Changes made meanwhile and still waiting keep their columns.
    // A row the server merged into one it had (the same unique key) becomes that row.
    QHash<QString, QStringList> refused;
    QHash<QString, QStringList> merged;
    for (const Outcome& o : outcomes) {
        const OutboxRow* r = byId.value(o.mutationId);
        if (r && o.status == QLatin1String("rejected") && !refused[r->table].contains(r->rowId)) {
            refused[r->table].append(r->rowId);
        }
        const QString into = o.detail.value(QStringLiteral("merged")).toString();
        if (r && o.status == QLatin1String("applied") && !into.isEmpty() && into != r->rowId) {
            merged[r->table].append(into);
        }
    }
    if (refused.isEmpty() && merged.isEmpty()) {
        return;
    }
    const QSqlDatabase conn = m_db.connection();
    const auto fetcher = [this](const SyncPlan::Table& t, const QStringList& keys) {
        return RemoteRows::fetch(m_server, t, keys);
    };
    LocalApplier applier(m_db, m_plan, fetcher);
    {
        storage::SyncCapture::ApplyMode mode(conn, true);
        for (const auto& planned : m_plan.tables) {
            // The server's rows find ours by their unique key and take them over.
            applier.apply(planned, RemoteRows::fetch(m_server, planned, merged.value(planned.table.name)));
            const QStringList keys = refused.value(planned.table.name);
            if (keys.isEmpty()) {
                continue;
            }
            const auto rows = RemoteRows::fetch(m_server, planned, keys);
            QSet<QString> present;
            for (const auto& row : rows) {
                present.insert(row.values.first().toString());
            }
            applier.apply(planned, rows);
            for (const QString& key : keys) {
                if (!present.contains(key)) {
                    applier.removeLocal(planned, key);
                }
            }
        }
        applier.finish();
        applier.refoldNoted();
    }
    applier.writeCorrections();
}

} // namespace muster::sync
