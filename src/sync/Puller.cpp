#include "sync/Puller.h"

#include "storage/BackgroundCheckpointer.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"
#include "sync/PgConnection.h"
#include "sync/PgError.h"
#include "sync/RemoteRows.h"
#include "sync/ServerSchema.h"
#include "sync/SyncState.h"
#include "sync/TestHook.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThreadPool>

#include <chrono>
#include <future>
#include <memory>
#include <optional>

namespace muster::sync {

using storage::Query;

namespace {

// Where a pull spends its time: QT_LOGGING_RULES="muster.sync.pull.debug=true".
Q_LOGGING_CATEGORY(lcPull, "muster.sync.pull", QtWarningMsg)

// The rows whose last writer is not visible in the snapshot $3 (the old cursor).
const QString kWindow =
    QStringLiteral("_xid >= pg_snapshot_xmin($3::pg_snapshot) AND NOT pg_visible_in_snapshot(_xid, $3::pg_snapshot)");

} // namespace

Puller::Puller(storage::Database& db, PgConnection& server, const SyncPlan& plan, Options options)
    : m_db(db)
    , m_server(server)
    , m_plan(plan)
    , m_options(std::move(options))
{}

QStringList Puller::unpulledTables() const
{
    const SyncState state(m_db.connection());
    QStringList out;
    for (const auto& t : m_plan.tables) {
        if (t.onServer && !state.hasPulled(t.table.name)) {
            out.append(t.table.name);
        }
    }
    return out;
}

QString Puller::pageSql(const SyncPlan::Table& table, bool incremental) const
{
    // Keyset pagination in (transaction, key) order. Insert-only tables go in the server's
    // order of acceptance within a transaction, so that a timeline entry always arrives
    // after the entry it follows.
    const QString key =
        table.hasServerOrder ? QStringLiteral("src._seq") : QStringLiteral("src.\"%1\"").arg(table.table.key);
    const QString after = table.hasServerOrder ? QStringLiteral("coalesce(nullif($2::text, '')::bigint, -1)")
                                               : QStringLiteral("$2::text");
    return QStringLiteral("SELECT %1, %3::text FROM muster.\"%2\" src WHERE (src._xid, %3) > ($1::xid8, %4) AND %5 "
                          "ORDER BY src._xid, %3 LIMIT %6")
        .arg(RemoteRows::columnsSql(table), table.table.name, key, after,
             incremental ? kWindow : QStringLiteral("NOT _deleted AND $3::text IS NULL"))
        .arg(m_options.pageSize);
}

std::pair<QString, QList<QByteArray>> Puller::estimateQuery() const
{
    SyncState state(m_db.connection());
    const QString cursor = state.cursor();
    const QStringList whole = unpulledTables();
    // One statement for all tables: most are small, and a statement each cost more in
    // round trips and planning than counting them.
    QStringList counts;
    bool windowed = false;
    for (const auto& t : m_plan.tables) {
        if (!t.onServer) {
            continue;
        }
        if (cursor.isEmpty() || m_options.resync || whole.contains(t.table.name)) {
            counts << QStringLiteral("(SELECT count(*) FROM muster.\"%1\" WHERE NOT _deleted)").arg(t.table.name);
        } else {
            counts << QStringLiteral("(SELECT count(*) FROM muster.\"%1\" WHERE %2)")
                          .arg(t.table.name, QString(kWindow).replace(QStringLiteral("$3"), QStringLiteral("$1")));
            windowed = true;
        }
    }
    if (counts.isEmpty()) {
        return {};
    }
    return {QStringLiteral("SELECT (%1)::bigint").arg(counts.join(QStringLiteral(" + "))),
            windowed ? QList<QByteArray>{PgConnection::param(cursor)} : QList<QByteArray>{}};
}

int Puller::estimate()
{
    const auto [sql, params] = estimateQuery();
    return sql.isEmpty() ? 0 : int(m_server.exec(sql, params).number(0, 0));
}

int Puller::run()
{
    const QSqlDatabase conn = m_db.connection();
    SyncState state(conn);
    QJsonObject session = state.pullSession();
    const bool resuming = !session.isEmpty();
    if (!resuming || (m_options.resync && !session.value(QStringLiteral("resync")).toBool()) ||
        (resuming && session.value(QStringLiteral("resync")).toBool())) {
        // A resync keeps in memory which rows the server still has, so it starts over.
        const QString target = m_server.exec(QStringLiteral("SELECT pg_current_snapshot()::text")).text(0, 0);
        const bool resync = m_options.resync || session.value(QStringLiteral("resync")).toBool();
        // Tables this desktop has not read whole yet (it syncs them since an upgrade) are
        // read whole: their older rows are before the cursor.
        session = QJsonObject{{QStringLiteral("from"), resync ? QString() : state.cursor()},
                              {QStringLiteral("target"), target},
                              {QStringLiteral("table"), 0},
                              {QStringLiteral("xid"), QStringLiteral("0")},
                              {QStringLiteral("key"), QString()},
                              {QStringLiteral("resync"), resync},
                              {QStringLiteral("whole"), QJsonArray::fromStringList(unpulledTables())}};
        storage::WriteTransaction tx(conn);
        state.setPullSession(session);
        tx.commit();
    }
    // A pull's reads are short, but row-level security inflates their cost estimates past
    // the point where PostgreSQL compiles them with LLVM: 134 ms of JIT was measured for a
    // 30 ms count. (Pushes keep it: their large statements gain from it.)
    m_server.exec(QStringLiteral("SET jit = off"));
    const auto restoreJit = qScopeGuard([this] {
        try {
            m_server.exec(QStringLiteral("RESET jit"));
        } catch (const PgError&) {
            // the connection is gone; so is the setting
        }
    });
    QElapsedTimer clock;
    clock.start();
    // A first pull into a desktop without incidents is taken to be large (it is all the
    // team has): its rows are counted on a second connection while the pages arrive.
    const bool intoEmpty = m_options.countOn && session.value(QStringLiteral("from")).toString().isEmpty() &&
                           !Query(conn, QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents)")).scalar().toBool();
    std::future<int> counted;
    if (intoEmpty) {
        counted = std::async(std::launch::async, [config = *m_options.countOn, query = estimateQuery()] {
            if (query.first.isEmpty()) {
                return 0;
            }
            try {
                PgConnection counter(config);
                counter.exec(QStringLiteral("SET jit = off"));
                return int(counter.exec(query.first, query.second).number(0, 0));
            } catch (const core::Error& e) {
                qCDebug(lcPull) << "no count of the rows to pull:" << e.message();
                return 0; // progress without a total
            }
        });
    } else {
        m_total = estimate();
        qCDebug(lcPull) << "estimate" << m_total << "rows in" << clock.elapsed() << "ms";
    }
    // A pull of more rows than this desktop has incidents (a first pull, a resync) leaves
    // the search index to one rebuild at its end, which costs less than keeping it row by
    // row. A pull cut short leaves it deferred; the next open of the file rebuilds it.
    // (Counting stops at the pull's size: a small pull into a large file stays cheap.)
    Query incidentsHere(conn, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM incidents LIMIT :n)"));
    if (!storage::SearchIndex::isDeferred(m_db) &&
        (intoEmpty ||
         (m_total > 0 && incidentsHere.bind(QStringLiteral(":n"), m_total).scalar().toLongLong() < m_total))) {
        storage::SearchIndex::defer(m_db);
    }
    // A first pull into a desktop without incidents builds the tables' secondary indexes
    // once at its end. If the pull fails, they are built as it gives up (or, if it was
    // killed, by the next open of the file): the desktop is never left without them.
    std::optional<QElapsedTimer> indexesDeferred;
    if (intoEmpty && !storage::DeferredIndexes::pending(conn)) {
        QStringList tables;
        for (const auto& t : m_plan.tables) {
            tables.append(t.table.name);
        }
        if (storage::DeferredIndexes::defer(m_db, tables) > 0) {
            indexesDeferred.emplace();
        }
    }
    const auto buildIndexes = [this, &conn, &indexesDeferred] {
        if (!indexesDeferred) {
            return;
        }
        indexesDeferred->start();
        try {
            if (storage::DeferredIndexes::pending(conn)) {
                storage::DeferredIndexes::build(m_db);
            }
            qCDebug(lcPull) << "indexes built in" << indexesDeferred->elapsed() << "ms";
        } catch (const core::Error& e) {
            qCWarning(lcPull) << "indexes left for the next open of the file:" << e.message();
        }
        indexesDeferred.reset();
    };
    const auto buildIndexesOnFailure = qScopeGuard(buildIndexes);
    // A large pull leaves WAL checkpoints (and their fsync) to a thread of their own
    // instead of stalling on them at a page's commit.
    std::optional<storage::BackgroundCheckpointer> checkpointer;
    if (intoEmpty || m_total >= m_options.backgroundCheckpointsFrom) {
        checkpointer.emplace(m_db);
    }
    const QString from = session.value(QStringLiteral("from")).toString();
    const bool incremental = !from.isEmpty();
    const bool resync = session.value(QStringLiteral("resync")).toBool();
    const QByteArray fromParam = incremental ? from.toUtf8() : QByteArray();
    QStringList whole;
    for (const QJsonValue& v : session.value(QStringLiteral("whole")).toArray()) {
        whole.append(v.toString());
    }
    // The next page — of this table, or the first of the next — is asked for before this
    // one is applied, and a thread of its own receives it and turns it into rows, so that
    // the server, that thread and this one work at the same time. Nothing else uses the
    // server connection until the page is collected (settle()).
    struct Fetched
    {
        PgResult result;
        QList<LocalApplier::Row> rows;
    };
    std::future<Fetched> inFlight;
    int inFlightFor = -1; // the table the page asked for belongs to
    std::optional<Fetched> ready;
    const auto settle = [&inFlight, &ready] {
        if (inFlight.valid()) {
            ready = inFlight.get();
        }
    };
    // The rows of the page applied last, freed by that thread too (it has time to spare).
    QList<LocalApplier::Row> spent;
    const auto ask = [this, &inFlight, &inFlightFor, &spent](int ti, const QString& sql,
                                                             const QList<QByteArray>& params) {
        m_server.send(sql, params);
        inFlightFor = ti;
        inFlight =
            std::async(std::launch::async, [this, &table = m_plan.tables.at(ti), spent = std::move(spent)]() mutable {
                spent = {};
                PgResult result = m_server.receive();
                auto rows = RemoteRows::readReferencing(table, result);
                return Fetched{std::move(result), std::move(rows)};
            });
    };
    // Pages must be read in the order of the feed's index. Row-level security hides how
    // many rows pass its check, and with a large LIMIT PostgreSQL may then sort the whole
    // remaining table for every page instead (on a freshly loaded server: 168 ms a page of
    // timeline entries instead of 41 ms). Page reads forbid the sort; the pull's other
    // reads (a few rows by key, then sorted) allow it.
    const auto pageOrder = [this](bool forced) {
        m_server.exec(forced ? QStringLiteral("SET enable_sort = off") : QStringLiteral("RESET enable_sort"));
    };
    const auto fetcher = [&settle, &pageOrder, this](const SyncPlan::Table& t, const QStringList& keys) {
        settle();
        pageOrder(false);
        auto rows = RemoteRows::fetch(m_server, t, keys);
        pageOrder(true);
        return rows;
    };
    const auto pageParams = [&fromParam](const QJsonObject& position, bool incrementalTable) {
        return QList<QByteArray>{position.value(QStringLiteral("xid")).toString().toUtf8(),
                                 position.value(QStringLiteral("key")).toString().toUtf8(),
                                 incrementalTable ? fromParam : QByteArray()};
    };
    const auto readsIncrementally = [&](const SyncPlan::Table& t) {
        return incremental && !whole.contains(t.table.name);
    };
    const auto reportProgress = [this, &counted, &clock] {
        if (counted.valid() && counted.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            m_total = counted.get();
            qCDebug(lcPull) << "counted" << m_total << "rows after" << clock.elapsed() << "ms";
        }
        if (m_options.progress) {
            // No total (0) until the count is in.
            m_options.progress(m_done, m_total > 0 ? std::max(m_total, m_done) : 0);
        }
    };
    const auto nextOnServer = [this](int ti) {
        for (int next = ti + 1; next < m_plan.tables.size(); ++next) {
            if (m_plan.tables.at(next).onServer) {
                return next;
            }
        }
        return -1;
    };

    // Timelines this session brings whole, for the refold at its end.
    PulledTimelines timelines;
    // The local transaction pages are being applied in, if one is open, and its applier:
    // one per transaction, so that its prepared statements and the next local seq of each
    // timeline serve every page in it, and what is done once for the rows written (missing
    // parents, timeline heads, the refold list) is done once before the commit.
    std::optional<storage::WriteTransaction> open;
    std::optional<LocalApplier> applier;
    int openPages = 0;
    QElapsedTimer openedAt;
    const auto commitOpen = [&open, &applier, &conn] {
        if (open) {
            {
                storage::SyncCapture::ApplyMode mode(conn, true);
                applier->finish();
            }
            applier.reset();
            open->commit();
            open.reset();
        }
    };

    try {
        pageOrder(true);
        for (int ti = session.value(QStringLiteral("table")).toInt(); ti < m_plan.tables.size(); ++ti) {
            const SyncPlan::Table& table = m_plan.tables.at(ti);
            if (!table.onServer) {
                continue;
            }
            const bool incrementalTable = readsIncrementally(table);
            const QString sql = pageSql(table, incrementalTable);
            qint64 waited = 0;
            qint64 applying = 0;
            const int before = m_done;
            while (true) {
                if (m_options.cancelled && m_options.cancelled()) {
                    throw core::Error(core::Error::Kind::Refused, tr("Synchronisation was cancelled."));
                }
                const qint64 asked = clock.nsecsElapsed();
                settle();
                if (!ready || inFlightFor != ti) {
                    PgResult answer = m_server.exec(sql, pageParams(session, incrementalTable));
                    auto rows = RemoteRows::readReferencing(table, answer);
                    ready = Fetched{std::move(answer), std::move(rows)};
                }
                const PgResult result = std::move(ready->result);
                QList<LocalApplier::Row> page = std::move(ready->rows);
                ready.reset();
                waited += clock.nsecsElapsed() - asked;
                const int n = int(table.table.columns.size());
                const bool last = page.size() < m_options.pageSize;
                if (page.isEmpty()) {
                    session[QStringLiteral("table")] = ti + 1;
                    session[QStringLiteral("xid")] = QStringLiteral("0");
                    session[QStringLiteral("key")] = QString();
                } else {
                    session[QStringLiteral("xid")] = result.text(result.rows() - 1, n);
                    session[QStringLiteral("key")] = result.text(result.rows() - 1, n + 3);
                    if (last) {
                        session[QStringLiteral("table")] = ti + 1;
                        session[QStringLiteral("xid")] = QStringLiteral("0");
                        session[QStringLiteral("key")] = QString();
                    }
                }
                if (!last) {
                    ask(ti, sql, pageParams(session, incrementalTable));
                } else if (const int next = nextOnServer(ti); next >= 0) {
                    const SyncPlan::Table& following = m_plan.tables.at(next);
                    ask(next, pageSql(following, readsIncrementally(following)),
                        pageParams(session, readsIncrementally(following)));
                }
                if (page.isEmpty()) {
                    // Nothing to write: the position moves on in memory (a session resumed
                    // from the last page written reads this empty table again).
                    reportProgress();
                    break;
                }
                if (resync) {
                    for (const auto& r : page) {
                        m_seen[table.table.name].insert(r.values.first().toString());
                    }
                }
                const qint64 start = clock.nsecsElapsed();
                if (!open) {
                    open.emplace(conn);
                    applier.emplace(m_db, m_plan, fetcher);
                    applier->keepTimelinesIn(&timelines);
                    openPages = 0;
                    openedAt.start();
                }
                {
                    storage::SyncCapture::ApplyMode mode(conn, true);
                    applier->apply(table, page);
                }
                state.setPullSession(session);
                if (++openPages >= m_options.pagesPerTransaction || openedAt.elapsed() >= m_options.transactionMs) {
                    commitOpen();
                }
                applying += clock.nsecsElapsed() - start;
                m_done += int(page.size());
                spent = std::move(page);
                TestHook::reached("pull-page-applied");
                reportProgress();
                if (last) {
                    break;
                }
            }
            if (m_done > before) {
                qCDebug(lcPull) << table.table.name << m_done - before << "rows: waited" << waited / 1000000
                                << "ms for the server, applied in" << applying / 1000000 << "ms";
            }
        }
        commitOpen();
        pageOrder(false);
    } catch (...) {
        // Leave the connection usable: collect the answer to the page asked for. (The open
        // transaction rolls back: the session resumes from the last page committed.)
        applier.reset();
        try {
            settle();
            pageOrder(false);
        } catch (...) {
            // the error that ended the session is the one to report
        }
        throw;
    }

    // The end of the session: access changes, the sweep of a resync, the new cursor.
    const qint64 ending = clock.elapsed();
    {
        storage::WriteTransaction tx(conn);
        LocalApplier applier(m_db, m_plan, fetcher);
        applier.keepTimelinesIn(&timelines);
        {
            storage::SyncCapture::ApplyMode mode(conn, true);
            handleAccessEvents(applier, session);
            if (resync) {
                sweep(applier);
            }
            applier.finish();
            applier.refoldNoted();
        }
        applier.writeCorrections();
        state.setCursor(session.value(QStringLiteral("target")).toString());
        state.setPullSession({});
        for (const auto& t : m_plan.tables) {
            if (t.onServer) {
                state.setPulled(t.table.name);
            }
        }
        tx.commit();
    }
    qCDebug(lcPull) << "end of session (access, refold, corrections, cursor)" << clock.elapsed() - ending << "ms";
    // The timelines kept in memory (tens of thousands of entries after a first pull) are
    // freed by a thread of their own.
    QThreadPool::globalInstance()->start(
        [doomed = std::make_shared<PulledTimelines>(std::move(timelines))]() mutable { doomed.reset(); });
    buildIndexes();
    const qint64 rebuilding = clock.elapsed();
    if (storage::SearchIndex::isDeferred(m_db)) {
        storage::SearchIndex::rebuild(m_db);
        qCDebug(lcPull) << "search index rebuilt in" << clock.elapsed() - rebuilding << "ms";
    }
    m_server.exec(QStringLiteral("SELECT muster.report_cursor($1::uuid, $2::pg_snapshot)"),
                  {state.desktopId().toUtf8(), session.value(QStringLiteral("target")).toString().toUtf8()});
    return m_done;
}

void Puller::handleAccessEvents(LocalApplier& applier, const QJsonObject& session)
{
    const QString from = session.value(QStringLiteral("from")).toString();
    if (from.isEmpty()) {
        return; // a first pull (or a resync) read everything this desktop may read
    }
    const QString window = QString(kWindow).replace(QStringLiteral("$3"), QStringLiteral("$1"));
    const auto events = m_server.exec(
        QStringLiteral("SELECT DISTINCT incident_id FROM muster.access_events WHERE %1").arg(window), {from.toUtf8()});
    if (events.rows() == 0) {
        return;
    }
    // What to fetch whole (with everything that refers to it), by table.
    QHash<QString, QStringList> fetch = movedRows(applier, window, from);
    const QSqlDatabase conn = m_db.connection();
    QStringList candidates;
    bool everyone = false;
    for (int i = 0; i < events.rows(); ++i) {
        if (events.isNull(i, 0)) {
            everyone = true;
        } else {
            candidates.append(events.text(i, 0));
        }
    }
    if (everyone) {
        // Who may read what changed for everyone (a login, a person's function): every
        // incident here, and every confidential one the server now lets this desktop read
        // (it may never have had them).
        candidates.clear();
        Query all(conn, QStringLiteral("SELECT id FROM incidents"));
        all.exec();
        while (all.next()) {
            candidates.append(all.value(0).toString());
        }
        const auto confidential =
            m_server.exec(QStringLiteral("SELECT id FROM muster.incidents WHERE confidential AND NOT _deleted"));
        const QSet<QString> here(candidates.cbegin(), candidates.cend());
        for (int i = 0; i < confidential.rows(); ++i) {
            if (!here.contains(confidential.text(i, 0))) {
                candidates.append(confidential.text(i, 0));
            }
        }
    }
    // Which of them may this desktop read now?
    const auto visible = m_server.exec(QStringLiteral("SELECT id FROM muster.incidents WHERE id IN "
                                                      "(SELECT jsonb_array_elements_text($1::jsonb)) AND NOT _deleted"),
                                       {RemoteRows::jsonList(candidates)});
    QSet<QString> readable;
    for (int i = 0; i < visible.rows(); ++i) {
        readable.insert(visible.text(i, 0));
    }
    // An incident here that the server does not have at all was made here and is not
    // pushed yet: it is not hidden from this desktop, and stays.
    QSet<QString> hidden;
    {
        QStringList unreadable;
        for (const QString& id : std::as_const(candidates)) {
            if (!readable.contains(id)) {
                unreadable.append(id);
            }
        }
        if (!unreadable.isEmpty()) {
            const auto known = m_server.exec(QStringLiteral("SELECT k FROM jsonb_array_elements_text($1::jsonb) k "
                                                            "WHERE muster.\"_exists_incidents\"(k)"),
                                             {RemoteRows::jsonList(unreadable)});
            for (int i = 0; i < known.rows(); ++i) {
                hidden.insert(known.text(i, 0));
            }
        }
    }
    QStringList gained;
    Query have(conn, QStringLiteral("SELECT confidential FROM incidents WHERE id = :id"));
    for (const QString& id : std::as_const(candidates)) {
        const QVariant confidential = have.bind(QStringLiteral(":id"), id).scalar();
        const bool local = confidential.isValid() && !confidential.isNull();
        if (local && hidden.contains(id)) {
            applier.purgeIncident(id, tr("you no longer have access to it on the team server."),
                                  LocalApplier::Purge::Hidden);
            ++m_purged;
        } else if (readable.contains(id) && (!local || confidential.toInt() != 0)) {
            // Newly readable. A confidential one may be here already, without what is under
            // it: a page brought its new access list row, and that row its incident.
            gained.append(id);
        }
    }
    if (!gained.isEmpty()) {
        fetch[QStringLiteral("incidents")] = gained;
    }
    if (fetch.isEmpty()) {
        return;
    }
    // The rows to fetch, everything that refers to them, and to those rows, whatever their
    // age (parents come before children in the plan).
    QHash<QString, QStringList> fetched;
    for (const auto& t : m_plan.tables) {
        if (!t.onServer) {
            continue;
        }
        QList<LocalApplier::Row> rows;
        QSet<QString> keys;
        const auto take = [&rows, &keys](const QList<LocalApplier::Row>& more) {
            for (const auto& r : more) {
                if (!keys.contains(r.values.first().toString())) {
                    keys.insert(r.values.first().toString());
                    rows.append(r);
                }
            }
        };
        take(RemoteRows::fetch(m_server, t, fetch.value(t.table.name)));
        for (const auto& fk : t.table.foreignKeys) {
            const auto* parent = m_plan.find(fk.parentTable);
            if (fk.parentTable != t.table.name && fetched.contains(fk.parentTable) && parent &&
                parent->table.key == fk.parentColumn) {
                take(RemoteRows::fetchWhere(m_server, t, fk.column, fetched.value(fk.parentTable)));
            }
        }
        if (!rows.isEmpty()) {
            applier.apply(t, rows);
            fetched[t.table.name] = QStringList(keys.cbegin(), keys.cend());
        }
    }
}

QHash<QString, QStringList> Puller::movedRows(LocalApplier& applier, const QString& window, const QString& from)
{
    // Rows linked to another incident (an alert, an exercise, a hunt) are named by schema 2
    // servers. Those this desktop may no longer read leave it (with what cascades from
    // them); those it may read now are fetched. A change of one waiting here is refused on
    // push and listed, as for any row this desktop may not write.
    if (m_server
            .exec(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'muster' AND "
                                 "table_name = 'access_events' AND column_name = 'row_id'"))
            .number(0, 0) == 0) {
        return {};
    }
    const auto moved = m_server.exec(QStringLiteral("SELECT DISTINCT table_name, row_id FROM muster.access_events "
                                                    "WHERE row_id IS NOT NULL AND %1")
                                         .arg(window),
                                     {from.toUtf8()});
    QHash<QString, QStringList> byTable;
    for (int i = 0; i < moved.rows(); ++i) {
        byTable[moved.text(i, 0)].append(moved.text(i, 1));
    }
    QHash<QString, QStringList> readable;
    for (const auto& t : m_plan.tables) {
        const QStringList ids = byTable.value(t.table.name);
        if (!t.onServer || ids.isEmpty()) {
            continue;
        }
        QSet<QString> visible;
        for (const auto& row : RemoteRows::fetch(m_server, t, ids)) {
            visible.insert(row.values.first().toString());
        }
        for (const QString& id : ids) {
            if (visible.contains(id)) {
                readable[t.table.name].append(id);
            } else {
                applier.removeLocal(t, id);
            }
        }
    }
    return readable;
}

void Puller::sweep(LocalApplier& applier)
{
    // After a full pull for a server that forgot this desktop: what the server no longer
    // has was deleted there (its tombstone is gone), unless it is waiting to be pushed or
    // was refused (then the user has it in the rejected changes).
    const QSqlDatabase conn = m_db.connection();
    for (auto it = m_plan.tables.crbegin(); it != m_plan.tables.crend(); ++it) {
        const auto& t = it->table;
        if (!it->onServer) {
            continue;
        }
        if (t.insertOnly) {
            continue; // records are never deleted on the server; timelines go with their incident
        }
        Query local(conn, QStringLiteral("SELECT %1 FROM %2 WHERE %1 NOT IN (SELECT row_id FROM sync_outbox WHERE "
                                         "table_name = :t) AND %1 NOT IN (SELECT row_id FROM sync_rejections WHERE "
                                         "table_name = :t) AND %3")
                              .arg(t.key, t.name, t.syncedRowSql(QString())));
        local.bind(QStringLiteral(":t"), t.name).exec();
        QStringList gone;
        const QSet<QString> seen = m_seen.value(t.name);
        while (local.next()) {
            const QString key = local.value(0).toString();
            if (!seen.contains(key)) {
                gone.append(key);
            }
        }
        for (const QString& key : std::as_const(gone)) {
            if (t.name == QLatin1String("incidents")) {
                applier.purgeIncident(key, tr("the team server no longer has it."), LocalApplier::Purge::Deleted);
                continue;
            }
            Query del(conn, QStringLiteral("DELETE FROM %1 WHERE %2 = :k").arg(t.name, t.key));
            del.bind(QStringLiteral(":k"), key).exec();
        }
    }
}

} // namespace muster::sync
