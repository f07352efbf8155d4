#include "SyncFixture.h"
#include "storage/SyncCapture.h"
#include "sync/SyncController.h"
#include "sync/SyncState.h"

#include <QSignalSpy>

using namespace muster;
using sync::SyncStatus;

namespace {

const QString kAlice = QStringLiteral("00000000-0000-4000-8000-00000000a11c");

sync::SyncWorker::Timing quick()
{
    sync::SyncWorker::Timing t;
    t.heartbeatMs = 200;
    t.retryMs = 200;
    t.maxRetryMs = 800;
    t.periodicMs = 600'000; // the doorbell, not the clock, must bring changes here
    t.debounceMs = 100;
    return t;
}

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncServer> m_server;

    void addPerson(storage::Database& db, const QString& id, const QString& name)
    {
        storage::PeopleRepository(db).insert(test::person(id, name, core::PersonFunction::ItOperations));
        db.notifyChanged({QStringLiteral("people")});
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
        m_server = std::make_unique<test::SyncServer>(QStringLiteral("worker"));
        m_server->addLogin(QStringLiteral("alice"), kAlice);
    }

    void doorbell_bringsAnotherDesktopsChange_withoutAsking()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        controller.configure(m_server->config(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Synced), 10'000);
        QVERIFY(controller.status().text().startsWith(QLatin1String("Synced at")));

        addPerson(a.db(), QStringLiteral("p-doorbell"), QStringLiteral("Rung Bell"));
        test::syncAs(a.db(), *m_server, QStringLiteral("alice"));
        // No sync was asked for on B: the NOTIFY made it pull.
        QTRY_COMPARE_WITH_TIMEOUT(test::count(b.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = "
                                                                     "'p-doorbell'")),
                                  1, 10'000);
    }

    void pulledRows_reachTheViews_andAreNoLocalChange()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        // As the main window does: local changes make the controller sync soon.
        connect(&b.db(), &storage::Database::changed, &controller, &sync::SyncController::localChanged);
        controller.configure(m_server->config(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Synced), 10'000);
        QSignalSpy told(&b.db(), &storage::Database::changed);
        QSignalSpy states(&controller, &sync::SyncController::statusChanged);

        addPerson(a.db(), QStringLiteral("p-viewed"), QStringLiteral("Vera Viewed"));
        test::syncAs(a.db(), *m_server, QStringLiteral("alice"));
        // The doorbell made B pull, and B's views are told which tables it wrote.
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 10'000);
        QCOMPARE(told.first().first().toStringList(), QStringList{QStringLiteral("people")});
        QCOMPARE(test::count(b.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 'p-viewed'")), 1);
        // That is not a change made here: no sync follows it.
        states.clear();
        QTest::qWait(1000);
        for (const auto& emitted : std::as_const(states)) {
            QVERIFY(emitted.first().value<SyncStatus>().state != SyncStatus::State::Syncing);
        }
        QCOMPARE(told.size(), 1);
    }

    void localChange_isPushedSoon()
    {
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        connect(&b.db(), &storage::Database::changed, &controller, &sync::SyncController::localChanged);
        controller.configure(m_server->config(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Synced), 10'000);
        addPerson(b.db(), QStringLiteral("p-local"), QStringLiteral("Local Lou"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->admin(QStringLiteral("SELECT count(*) FROM muster.people WHERE id = 'p-local'")).number(0, 0), 1,
            10'000);
    }

    void droppedConnection_isNoticed_reconnected_andResubscribed()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        QList<SyncStatus::State> states;
        connect(&controller, &sync::SyncController::statusChanged, this,
                [&states](const SyncStatus& s) { states.append(s.state); });
        controller.configure(m_server->config(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Synced), 10'000);

        // The server drops the desktop's connections (a network cut, a restart).
        states.clear();
        m_server->admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1"),
                        {m_server->role(QStringLiteral("alice")).toUtf8()});
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(SyncStatus::State::Offline), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Synced), 10'000);

        // Subscribed again: the doorbell works as before.
        addPerson(a.db(), QStringLiteral("p-after-drop"), QStringLiteral("Back Again"));
        test::syncAs(a.db(), *m_server, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(test::count(b.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = "
                                                                     "'p-after-drop'")),
                                  1, 10'000);
    }

    void unreachableServer_isOffline_andCountsWaitingChanges()
    {
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        connect(&b.db(), &storage::Database::changed, &controller, &sync::SyncController::localChanged);
        sync::ServerConfig nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens there
        nowhere.database = QStringLiteral("muster");
        nowhere.user = QStringLiteral("alice");
        controller.configure(nowhere);
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Offline), 10'000);
        storage::SyncCapture::ensure(b.db()); // as after a first sync
        addPerson(b.db(), QStringLiteral("p-1"), QStringLiteral("Waiting Wanda"));
        addPerson(b.db(), QStringLiteral("p-2"), QStringLiteral("Waiting Walt"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.status().pendingChanges, 2, 10'000);
        QVERIFY2(controller.status().text().startsWith(QStringLiteral("Offline — 2 change")),
                 qPrintable(controller.status().text()));
    }

    void notATeamServer_isAnError_withTheReason()
    {
        test::TempDatabase b;
        sync::SyncController controller(b.db(), nullptr, quick());
        const QString plain = test::PgServer::createDatabase(QStringLiteral("plain"));
        controller.configure(sync::ServerConfig::fromDsn(test::PgServer::dsn(plain)));
        QTRY_COMPARE_WITH_TIMEOUT(int(controller.status().state), int(SyncStatus::State::Error), 10'000);
        QVERIFY2(controller.status().error.contains(QLatin1String("musterctl server init")),
                 qPrintable(controller.status().error));
        QCOMPARE(controller.status().text(), QStringLiteral("Error (click for details)"));
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
