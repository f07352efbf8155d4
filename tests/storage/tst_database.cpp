#include "TestSupport.h"
#include "core/Error.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace muster;
using storage::Database;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One incident (id 'a', INC-2026-0001) through plain SQL, for files at any schema version.
void insertIncident(const QSqlDatabase& c)
{
    storage::execute(
        c, QStringLiteral("INSERT INTO incidents (id, reference, title, summary, category, severity, status, tier, "
                          "priority, detection_source, created_at, updated_at, detected_at) VALUES ('a', "
                          "'INC-2026-0001', 'Ransomware on file server', 'encrypted shares', 'ransomware', 1, 'new', "
                          "3, 1, 'tool', 1, 1, 1)"));
}

// A new file migrated up to `version` only.
std::unique_ptr<Database> openAtVersion(const QString& path, int version)
{
    Database::Options options;
    options.targetVersion = version;
    return Database::open(path, options);
}

// Expects open() to refuse with Conflict and a message containing `needle`, leaving
// the file byte for byte as it was.
void expectRefusal(const QString& path, const QString& needle)
{
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        QFAIL("the file was opened");
    } catch (const core::Error& e) {
        QVERIFY2(e.message().contains(needle, Qt::CaseInsensitive), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QFileInfo(path).fileName()), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshFile_isCreatedAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(QFile::exists(path));
        QSqlDatabase c = db->connection();
        QCOMPARE(storage::Query(c, QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
        QCOMPARE(storage::Query(c, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
        QCOMPARE(storage::Query(c, QStringLiteral("PRAGMA application_id")).scalar().toInt(), Database::applicationId);
        QCOMPARE(storage::Query(c, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(),
                 int(storage::migrations().size()));
        QVERIFY(db->integrityProblems().isEmpty());
    }

    void deferredIndexes_areBuiltAgainAsTheyWere_andUniqueOnesStay()
    {
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        const QStringList before = test::indexes(c);
        QVERIFY(!storage::DeferredIndexes::pending(c));
        const int deferred = storage::DeferredIndexes::defer(
            t.db(), {QStringLiteral("incidents"), QStringLiteral("assets"), QStringLiteral("incident_assignees")});
        // incidents has 11 indexes that enforce nothing, incident_assignees one; the
        // assets' only explicit index is UNIQUE (partial), and automatic ones back keys.
        QCOMPARE(deferred, 12);
        QVERIFY(storage::DeferredIndexes::pending(c));
        const QStringList during = test::indexes(c);
        QCOMPARE(during.size(), before.size() - 12);
        QVERIFY(during.contains(QStringLiteral("assets assets_identifier: CREATE UNIQUE INDEX assets_identifier ON "
                                               "assets(identifier) WHERE identifier <> ''")));
        QVERIFY(!during.filter(QStringLiteral("incidents sqlite_autoindex_incidents_")).isEmpty());
        QVERIFY(during.filter(QStringLiteral("incidents incidents_")).isEmpty());
        QVERIFY(!during.filter(QStringLiteral("timeline_entries")).isEmpty()); // not asked for
        // The constraints still hold: a second asset with the same identifier is refused.
        const QString asset = QStringLiteral("INSERT INTO assets (id, name, identifier, kind, sensitivity, created_at, "
                                             "updated_at) VALUES ('%1', 'db01', 'db01.example', 'server', 'internal', "
                                             "1, 1)");
        storage::execute(c, asset.arg(QStringLiteral("a1")));
        QVERIFY_THROWS_EXCEPTION(core::Error, storage::execute(c, asset.arg(QStringLiteral("a2"))));
        storage::DeferredIndexes::build(t.db());
        QVERIFY(!storage::DeferredIndexes::pending(c));
        QCOMPARE(test::indexes(c), before);
        QVERIFY(t.db().integrityProblems().isEmpty());
    }

    void deferredIndexes_leftByAWriterThatCrashed_areBuiltOnOpen()
    {
        test::TempDatabase t;
        const QStringList before = test::indexes(t.db().connection());
        QVERIFY(storage::DeferredIndexes::defer(t.db(), {QStringLiteral("incidents")}) > 0);
        t.reopen();
        QVERIFY(!storage::DeferredIndexes::pending(t.db().connection()));
        QCOMPARE(test::indexes(t.db().connection()), before);
    }

    void reopen_appliesNothing()
    {
        test::TempDatabase t;
        QCOMPARE(t.db().migrate(), 0);
        t.reopen();
        QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    }

    void jsonList_reachesJsonEachAsTheSameStrings()
    {
        test::TempDatabase t;
        const QStringList values{QString(),
                                 QStringLiteral("c4d2636a-c93b-4549-b8a9-5e987af2d867"),
                                 QStringLiteral("quote \" and backslash \\ and slash /"),
                                 QStringLiteral("tab\tnew line\ncarriage\rbell\a and escape \x1b"),
                                 QStringLiteral("Zürich, 東京, emoji \U0001F6A8"),
                                 QStringLiteral("[\"not\", \"an\", \"array\"]")};
        const QString json = storage::jsonList(values);
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array().toVariantList(), QVariant(values).toList());
        storage::Query q(t.db().connection(), QStringLiteral("SELECT value FROM json_each(:v) ORDER BY key"));
        q.bind(QStringLiteral(":v"), json).exec();
        QStringList read;
        while (q.next()) {
            read.append(q.value(0).toString());
        }
        QCOMPARE(read, values);
        QCOMPARE(storage::jsonList({}), QStringLiteral("[]"));
    }

    void upgrade_fromVersion1_keepsDataAndAddsSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = openAtVersion(path, 1);
            QCOMPARE(db->schemaVersion(), 1);
            insertIncident(db->connection());
        }
        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        storage::Query q(db->connection(),
                         QStringLiteral("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH 'ransomware'"));
        QCOMPARE(q.scalar().toInt(), 1);
    }

    void upgrade_fromVersion10_keepsTheServersOrderOnTheEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
        {
            auto db = openAtVersion(path, 10);
            QSqlDatabase c = db->connection();
            insertIncident(c);
            for (int i = 1; i <= 3; ++i) {
                storage::execute(c, QStringLiteral("INSERT INTO timeline_entries (id, incident_id, seq, occurred_at, "
                                                   "recorded_at, actor_name, kind, text, prev_hash, hash) VALUES "
                                                   "('e%1', 'a', %1, 1, 1, 'Ana', 'note', 'n', '', 'h%1')")
                                        .arg(i));
            }
            // The server ordered two of the three, the other way round.
            storage::execute(c, QStringLiteral("INSERT INTO sync_entry_order (entry_id, server_seq) VALUES "
                                               "('e1', 71), ('e2', 70)"));
        }
        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        storage::Query q(db->connection(),
                         QStringLiteral("SELECT group_concat(id || '=' || IFNULL(server_seq, 'null'), ' ') FROM "
                                        "(SELECT id, server_seq FROM timeline_entries ORDER BY seq)"));
        QCOMPARE(q.scalar().toString(), QStringLiteral("e1=71 e2=70 e3=null"));
        storage::Query gone(db->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sync_entry_order'"));
        QCOMPARE(gone.scalar().toInt(), 0);
        QVERIFY(db->integrityProblems().isEmpty());
    }

    void timelineEntries_refuseEveryChangeButTheServersOrder()
    {
        test::TempDatabase t;
        QSqlDatabase c = t.db().connection();
        insertIncident(c);
        storage::execute(c, QStringLiteral("INSERT INTO timeline_entries (id, incident_id, seq, occurred_at, "
                                           "recorded_at, actor_name, kind, text, prev_hash, hash) VALUES "
                                           "('e1', 'a', 1, 1, 1, 'Ana', 'note', 'n', '', 'h1')"));
        // Every column, also one added later, is kept by the guard; server_seq alone may
        // be written (the order the server gave the entry).
        storage::Query columns(c, QStringLiteral("SELECT name FROM pragma_table_info('timeline_entries')"));
        columns.exec();
        QStringList names;
        while (columns.next()) {
            names.append(columns.value(0).toString());
        }
        QVERIFY(names.contains(QStringLiteral("server_seq")));
        for (const QString& name : std::as_const(names)) {
            const QString sql = QStringLiteral("UPDATE timeline_entries SET %1 = %1 WHERE id = 'e1'").arg(name);
            if (name == QLatin1String("server_seq")) {
                storage::execute(c, QStringLiteral("UPDATE timeline_entries SET server_seq = 5 WHERE id = 'e1'"));
                continue;
            }
            bool refused = false;
            try {
                storage::execute(c, sql);
            } catch (const core::Error& e) {
                refused = e.message().contains(QStringLiteral("append-only"));
            }
            QVERIFY2(refused, qPrintable(name));
        }
        storage::Query q(c, QStringLiteral("SELECT server_seq FROM timeline_entries WHERE id = 'e1'"));
        QCOMPARE(q.scalar().toInt(), 5);
    }

    void newerSchema_isRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            storage::execute(db->connection(),
                             QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                            "VALUES (%1, 'from the future', 0)")
                                 .arg(Database::latestSchemaVersion() + 5));
            storage::execute(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        expectRefusal(path, QStringLiteral("newer version of Muster"));
    }

    void notSqlite_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my meeting notes, not a database.\n");
        f.close();
        expectRefusal(path, QStringLiteral("not an SQLite database"));
    }

    void otherProgramsSqlite_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefusal(path, QStringLiteral("another program"));
    }

    void corruptFile_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            auto db = Database::open(path);
            storage::PeopleRepository people(*db);
            for (int i = 0; i < 300; ++i) {
                core::Person p;
                p.id = QStringLiteral("p%1").arg(i);
                p.name = QStringLiteral("Person %1 with a long enough name to fill pages").arg(i);
                p.createdAt = p.updatedAt = 1;
                people.insert(p);
            }
            storage::execute(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            storage::execute(db->connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Overwrite the middle pages (b-tree pages of tables and indexes) with garbage.
        f.seek(4096 * 3);
        QByteArray garbage(4096 * 4, '\0');
        for (int i = 0; i < garbage.size(); ++i) {
            garbage[i] = char((i * 131 + 7) & 0xff);
        }
        f.write(garbage);
        f.close();
        const QByteArray before = fileHash(path);
        try {
            Database::open(path);
            QFAIL("a corrupt file was opened");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("damaged")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void emptyFile_isInitialised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }

    void folder_isRefused()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(core::Error, Database::open(dir.path()));
    }

    void connectionPerThread_isSeparate()
    {
        test::TempDatabase t;
        const QString mainName = t.db().connection().connectionName();
        QString workerName;
        int count = -1;
        QThread* worker = QThread::create([&] {
            workerName = t.db().connection().connectionName();
            count = storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM people")).scalar().toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(count, 0);
        QVERIFY(!QSqlDatabase::contains(workerName)); // removed when the thread finished
    }

    void queryKeptAfterScalar_doesNotHoldBackCheckpoints()
    {
        // A Query kept alive after scalar() must not keep a read transaction open: WAL
        // checkpoints (taken on another thread's connection) could not pass its snapshot,
        // and the WAL would grow for as long as the Query lives.
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        storage::Query kept(c, QStringLiteral("SELECT count(*) FROM settings"));
        QCOMPARE(kept.scalar().toInt(), 0);
        for (int i = 0; i < 50; ++i) {
            storage::WriteTransaction tx(c);
            storage::Query insert(c, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:k, "
                                                    "zeroblob(8000), 1)"));
            insert.bind(QStringLiteral(":k"), QStringLiteral("k%1").arg(i)).exec();
            tx.commit();
        }
        int log = -1;
        int checkpointed = -1;
        QThread* worker = QThread::create([&] {
            storage::Query q(t.db().connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            q.exec();
            if (q.next()) {
                log = q.value(1).toInt();
                checkpointed = q.value(2).toInt();
            }
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QVERIFY2(log > 50, qPrintable(QString::number(log)));
        QCOMPARE(checkpointed, log);
        QCOMPARE(kept.scalar().toInt(), 50); // and it runs again
    }

    void sqlite_isConfiguredBeforeItsFirstConnection()
    {
        // Each thread has a connection of its own, which Qt's driver opens without a mutex;
        // and SQLite keeps no memory statistics (a global mutex around every allocation):
        // with them off, it reports no memory in use.
        test::TempDatabase t;
        storage::execute(t.db().connection(), QStringLiteral("CREATE TABLE big (x TEXT)"));
        storage::execute(t.db().connection(), QStringLiteral("INSERT INTO big SELECT hex(zeroblob(100000))"));
        const QVariant handle = t.db().connection().driver()->handle();
        QCOMPARE(handle.typeName(), "sqlite3*");
        sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
        QVERIFY(db != nullptr);
        QVERIFY(sqlite3_db_mutex(db) == nullptr);
        QCOMPARE(sqlite3_memory_used(), 0);
    }

    void writeTransaction_rollsBackUnlessCommitted()
    {
        test::TempDatabase t;
        {
            storage::WriteTransaction tx(t.db().connection());
            storage::execute(t.db().connection(),
                             QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 1)"));
        }
        QCOMPARE(storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM settings")).scalar().toInt(),
                 0);
    }

    void bulkStatement_bindsLikeQuery_andIsReusedRowAfterRow()
    {
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        storage::execute(c, QStringLiteral("CREATE TABLE bulk (k TEXT PRIMARY KEY, t TEXT, i INTEGER, r REAL)"));
        storage::BulkStatement insert(c, QStringLiteral("INSERT INTO bulk (k, t, i, r) VALUES (?1, ?2, ?3, ?4)"));
        // A QVariant without a value is NULL; a null QString is '' (as Query binds them).
        QCOMPARE(insert.bind(1, QVariant(QStringLiteral("a")))
                     .bind(2, QVariant(QString()))
                     .bind(3, QVariant(qint64(7)))
                     .bind(4, QVariant(2.5))
                     .run(),
                 1);
        QCOMPARE(insert.bind(1, QStringLiteral("b"))
                     .bind(2, QVariant())
                     .bind(3, std::optional<qint64>())
                     .bind(4, QVariant(QMetaType::fromType<double>()))
                     .run(),
                 1);
        // Text of every width, re-encoded into the same buffers row after row.
        const QString wide = QStringLiteral("Zürich – 東京 – 🛡️ ") + QString(300, QLatin1Char('x'));
        QCOMPARE(insert.bind(1, QStringLiteral("c")).bind(2, wide).bind(3, qint64(-1)).bindNull(4).run(), 1);
        QCOMPARE(insert.bind(1, QStringLiteral("d")).bind(2, QStringLiteral("é")).bind(3, qint64(1)).bindNull(4).run(),
                 1);

        storage::BulkStatement read(c, QStringLiteral("SELECT k, t, typeof(t), i, typeof(i), r FROM bulk ORDER BY k"));
        QStringList rows;
        while (read.next()) {
            rows << QStringList{read.text(0),
                                read.isNull(1) ? QStringLiteral("NULL") : read.text(1),
                                read.text(2),
                                read.isNull(3) ? QStringLiteral("NULL") : QString::number(read.integer(3)),
                                read.text(4),
                                read.text(5)}
                        .join(QLatin1Char('|'));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("a||text|7|integer|2.5"), QStringLiteral("b|NULL|null|NULL|null|"),
                                    QStringLiteral("c|") + wide + QStringLiteral("|text|-1|integer|"),
                                    QStringLiteral("d|é|text|1|integer|")}));
        storage::BulkStatement count(c, QStringLiteral("SELECT count(*) FROM bulk WHERE t = ?1"));
        QCOMPARE(count.bind(1, wide).scalar().toInt(), 1);
        QCOMPARE(count.bind(1, QString()).scalar().toInt(), 1);
    }

    void bulkStatement_failsWithTheMessageAndStaysUsable()
    {
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        try {
            storage::BulkStatement bad(c, QStringLiteral("SELECT * FROM no_such_table"));
            QFAIL("a statement on a missing table was prepared");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Storage);
            QVERIFY2(e.message().contains(QStringLiteral("no_such_table")), qPrintable(e.message()));
        }
        storage::execute(c, QStringLiteral("CREATE TABLE bulk (k TEXT PRIMARY KEY)"));
        storage::BulkStatement insert(c, QStringLiteral("INSERT INTO bulk (k) VALUES (?1)"));
        insert.bind(1, QStringLiteral("same")).run();
        try {
            insert.bind(1, QStringLiteral("same")).run();
            QFAIL("a duplicate key was inserted");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("UNIQUE")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("INSERT INTO bulk")), qPrintable(e.message()));
        }
        try {
            insert.bind(2, QStringLiteral("no such parameter"));
            QFAIL("a parameter that is not in the statement was bound");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("out of range")), qPrintable(e.message()));
        }
        QCOMPARE(insert.bind(1, QStringLiteral("other")).run(), 1);
        QCOMPARE(storage::Query(c, QStringLiteral("SELECT group_concat(k) FROM (SELECT k FROM bulk ORDER BY k)"))
                     .scalar()
                     .toString(),
                 QStringLiteral("other,same"));
    }

    void unresolvedForeignKeys_areCountedWhileDeferred()
    {
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        storage::WriteTransaction tx(c);
        storage::execute(c, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        QVERIFY(!storage::hasUnresolvedForeignKeys(c));
        storage::execute(c, QStringLiteral("INSERT INTO incident_assignees (id, incident_id, person_id) "
                                           "VALUES ('a1', 'no-such-incident', 'no-such-person')"));
        QVERIFY(storage::hasUnresolvedForeignKeys(c));
        storage::execute(c, QStringLiteral("DELETE FROM incident_assignees"));
        QVERIFY(!storage::hasUnresolvedForeignKeys(c));
    }

    void triggersOff_holdForTheConnection_whileTheyLive()
    {
        test::TempDatabase t;
        const QSqlDatabase c = t.db().connection();
        storage::execute(c, QStringLiteral("CREATE TABLE seen (x INTEGER)"));
        storage::execute(c, QStringLiteral("CREATE TABLE logged (x INTEGER)"));
        storage::execute(c, QStringLiteral("CREATE TRIGGER seen_logged AFTER INSERT ON seen BEGIN "
                                           "INSERT INTO logged (x) VALUES (new.x); END"));
        const auto logged = [&c] {
            return storage::Query(c, QStringLiteral("SELECT count(*) FROM logged")).scalar().toInt();
        };
        // Prepared before the switch: SQLite prepares it again, without the trigger.
        storage::BulkStatement before(c, QStringLiteral("INSERT INTO seen (x) VALUES (?1)"));
        before.bind(1, qint64(1)).run();
        QCOMPARE(logged(), 1);
        {
            storage::TriggersOff off(c);
            before.bind(1, qint64(2)).run();
            storage::execute(c, QStringLiteral("INSERT INTO seen (x) VALUES (3)"));
            QCOMPARE(logged(), 1);
            {
                storage::TriggersOff nested(c);
            }
            storage::execute(c, QStringLiteral("INSERT INTO seen (x) VALUES (4)"));
            QCOMPARE(logged(), 1);
        }
        // Prepared (again) while they were off: the trigger runs once they are back.
        before.bind(1, qint64(5)).run();
        storage::execute(c, QStringLiteral("INSERT INTO seen (x) VALUES (6)"));
        QCOMPARE(storage::Query(c, QStringLiteral("SELECT group_concat(x) FROM logged")).scalar().toString(),
                 QStringLiteral("1,5,6"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
