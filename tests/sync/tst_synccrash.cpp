#include "SyncFixture.h"
#include "storage/DemoDataWriter.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <unistd.h>

using namespace muster;
using test::count;

namespace {

// The throwaway cluster's own settings, to stop and start it in the middle of a test.
QHash<QString, QString> clusterEnv()
{
    QHash<QString, QString> out;
    QFile f(qEnvironmentVariable("MUSTER_TEST_PG_ENV"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0) {
                out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
            }
        }
    }
    return out;
}

bool pgCtl(const QStringList& args)
{
    const auto env = clusterEnv();
    QStringList command{env.value(QStringLiteral("MUSTER_PG_BIN")) + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                        env.value(QStringLiteral("MUSTER_PG_ROOT")) + QStringLiteral("/data")};
    command += args;
    QProcess p;
    if (geteuid() == 0) {
        // As root, the cluster runs as postgres (see tests/pg/pg_cluster.sh).
        command.prepend(QStringLiteral("--"));
        command.prepend(QStringLiteral("postgres"));
        command.prepend(QStringLiteral("-u"));
        p.start(QStringLiteral("runuser"), command);
    } else {
        p.start(command.takeFirst(), command);
    }
    p.waitForFinished(120'000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool stopServer()
{
    return pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool startServer()
{
    const auto env = clusterEnv();
    const QString root = env.value(QStringLiteral("MUSTER_PG_ROOT"));
    return pgCtl({QStringLiteral("-l"), root + QStringLiteral("/server.log"), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                  QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                                 "-c full_page_writes=off -c max_connections=200")
                      .arg(env.value(QStringLiteral("MUSTER_PG_PORT")), root),
                  QStringLiteral("start")});
}

// musterctl sync in a child process, optionally stopped by a test hook.
class SyncProcess
{
public:
    SyncProcess(const QString& database, const QString& dsn, const QString& hook = QString(), int pageSize = 50)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        if (!hook.isEmpty()) {
            env.insert(QStringLiteral("MUSTER_SYNC_TEST_HOOK"), hook);
            env.insert(QStringLiteral("MUSTER_SYNC_TEST_HOOK_FILE"), pauseFile());
        }
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("MUSTER_BIN_DIR") + QStringLiteral("/musterctl"),
                        {QStringLiteral("sync"), QStringLiteral("--database"), database, QStringLiteral("--dsn"), dsn,
                         QStringLiteral("--page-size"), QString::number(pageSize)});
    }

    QString pauseFile() const { return m_home.filePath(QStringLiteral("paused")); }
    bool waitUntilPaused(int timeoutMs = 60'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(pauseFile()) && timer.elapsed() < timeoutMs &&
               m_process.state() != QProcess::NotRunning) {
            QTest::qWait(20);
        }
        return QFile::exists(pauseFile());
    }
    void resume() { QFile::remove(pauseFile()); }
    bool finish() { return m_process.waitForFinished(120'000); }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    int exitCode() const { return m_process.exitCode(); }
    QString output() { return QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError()); }

private:
    QTemporaryDir m_home;
    QProcess m_process;
};

qint64 serverCount(const test::SyncServer& server, const QString& table)
{
    return server.admin(QStringLiteral("SELECT count(*) FROM muster.%1").arg(table)).number(0, 0);
}

// No timeline entry twice, and seq without gaps: every pulled entry was applied once.
int duplicatedOrMissingSeq(storage::Database& db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM (SELECT incident_id FROM timeline_entries GROUP BY "
                                    "incident_id HAVING count(*) <> max(seq) OR count(DISTINCT id) <> count(*))"));
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    // A desktop with the demo organisation, and a server with a login for it.
    struct World
    {
        explicit World(const QString& prefix)
            : server(prefix)
        {
            storage::DemoDataWriter::write(a.db(), 60, 21, test::utcMs(2026, 6, 1));
            const QString legal =
                storage::Query(a.db().connection(), QStringLiteral("SELECT id FROM people WHERE function = 'legal'"))
                    .scalar()
                    .toString();
            server.addLogin(QStringLiteral("lena"), legal);
        }
        test::SyncServer server;
        test::TempDatabase a;
        // A's next sync after its push: it pulls what the server added (Lena on the access
        // list of each confidential incident she pushed). Returns how much it pushed.
        int catchUp() { return test::syncAs(a.db(), server, QStringLiteral("lena")).pushed; }
        int rows()
        {
            int total = 0;
            for (const auto& spec : storage::SyncRegistry::specs()) {
                total += count(a.db(), QStringLiteral("SELECT count(*) FROM %1").arg(spec.name));
            }
            return total;
        }
    };

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
    }

    void killedInTheMiddleOfAPull_resumesWithoutLossOrDuplicates_data()
    {
        // Pages of 40 rows, five to a local transaction (the default): pages 1-5 are
        // committed together, then 6-10, and so on.
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("committedSome");
        QTest::newRow("among the incidents, in the first transaction") << 4 << false;
        QTest::newRow("among the assignees, after one transaction") << 7 << true;
        QTest::newRow("among the timeline entries") << 12 << true;
    }

    void killedInTheMiddleOfAPull_resumesWithoutLossOrDuplicates()
    {
        QFETCH(int, page);
        QFETCH(bool, committedSome);
        World w(QStringLiteral("killpull"));
        test::syncAs(w.a.db(), w.server, QStringLiteral("lena"));
        QCOMPARE(w.catchUp(), 0);
        test::TempDatabase c;
        const QString path = c.path();
        c.close();

        SyncProcess killed(path, w.server.dsn(QStringLiteral("lena")),
                           QStringLiteral("pull-page-applied:%1=kill").arg(page), 40);
        QVERIFY(killed.finish());
        QVERIFY2(killed.crashed(), qPrintable(killed.output()));
        {
            // A first pull into a desktop without incidents builds the secondary indexes
            // at its end: the killed one left them to build.
            const QString name = QStringLiteral("killed-pull-raw");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QVERIFY(test::indexes(raw).size() < test::indexes(w.a.db().connection()).size());
            }
            QSqlDatabase::removeDatabase(name);
        }
        c.reopen(); // builds them
        QCOMPARE(test::indexes(c.db().connection()), test::indexes(w.a.db().connection()));
        QVERIFY(!sync::SyncState(c.db().connection()).pullSession().isEmpty());
        // The pages of the transactions committed before the kill were kept, no others.
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM people")) > 0, committedSome);
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM incidents")) > 0, committedSome);
        QVERIFY(count(c.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")) <
                count(w.a.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")));
        QCOMPARE(duplicatedOrMissingSeq(c.db()), 0);
        c.close();
        {
            QProcess status;
            status.start(qEnvironmentVariable("MUSTER_BIN_DIR") + QStringLiteral("/musterctl"),
                         {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--database"), path});
            QVERIFY(status.waitForFinished(60'000));
            const QString text = QString::fromUtf8(status.readAllStandardOutput());
            QVERIFY2(text.contains(QLatin1String("A pull was interrupted")), qPrintable(text));
        }

        SyncProcess again(path, w.server.dsn(QStringLiteral("lena")), QString(), 40);
        QVERIFY(again.finish());
        QVERIFY2(again.exitCode() == 0 && !again.crashed(), qPrintable(again.output()));
        c.reopen();
        QVERIFY(sync::SyncState(c.db().connection()).pullSession().isEmpty());
        QCOMPARE(test::indexes(c.db().connection()), test::indexes(w.a.db().connection()));
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(w.a.db()));
        QCOMPARE(duplicatedOrMissingSeq(c.db()), 0);
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    }

    void killedInTheMiddleOfAPush_nothingReachesTheServerTwice_data()
    {
        QTest::addColumn<bool>("lastBatch");
        QTest::newRow("after the third batch") << false;
        // By then the outbox was emptied in a local transaction waiting for the server's
        // commit.
        QTest::newRow("after the last batch, before the commit") << true;
    }

    void killedInTheMiddleOfAPush_nothingReachesTheServerTwice()
    {
        QFETCH(bool, lastBatch);
        World w(lastBatch ? QStringLiteral("killpushlast") : QStringLiteral("killpush"));
        const int rows = w.rows();
        // A first push queues one change per row: batches of 50 hold 50 rows each.
        const int batch = lastBatch ? (rows + 49) / 50 : 3;
        SyncProcess killed(w.a.path(), w.server.dsn(QStringLiteral("lena")),
                           QStringLiteral("push-batch-sent:%1=kill").arg(batch), 50);
        QVERIFY(killed.finish());
        QVERIFY2(killed.crashed(), qPrintable(killed.output()));
        // One server transaction: the killed push left nothing behind.
        QCOMPARE(serverCount(w.server, QStringLiteral("mutations")), 0);
        QCOMPARE(serverCount(w.server, QStringLiteral("incidents")), 0);
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), rows);

        SyncProcess again(w.a.path(), w.server.dsn(QStringLiteral("lena")), QString(), 50);
        QVERIFY(again.finish());
        QVERIFY2(again.exitCode() == 0, qPrintable(again.output()));
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(serverCount(w.server, QStringLiteral("mutations")), rows);
        QCOMPARE(serverCount(w.server, QStringLiteral("timeline_entries")),
                 count(w.a.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")));
        QCOMPARE(w.catchUp(), 0);
        test::TempDatabase c;
        test::syncAs(c.db(), w.server, QStringLiteral("lena"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(w.a.db()));
    }

    void killedAfterTheServerCommitted_theRetryChangesNothing()
    {
        World w(QStringLiteral("lostreply"));
        const int rows = w.rows();
        SyncProcess killed(w.a.path(), w.server.dsn(QStringLiteral("lena")), QStringLiteral("push-committed=kill"),
                           200);
        QVERIFY(killed.finish());
        QVERIFY2(killed.crashed(), qPrintable(killed.output()));
        // The server has everything; the desktop never heard back.
        QCOMPARE(serverCount(w.server, QStringLiteral("mutations")), rows);
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), rows);
        const QString before = w.server
                                   .admin(QStringLiteral("SELECT md5(string_agg(id || _xid::text, ',' ORDER BY id)) "
                                                         "FROM muster.timeline_entries"))
                                   .text(0, 0);

        SyncProcess again(w.a.path(), w.server.dsn(QStringLiteral("lena")), QString(), 200);
        QVERIFY(again.finish());
        QVERIFY2(again.exitCode() == 0, qPrintable(again.output()));
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_rejections")), 0);
        QCOMPARE(serverCount(w.server, QStringLiteral("mutations")), rows);
        // Not one row was written again.
        QCOMPARE(w.server
                     .admin(QStringLiteral("SELECT md5(string_agg(id || _xid::text, ',' ORDER BY id)) FROM "
                                           "muster.timeline_entries"))
                     .text(0, 0),
                 before);
        QCOMPARE(w.catchUp(), 0);
        test::TempDatabase c;
        test::syncAs(c.db(), w.server, QStringLiteral("lena"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(w.a.db()));
    }

    void serverStoppedInTheMiddleOfAPush_theNextSyncPushesEverythingOnce()
    {
        World w(QStringLiteral("serverstop"));
        const int rows = w.rows();
        SyncProcess paused(w.a.path(), w.server.dsn(QStringLiteral("lena")), QStringLiteral("push-batch-sent:2=pause"),
                           100);
        QVERIFY2(paused.waitUntilPaused(), qPrintable(paused.output()));
        // The throwaway cluster commits asynchronously (synchronous_commit=off); a real
        // server would have flushed what it committed before a crash, so flush it here.
        w.server.admin(QStringLiteral("CHECKPOINT"));
        QVERIFY(stopServer());
        paused.resume();
        QVERIFY(paused.finish());
        const QString output = paused.output();
        QCOMPARE(paused.exitCode(), 1);
        QVERIFY2(output.contains(QLatin1String("team server")), qPrintable(output));
        QVERIFY(startServer());
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), rows);

        SyncProcess again(w.a.path(), w.server.dsn(QStringLiteral("lena")), QString(), 100);
        QVERIFY(again.finish());
        QVERIFY2(again.exitCode() == 0, qPrintable(again.output()));
        QCOMPARE(count(w.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(serverCount(w.server, QStringLiteral("mutations")), rows);
        QCOMPARE(w.catchUp(), 0);
        test::TempDatabase c;
        test::syncAs(c.db(), w.server, QStringLiteral("lena"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(w.a.db()));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
