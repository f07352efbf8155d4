#include "SyncFixture.h"
#include "core/Ids.h"
#include "storage/DeferredIndexes.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentRepository.h"
#include "storage/IncidentService.h"
#include "storage/TimelineRepository.h"
#include "sync/PgError.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

using namespace muster;
using test::count;
using test::exec;
using test::scalarText;
using test::syncAs;

namespace {

using test::kAlice;
using test::kBob;
using test::kLena;
using Team = test::SyncTeam;

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
    }

    void firstSync_bringsEverythingAcross_andChangesNothingMore()
    {
        test::SyncServer server(QStringLiteral("first"));
        test::TempDatabase a;
        storage::DemoDataWriter::write(a.db(), 80, 11, test::utcMs(2026, 6, 1));
        const QString secops = scalarText(a.db(), QStringLiteral("SELECT id FROM people WHERE function = "
                                                                 "'security_operations' LIMIT 1"));
        const QString legal =
            scalarText(a.db(), QStringLiteral("SELECT id FROM people WHERE function = 'legal' LIMIT 1"));
        server.addLogin(QStringLiteral("alice"), secops);
        server.addLogin(QStringLiteral("lena"), legal);
        QVERIFY(count(a.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE confidential = 1")) > 0);
        // Text beyond ASCII arrives as it was written (a pull binds the server's UTF-8).
        const QString wide = scalarText(a.db(), QStringLiteral("SELECT id FROM incidents ORDER BY id DESC LIMIT 1"));
        test::FixedClock clock(test::utcMs(2026, 6, 2));
        storage::IncidentService::Details details;
        details.title = QStringLiteral("Ransomware in Zürich — 東京 office too 🚨");
        storage::IncidentService(a.db(), clock).updateDetails(wide, details, core::Actor{secops, QStringLiteral("A")});
        storage::IncidentService(a.db(), clock)
            .addNote(wide, QStringLiteral("Überprüfung läuft; ñandú, ελληνικά, 日本語 ✓"),
                     core::Actor{secops, QStringLiteral("Ana Åström")});

        const auto first = syncAs(a.db(), server, QStringLiteral("alice"));
        QCOMPARE(first.rejected, 0);
        QVERIFY(first.pushed > 700);
        QCOMPARE(first.pushed, first.baseline);
        QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        // The server put Alice on the access list of each confidential incident she pushed
        // (so that she keeps reading it); her next pull brings those rows.
        QCOMPARE(syncAs(a.db(), server, QStringLiteral("alice")).pushed, 0);

        // Lena (Legal) reads everything, confidential incidents included; small pages, and
        // the WAL checkpointed on a thread of its own as for a large pull.
        test::TempDatabase c;
        const auto pulled = syncAs(c.db(), server, QStringLiteral("lena"), 37, 0);
        QCOMPARE(pulled.pushed, 0);
        // This thread's connection checkpoints on commit again afterwards.
        QCOMPARE(count(c.db(), QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(a.db()));
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());
        QCOMPARE(scalarText(c.db(), QStringLiteral("SELECT title FROM incidents WHERE id = '%1'").arg(wide)),
                 QStringLiteral("Ransomware in Zürich — 東京 office too 🚨"));
        QCOMPARE(scalarText(c.db(), QStringLiteral("SELECT actor_name || ': ' || text FROM timeline_entries WHERE "
                                                   "incident_id = '%1' AND kind = 'note' ORDER BY seq DESC LIMIT 1")
                                        .arg(wide)),
                 QStringLiteral("Ana Åström: Überprüfung läuft; ñandú, ελληνικά, 日本語 ✓"));
        // The search index (rebuilt once at the end of this large pull) finds what A's does:
        // titles and the notes of timelines.
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM fts_control")), 0);
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM incident_fts")),
                 count(c.db(), QStringLiteral("SELECT count(*) FROM incidents")));
        const QString note = scalarText(a.db(), QStringLiteral("SELECT text FROM timeline_entries WHERE kind = 'note' "
                                                               "AND length(text) > 20 ORDER BY id LIMIT 1"));
        const QString title = scalarText(a.db(), QStringLiteral("SELECT title FROM incidents ORDER BY id LIMIT 1"));
        for (const QString& words : {note, title}) {
            const QString phrase =
                QLatin1Char('"') + words.section(QLatin1Char(' '), 0, 2).remove(QLatin1Char('"')) + QLatin1Char('"');
            const QString sql = QStringLiteral("SELECT group_concat(id) FROM (SELECT i.id FROM incident_fts f JOIN "
                                               "incidents i ON i.rowid = f.rowid WHERE incident_fts MATCH '%1' "
                                               "ORDER BY i.id)")
                                    .arg(QString(phrase).replace(QLatin1Char('\''), QStringLiteral("''")));
            const QString found = scalarText(c.db(), sql);
            QVERIFY2(!found.isEmpty(), qPrintable(phrase));
            QCOMPARE(found, scalarText(a.db(), sql));
        }

        // Nothing new: a second round moves nothing either way.
        const auto again = syncAs(a.db(), server, QStringLiteral("alice"));
        QCOMPARE(again.pushed, 0);
        QCOMPARE(syncAs(c.db(), server, QStringLiteral("lena")).pushed, 0);
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(a.db()));
    }

    void differentFields_bothChangesSurvive()
    {
        Team t(QStringLiteral("fields"));
        storage::IncidentService::Details titled;
        titled.title = QStringLiteral("Phishing wave against finance");
        storage::IncidentService(t.a.db(), t.clockA).updateDetails(t.incident, titled, Team::alice());
        storage::IncidentService::Details summarised;
        summarised.summary = QStringLiteral("Credential harvesting page hosted on a lookalike domain.");
        storage::IncidentService(t.b.db(), t.clockB).updateDetails(t.incident, summarised, Team::bob());
        t.syncAll();

        for (auto* db : {&t.a.db(), &t.b.db()}) {
            const auto i = *storage::IncidentRepository(*db).find(t.incident);
            QCOMPARE(i.title, *titled.title);
            QCOMPARE(i.summary, *summarised.summary);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
            QCOMPARE(test::brokenTimelines(*db), QStringList());
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
        // Both timelines hold both field-change entries (union), in a valid chain.
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM timeline_entries WHERE kind = 'field_change'")),
                 2);
    }

    void sameField_laterWriterWins_andTheOtherValueIsKept()
    {
        Team t(QStringLiteral("samefield"));
        storage::IncidentService::Details fromA;
        fromA.title = QStringLiteral("Title from A");
        storage::IncidentService(t.a.db(), t.clockA).updateDetails(t.incident, fromA, Team::alice());
        storage::IncidentService::Details fromB;
        fromB.title = QStringLiteral("Title from B");
        storage::IncidentService(t.b.db(), t.clockB).updateDetails(t.incident, fromB, Team::bob());
        t.syncAll(); // A reaches the server first, B second: B is the later writer

        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(storage::IncidentRepository(*db).find(t.incident)->title, *fromB.title);
        }
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE column_name = 'title'")), 1);
        QCOMPARE(scalarText(t.b.db(), QStringLiteral("SELECT theirs FROM sync_conflicts WHERE column_name = 'title'")),
                 QStringLiteral("\"Title from A\""));
        const auto onServer =
            t.server.admin(QStringLiteral("SELECT theirs #>> '{}', ours #>> '{}', theirs_by FROM muster.conflicts "
                                          "WHERE column_name = 'title'"));
        QCOMPARE(onServer.rows(), 1);
        QCOMPARE(onServer.text(0, 0), *fromA.title);
        QCOMPARE(onServer.text(0, 1), *fromB.title);
        QCOMPARE(onServer.text(0, 2), t.server.role(QStringLiteral("alice")));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void deleteAgainstEdit_theDeleteWinsEitherWay_data()
    {
        QTest::addColumn<bool>("deleterFirst");
        QTest::newRow("delete reaches the server first") << true;
        QTest::newRow("edit reaches the server first") << false;
    }

    void deleteAgainstEdit_theDeleteWinsEitherWay()
    {
        QFETCH(bool, deleterFirst);
        Team t(deleterFirst ? QStringLiteral("deletefirst") : QStringLiteral("editfirst"));
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM incident_assets")), 1);
        // A removes the asset (and with it the link to the incident); B edits it.
        exec(t.a.db(), QStringLiteral("DELETE FROM assets WHERE id = 'asset-vpn'"));
        exec(t.b.db(), QStringLiteral("UPDATE assets SET description = 'Replaced in June', updated_at = 1 "
                                      "WHERE id = 'asset-vpn'"));
        if (deleterFirst) {
            t.syncAll();
        } else {
            syncAs(t.b.db(), t.server, QStringLiteral("bob"));
            syncAs(t.a.db(), t.server, QStringLiteral("alice"));
            syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        }
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM assets")), 0);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM incident_assets")), 0);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        }
        if (deleterFirst) {
            // B's edit came too late; B can see why.
            QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_rejections WHERE table_name = "
                                                    "'assets' AND code = 'MU002'")),
                     1);
        }
        const auto tombstone =
            t.server.admin(QStringLiteral("SELECT _deleted FROM muster.assets WHERE id = 'asset-vpn'"));
        QVERIFY(tombstone.rows() == 0 || tombstone.boolean(0, 0));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void firstPullIntoAnEmptyDesktop_countsOnASecondConnection_whileItPulls()
    {
        Team t(QStringLiteral("counting"));
        t.investigateOnA();
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        test::TempDatabase c;
        QList<std::pair<int, int>> reports;
        sync::SyncEngine::Options options;
        options.pageSize = 1;
        options.progress = [&](int done, int total) {
            if (reports.isEmpty()) {
                QTest::qSleep(500); // the count is in by the next report
            }
            reports.append({done, total});
        };
        const auto report = sync::SyncEngine(c.db(), t.server.config(QStringLiteral("bob")), options).run();
        QVERIFY(reports.size() > 2);
        QCOMPARE(reports.first().second, 0); // not counted yet: no total
        // Then the count, which every later report keeps (nothing to push after it).
        const int counted = reports.last().second;
        QCOMPARE(counted, report.pulled);
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QCOMPARE(reports.at(i).second, counted);
            QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(t.a.db()));
    }

    void firstPullIntoAnEmptyDesktop_buildsItsIndexesAtTheEnd_evenWhenItGivesUp()
    {
        Team t(QStringLiteral("indexes"));
        t.investigateOnA();
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const QStringList all = test::indexes(t.a.db().connection());
        test::TempDatabase c;
        QList<qsizetype> during;
        sync::SyncEngine::Options options;
        options.pageSize = 1;
        options.progress = [&](int, int) {
            during.append(test::indexes(c.db().connection()).size());
        };
        bool giveUp = true;
        options.cancelled = [&] {
            return giveUp && during.size() >= 3;
        };
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 sync::SyncEngine(c.db(), t.server.config(QStringLiteral("bob")), options).run());
        QVERIFY(!during.isEmpty() && during.first() < all.size());
        // Cancelled: the pull built them as it gave up, without waiting for an open.
        QCOMPARE(test::indexes(c.db().connection()), all);
        QVERIFY(!storage::DeferredIndexes::pending(c.db().connection()));
        // Resumed, it runs to its end and builds them once, after its last page.
        giveUp = false;
        during.clear();
        sync::SyncEngine(c.db(), t.server.config(QStringLiteral("bob")), options).run();
        QVERIFY(during.size() > 2);
        QVERIFY(during.at(during.size() - 2) < all.size()); // the last page's report
        QCOMPARE(test::indexes(c.db().connection()), all);
        MUSTER_COMPARE_CONTENT(test::syncedContent(c.db()), test::syncedContent(t.a.db()));
        QVERIFY(c.db().integrityProblems().isEmpty());

        // A first pull into a desktop that has an incident of its own keeps them row by row.
        test::TempDatabase d;
        storage::IncidentService(d.db(), t.clockB)
            .create(test::incidentDraft(QStringLiteral("Made offline")), {}, Team::bob());
        during.clear();
        options.progress = [&](int, int) {
            during.append(test::indexes(d.db().connection()).size());
        };
        sync::SyncEngine(d.db(), t.server.config(QStringLiteral("bob")), options).run();
        QVERIFY(during.size() > 2);
        for (const qsizetype n : std::as_const(during)) {
            QCOMPARE(n, all.size());
        }
    }

    void aLocalChangeDuringAFirstPull_isFoldedWithThePulledTimeline()
    {
        // A first pull folds the timelines it brought from memory; one that gained a local
        // entry between two of the pull's transactions is folded from the database.
        Team t(QStringLiteral("midpull"));
        t.investigateOnA();
        t.clockA.advanceMinutes(5);
        storage::IncidentService(t.a.db(), t.clockA)
            .addNote(t.incident, QStringLiteral("Mail gateway logs pulled"), Team::alice());
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));

        test::TempDatabase c;
        test::FixedClock clockC(test::utcMs(2026, 6, 1, 11));
        bool changed = false;
        sync::SyncEngine::Options options;
        options.pageSize = 1;
        options.pagesPerTransaction = 1;
        options.progress = [&](int, int) {
            const QString sql =
                QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = '%1'").arg(t.incident);
            if (!changed && count(c.db(), sql) == 1) {
                // Between two of the pull's transactions, as the user's own write would be.
                storage::IncidentService(c.db(), clockC)
                    .transition(t.incident, core::Status::Contained, Team::lena(), QStringLiteral("Host isolated"));
                changed = true;
            }
        };
        sync::SyncEngine(c.db(), t.server.config(QStringLiteral("lena")), options).run();
        QVERIFY(changed);
        const auto i = *storage::IncidentRepository(c.db()).find(t.incident);
        QCOMPARE(i.status, core::Status::Contained);
        QCOMPARE(i.containedAt, std::optional<qint64>(test::utcMs(2026, 6, 1, 11)));
        QCOMPARE(i.acknowledgedAt, std::optional<qint64>(test::utcMs(2026, 6, 1, 9, 5)));
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")),
                 count(t.a.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")) + 1);
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());

        // (That sync pushed the change.) Without a local change, what a first pull folds
        // from memory is what C has.
        test::TempDatabase d;
        syncAs(d.db(), t.server, QStringLiteral("lena"), 1);
        MUSTER_COMPARE_CONTENT(test::syncedContent(d.db()), test::syncedContent(c.db()));
    }

    void firstPull_correctsOnlyTheIncidentsThatDisagreeWithTheirTimelines()
    {
        Team t(QStringLiteral("disagree"));
        const QString other = storage::IncidentService(t.a.db(), t.clockA)
                                  .create(test::incidentDraft(QStringLiteral("Second wave")), {}, Team::alice())
                                  .id;
        t.investigateOnA();
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        // The server's copy of the first lost its acknowledgement (what an older or broken
        // client could leave); its timeline still has it.
        t.server.admin(
            QStringLiteral("UPDATE muster.incidents SET acknowledged_at = NULL WHERE id = '%1'").arg(t.incident));

        test::TempDatabase d;
        const auto report = syncAs(d.db(), t.server, QStringLiteral("bob"));
        const auto i = *storage::IncidentRepository(d.db()).find(t.incident);
        QCOMPARE(i.acknowledgedAt, std::optional<qint64>(test::utcMs(2026, 6, 1, 9, 5)));
        QCOMPARE(i.status, core::Status::Investigating);
        // The correction went back to the server as an ordinary change; the incident that
        // agreed with its timeline was not written.
        QCOMPARE(report.pushed, 1);
        QVERIFY(
            !t.server
                 .admin(QStringLiteral("SELECT acknowledged_at FROM muster.incidents WHERE id = '%1'").arg(t.incident))
                 .isNull(0, 0));
        QCOMPARE(test::brokenTimelines(d.db()), QStringList());
        for (const QString& id : {t.incident, other}) {
            QCOMPARE(
                scalarText(d.db(), QStringLiteral("SELECT timeline_head FROM incidents WHERE id = '%1'").arg(id)),
                scalarText(t.a.db(), QStringLiteral("SELECT timeline_head FROM incidents WHERE id = '%1'").arg(id)));
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(d.db()), test::syncedContent(t.a.db()));
    }

    void statusRace_theServerOrderDecides_andTimelinesMerge_data()
    {
        QTest::addColumn<bool>("investigatorFirst");
        QTest::newRow("A's investigation reaches the server first") << true;
        QTest::newRow("B's false positive reaches the server first") << false;
    }

    void statusRace_theServerOrderDecides_andTimelinesMerge()
    {
        QFETCH(bool, investigatorFirst);
        Team t(investigatorFirst ? QStringLiteral("racea") : QStringLiteral("raceb"));
        t.investigateOnA();
        t.clockA.advanceMinutes(50);
        storage::IncidentService(t.a.db(), t.clockA)
            .transition(t.incident, core::Status::Contained, Team::alice(), QStringLiteral("Mailbox rule removed"));
        t.clockB.advanceMinutes(7);
        storage::IncidentService(t.b.db(), t.clockB)
            .transition(t.incident, core::Status::FalsePositive, Team::bob(), QStringLiteral("Simulation"));

        if (investigatorFirst) {
            t.syncAll();
        } else {
            syncAs(t.b.db(), t.server, QStringLiteral("bob"));
            syncAs(t.a.db(), t.server, QStringLiteral("alice"));
            syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        }
        const core::Status expected = investigatorFirst ? core::Status::Contained : core::Status::FalsePositive;
        const auto serverStatus = t.server.admin(QStringLiteral("SELECT status FROM muster.incidents"));
        QCOMPARE(serverStatus.text(0, 0), core::statuses().key(expected));
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            const auto i = *storage::IncidentRepository(*db).find(t.incident);
            QCOMPARE(i.status, expected);
            // Both desktops recorded their transitions; the union keeps all of them.
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM timeline_entries WHERE kind = 'transition'")), 4);
            QCOMPARE(test::brokenTimelines(*db), QStringList());
            if (investigatorFirst) {
                QCOMPARE(i.acknowledgedAt, std::optional<qint64>(test::utcMs(2026, 6, 1, 9, 5)));
                QCOMPARE(i.containedAt, std::optional<qint64>(test::utcMs(2026, 6, 1, 10, 0)));
            } else {
                QVERIFY(!i.acknowledgedAt);
                QVERIFY(!i.containedAt);
            }
        }
        // The loser sees why its change did not take.
        auto& loser = investigatorFirst ? t.b.db() : t.a.db();
        QVERIFY(count(loser, QStringLiteral("SELECT count(*) FROM sync_rejections WHERE code = 'MU001'")) >= 1);
        QVERIFY(scalarText(loser, QStringLiteral("SELECT reason FROM sync_rejections LIMIT 1"))
                    .contains(QLatin1String("another change came first")));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
        // Nothing keeps going back and forth.
        QCOMPARE(syncAs(t.a.db(), t.server, QStringLiteral("alice")).pushed, 0);
        QCOMPARE(syncAs(t.b.db(), t.server, QStringLiteral("bob")).pushed, 0);
        // Each desktop keeps the server's order on every entry, its own included (they
        // come back with it).
        const QString order =
            t.server
                .admin(QStringLiteral(
                    "SELECT string_agg(id || '=' || _seq, ' ' ORDER BY id) FROM muster.timeline_entries"))
                .text(0, 0);
        QVERIFY(!order.isEmpty());
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(scalarText(*db, QStringLiteral("SELECT group_concat(id || '=' || IFNULL(server_seq, 'none'), ' ') "
                                                    "FROM (SELECT id, server_seq FROM timeline_entries ORDER BY id)")),
                     order);
        }
    }

    void offlineIncidents_getUniqueReferences()
    {
        Team t(QStringLiteral("references"));
        const auto ia = storage::IncidentService(t.a.db(), t.clockA)
                            .create(test::incidentDraft(QStringLiteral("Made on A")), {}, Team::alice());
        const auto ib = storage::IncidentService(t.b.db(), t.clockB)
                            .create(test::incidentDraft(QStringLiteral("Made on B")), {}, Team::bob());
        QCOMPARE(ia.reference, ib.reference); // both numbered INC-2026-0002 offline
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT reference) FROM incidents")), 3);
            QCOMPARE(storage::IncidentRepository(*db).find(ia.id)->reference, ia.reference);
            QCOMPARE(storage::IncidentRepository(*db).find(ib.id)->reference, QStringLiteral("INC-2026-0003"));
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void sameLinkOnTwoDesktops_isOneLink()
    {
        Team t(QStringLiteral("links"));
        storage::IncidentService::Details assign;
        assign.assigneeIds = QStringList{kLena};
        storage::IncidentService(t.a.db(), t.clockA).updateDetails(t.incident, assign, Team::alice());
        storage::IncidentService(t.b.db(), t.clockB).updateDetails(t.incident, assign, Team::bob());
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM incident_assignees")), 1);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_rejections")), 0);
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void sameAssetAddedOnTwoDesktops_isOneAsset_andKeepsBothLinks()
    {
        // Offline, each analyst adds the same host (same identifier) and links it to the
        // incident. The second is the first (its row and its link follow the server's),
        // instead of being refused and taken back with its link.
        Team t(QStringLiteral("assets"));
        const auto addHost = [&t](storage::Database& db, const QString& id, const core::Actor& actor) {
            storage::AssetRepository(db).insert(
                test::device(id, QStringLiteral("Print server"), QStringLiteral("prn-01.corp.example")));
            storage::IncidentService(db).linkAsset(t.incident, id, actor);
        };
        addHost(t.a.db(), QStringLiteral("asset-prn-a"), Team::alice());
        addHost(t.b.db(), QStringLiteral("asset-prn-b"), Team::bob());
        // Without an identifier, two assets are two (the key covers only identifiers).
        storage::AssetRepository(t.a.db()).insert(
            test::device(QStringLiteral("asset-cfo-laptop"), QStringLiteral("CFO laptop")));
        storage::AssetRepository(t.b.db()).insert(
            test::device(QStringLiteral("asset-badge-reader"), QStringLiteral("Badge reader")));
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM assets WHERE identifier = 'prn-01.corp.example'")),
                     1);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM incident_assets ia JOIN assets a ON a.id = "
                                               "ia.asset_id WHERE a.identifier = 'prn-01.corp.example'")),
                     1);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM assets WHERE identifier = ''")), 2);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_rejections")), 0);
            QCOMPARE(test::brokenTimelines(*db), QStringList());
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));

        // The same when the server takes B's batch one mutation at a time (here because
        // a waiting note was changed): an asset without identifier is merged into nothing.
        storage::AssetRepository(t.b.db()).insert(
            test::device(QStringLiteral("asset-kiosk"), QStringLiteral("Lobby kiosk")));
        storage::IncidentService(t.b.db()).addNote(t.incident, QStringLiteral("Kiosk unplugged"), Team::bob());
        exec(t.b.db(), QStringLiteral("UPDATE sync_outbox SET data = json_set(data, '$.text', 'Kiosk fine') WHERE "
                                      "table_name = 'timeline_entries'"));
        QCOMPARE(syncAs(t.b.db(), t.server, QStringLiteral("bob")).rejected, 1);
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT string_agg(id, ' ' ORDER BY id) FROM muster.assets WHERE "
                                           "identifier = ''"))
                     .text(0, 0),
                 QStringLiteral("asset-badge-reader asset-cfo-laptop asset-kiosk"));
    }

    void lateCommit_isNotSkippedByTheCursor()
    {
        Team t(QStringLiteral("late"));
        const auto insertPerson =
            QStringLiteral("INSERT INTO muster.people (id, name, function, created_at, updated_at) "
                           "VALUES ($1, $2, 'it_operations', now(), now())");
        // Two server connections, as two desktops' pushes would be.
        sync::PgConnection slow(t.server.config(QStringLiteral("alice")));
        sync::PgConnection fast(t.server.config(QStringLiteral("bob")));
        slow.exec(QStringLiteral("BEGIN"));
        slow.exec(insertPerson, {"late-1", "Late Larry"});
        const qint64 slowXid = slow.exec(QStringLiteral("SELECT pg_current_xact_id()::text::bigint")).number(0, 0);
        fast.exec(insertPerson, {"early-1", "Early Erin"});
        const qint64 fastXid =
            fast.exec(QStringLiteral("SELECT _xid::text::bigint FROM muster.people WHERE id = 'early-1'")).number(0, 0);
        // The transaction that took the lower number commits later.
        QVERIFY(slowXid < fastXid);

        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 'early-1'")), 1);
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 'late-1'")), 0);
        // A cursor that kept "the highest transaction id seen" would now stand above the
        // late transaction and never read it.
        const QString cursor = sync::SyncState(t.a.db().connection()).cursor();
        QVERIFY2(cursor.section(QLatin1Char(':'), 2).split(QLatin1Char(',')).contains(QString::number(slowXid)),
                 qPrintable(cursor));

        slow.exec(QStringLiteral("COMMIT"));
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 'late-1'")), 1);
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 'early-1'")), 1);
    }

    void losingAccess_removesTheIncident_andRegainingItBringsItBack()
    {
        Team t(QStringLiteral("access"));
        // B has a note waiting on the incident when A marks it confidential.
        storage::IncidentService(t.b.db(), t.clockB)
            .addNote(t.incident, QStringLiteral("Seen on two more laptops"), Team::bob());
        storage::IncidentService::Details secret;
        secret.confidential = true;
        storage::IncidentService(t.a.db(), t.clockA).updateDetails(t.incident, secret, Team::alice());
        const auto other = storage::IncidentService(t.a.db(), t.clockA)
                               .create(test::incidentDraft(QStringLiteral("Unrelated outage")), {}, Team::alice());
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));

        QCOMPARE(report.purged, 1);
        QCOMPARE(
            count(t.b.db(), QString(QStringLiteral("SELECT count(*) FROM incidents WHERE id = '%1'")).arg(t.incident)),
            0);
        QCOMPARE(
            count(t.b.db(),
                  QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = '%1'").arg(t.incident)),
            0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM incident_assets")), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_rejections WHERE code = 'purged'")), 1);
        QVERIFY(storage::IncidentRepository(t.b.db()).find(other.id).has_value());
        QCOMPARE(test::brokenTimelines(t.b.db()), QStringList());
        // Alice marked it, so she stays on its access list; Legal reads it too.
        QVERIFY(storage::IncidentRepository(t.a.db()).find(t.incident).has_value());
        test::TempDatabase c;
        syncAs(c.db(), t.server, QStringLiteral("lena"));
        QVERIFY(storage::IncidentRepository(c.db()).find(t.incident).has_value());
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());

        // Put on the access list, B gets it back whole.
        t.server.admin(QStringLiteral("INSERT INTO muster.incident_access (id, incident_id, person_id, added_at, "
                                      "updated_at) VALUES ('grant-bob', $1, $2, now(), now())"),
                       {t.incident.toUtf8(), kBob.toUtf8()});
        syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QVERIFY(storage::IncidentRepository(t.b.db()).find(t.incident).has_value());
        QCOMPARE(test::brokenTimelines(t.b.db()), QStringList());
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void becomingLegal_bringsTheConfidentialIncidentsThisDesktopNeverHad()
    {
        Team t(QStringLiteral("legal"));
        const QString secret = storage::IncidentService(t.a.db(), t.clockA)
                                   .create(test::incidentDraft(QStringLiteral("Insider case"), true), {}, Team::alice())
                                   .id;
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const QString find = QStringLiteral("SELECT count(*) FROM incidents WHERE id = '%1'").arg(secret);

        // A new counsel's desktop: her login exists before her person does on the server
        // (her desktop sends it in its first sync), so that sync cannot read the case yet.
        const QString petra = QStringLiteral("00000000-0000-4000-8000-0000000be7a0");
        t.server.addLogin(QStringLiteral("petra"), petra);
        test::TempDatabase c;
        storage::PeopleRepository(c.db()).insert(
            test::person(petra, QStringLiteral("Petra Counsel"), core::PersonFunction::Legal));
        syncAs(c.db(), t.server, QStringLiteral("petra"));
        syncAs(c.db(), t.server, QStringLiteral("petra"));
        QCOMPARE(count(c.db(), find), 1);
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());

        // Bob moves to Legal: his desktop, which never had the case, gets it whole.
        QCOMPARE(count(t.b.db(), find), 0);
        t.server.admin(QStringLiteral("UPDATE muster.people SET function = 'legal' WHERE id = $1"), {kBob.toUtf8()});
        syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(count(t.b.db(), find), 1);
        QCOMPARE(count(t.b.db(),
                       QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = '%1'").arg(secret)),
                 count(t.a.db(),
                       QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = '%1'").arg(secret)));
        QCOMPARE(test::brokenTimelines(t.b.db()), QStringList());
    }

    void aNewLogin_doesNotTakeIncidentsThisDesktopHasNotPushedYet()
    {
        // A change of who may read what for everyone (here a new colleague's login) makes
        // each desktop check its incidents against the server; one made here and not
        // pushed yet is not on the server, and must not be taken for hidden.
        Team t(QStringLiteral("newlogin"));
        const QString mine = storage::IncidentService(t.b.db(), t.clockB)
                                 .create(test::incidentDraft(QStringLiteral("Badge cloned")), {}, Team::bob())
                                 .id;
        t.server.addLogin(QStringLiteral("carol"), kLena);
        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(report.purged, 0);
        QVERIFY(storage::IncidentRepository(t.b.db()).find(mine).has_value());
        QCOMPARE(t.server.admin(QStringLiteral("SELECT count(*) FROM muster.incidents WHERE id = $1"), {mine.toUtf8()})
                     .number(0, 0),
                 1);
    }

    void leadership_readsButCannotWrite()
    {
        Team t(QStringLiteral("leaders"));
        t.server.addLogin(QStringLiteral("ceo"), kLena, true);
        test::TempDatabase c;
        syncAs(c.db(), t.server, QStringLiteral("ceo"));
        QVERIFY(storage::IncidentRepository(c.db()).find(t.incident).has_value());
        storage::IncidentService(c.db()).addNote(t.incident, QStringLiteral("Why is this still open?"), Team::alice());
        const auto report = syncAs(c.db(), t.server, QStringLiteral("ceo"));
        QVERIFY(report.rejected >= 2);
        QCOMPARE(report.pushed, 0);
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QVERIFY(scalarText(c.db(), QStringLiteral("SELECT reason FROM sync_rejections LIMIT 1"))
                    .contains(QLatin1String("may read but not change")));
        QCOMPARE(t.server.admin(QStringLiteral("SELECT count(*) FROM muster.timeline_entries WHERE kind = 'note'"))
                     .number(0, 0),
                 0);
    }

    void changedTimelineEntry_isRefusedByTheServer_andTheRestArrives()
    {
        Team t(QStringLiteral("sealed"));
        storage::IncidentService service(t.a.db(), t.clockA);
        service.addNote(t.incident, QStringLiteral("Called the user"), Team::alice());
        service.addNote(t.incident, QStringLiteral("Reset the password"), Team::alice());
        // Someone edits the waiting change in A's file: the entry no longer matches its hash.
        exec(t.a.db(), QStringLiteral("UPDATE sync_outbox SET data = json_set(data, '$.text', 'Never called') WHERE "
                                      "table_name = 'timeline_entries' AND data ->> 'text' = 'Called the user'"));
        const auto report = syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QVERIFY(scalarText(t.a.db(), QStringLiteral("SELECT reason FROM sync_rejections"))
                    .contains(QLatin1String("match their hash")));
        // The refused entry leaves A (the server does not have it); the refusal keeps what was sent.
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM timeline_entries WHERE kind = 'note'")), 1);
        QVERIFY(scalarText(t.a.db(), QStringLiteral("SELECT data FROM sync_rejections"))
                    .contains(QLatin1String("Never called")));
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT string_agg(text, ', ') FROM muster.timeline_entries WHERE kind = "
                                           "'note'"))
                     .text(0, 0),
                 QStringLiteral("Reset the password"));
    }

    void aRefusedChange_doesNotTakeTheRestOfItsBatchWithIt()
    {
        // A desktop's first sync sends what it has in table order: here two people who
        // are each other's deputy, an incident, and an entry that does not match its
        // hash. Refusing the entry must not refuse the people (one at a time, neither
        // can come first), nor what depends on them.
        Team t(QStringLiteral("batch"));
        test::TempDatabase c;
        exec(c.db(), QStringLiteral("INSERT INTO people (id, name, function, created_at, updated_at) VALUES "
                                    "('p-first', 'First Person', 'it_operations', 1, 1), "
                                    "('p-deputy', 'Deputy Person', 'it_operations', 1, 1)"));
        exec(c.db(), QStringLiteral("UPDATE people SET deputy_id = CASE id WHEN 'p-first' THEN 'p-deputy' ELSE "
                                    "'p-first' END"));
        const core::Actor first{QStringLiteral("p-first"), QStringLiteral("First Person")};
        auto draft = test::incidentDraft(QStringLiteral("Print server down"));
        draft.commanderId = first.personId;
        const QString incident = storage::IncidentService(c.db()).create(draft, {}, first).id;
        storage::IncidentService(c.db()).addNote(incident, QStringLiteral("Rebooted"), first);
        exec(c.db(), QStringLiteral("INSERT INTO timeline_entries (id, incident_id, seq, occurred_at, recorded_at, "
                                    "actor_name, kind, text, prev_hash, hash) SELECT 'forged', incident_id, seq + 1, "
                                    "occurred_at, recorded_at, 'Nobody', 'note', 'Forged', hash, 'not-its-hash' FROM "
                                    "timeline_entries ORDER BY seq DESC LIMIT 1"));
        const int entries = count(c.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")) - 1;

        const auto report = syncAs(c.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(report.rejected, 1);
        QCOMPARE(scalarText(c.db(), QStringLiteral("SELECT row_id FROM sync_rejections")), QStringLiteral("forged"));
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT string_agg(deputy_id, ' ' ORDER BY id) FROM muster.people "
                                           "WHERE id IN ('p-first', 'p-deputy')"))
                     .text(0, 0),
                 QStringLiteral("p-first p-deputy"));
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT count(*) FROM muster.timeline_entries WHERE incident_id = $1"),
                            {incident.toUtf8()})
                     .number(0, 0),
                 entries);
        // Nothing else left this desktop, and the server answered every mutation once.
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM people WHERE id IN ('p-first', 'p-deputy')")), 2);
        QCOMPARE(count(c.db(),
                       QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = '%1'").arg(incident)),
                 entries);
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT count(*) FROM muster.mutations WHERE status = 'applied' AND "
                                           "code <> ''"))
                     .number(0, 0),
                 0);
        QCOMPARE(test::brokenTimelines(c.db()), QStringList());
    }

    void firstSync_sendsPeopleAfterTheirDeputies_acrossBatches()
    {
        // A desktop used alone, with each person's deputy entered later than them, syncs
        // for the first time in batches of two: each deputy must reach the server in an
        // earlier batch than the people it stands in for (a chain, and a circle).
        Team t(QStringLiteral("deputies"));
        test::TempDatabase c;
        exec(c.db(), QStringLiteral("INSERT INTO people (id, name, function, created_at, updated_at) VALUES "
                                    "('p-1', 'One', 'legal', 1, 1), ('p-2', 'Two', 'legal', 1, 1), "
                                    "('p-3', 'Three', 'legal', 1, 1), ('p-4', 'Four', 'legal', 1, 1), "
                                    "('p-5', 'Five', 'legal', 1, 1), ('p-6', 'Six', 'legal', 1, 1)"));
        exec(c.db(), QStringLiteral("UPDATE people SET deputy_id = CASE id WHEN 'p-1' THEN 'p-3' WHEN 'p-2' THEN "
                                    "'p-3' WHEN 'p-3' THEN 'p-4' WHEN 'p-5' THEN 'p-6' WHEN 'p-6' THEN 'p-5' END"));
        const auto report = syncAs(c.db(), t.server, QStringLiteral("alice"), 2);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT string_agg(id || '>' || COALESCE(deputy_id, '-'), ' ' ORDER BY "
                                           "id) FROM muster.people WHERE id LIKE 'p-_'"))
                     .text(0, 0),
                 QStringLiteral("p-1>p-3 p-2>p-3 p-3>p-4 p-4>- p-5>p-6 p-6>p-5"));
        QCOMPARE(count(c.db(), QStringLiteral("SELECT count(*) FROM people WHERE id LIKE 'p-_'")), 6);
    }

    void deletedParent_leavesANewRowUnlinked_whereItsReferenceAllowsThat()
    {
        // A hunt is deleted on A while B, offline, records a detection from it. The
        // detection's reference to its hunt is ON DELETE SET NULL: it stays, unlinked, on
        // both sides, as it would on one desktop (delete wins only over what the deleted
        // row takes with it).
        Team t(QStringLiteral("unlinked"));
        exec(t.a.db(), QStringLiteral("INSERT INTO hunts (id, reference, title, hypothesis, status, created_at, "
                                      "updated_at) VALUES ('h-1', 'HUNT-2026-0001', 'Staging on file shares', "
                                      "'They stage before they leave', 'draft', 1, 1)"));
        t.syncAll();
        exec(t.b.db(), QStringLiteral("INSERT INTO detections (id, name, hunt_id, created_at, updated_at) VALUES "
                                      "('d-1', 'Archive written to a share', 'h-1', 2, 2)"));
        exec(t.a.db(), QStringLiteral("DELETE FROM hunts WHERE id = 'h-1'"));
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(report.rejected, 0);
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT count(*) FROM muster.detections WHERE id = 'd-1' AND hunt_id IS "
                                           "NULL AND NOT _deleted"))
                     .number(0, 0),
                 1);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM detections WHERE hunt_id IS NULL")), 1);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM hunts")), 0);
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }

    void newerServer_isRefusedClearly_andNothingChanges()
    {
        Team t(QStringLiteral("newer"));
        storage::IncidentService(t.a.db(), t.clockA).addNote(t.incident, QStringLiteral("Pending"), Team::alice());
        const int pending = count(t.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
        const QString before = test::syncedContent(t.a.db());
        t.server.admin(QStringLiteral("UPDATE muster.schema_info SET value = '99' WHERE key = 'min_protocol'"));
        try {
            syncAs(t.a.db(), t.server, QStringLiteral("alice"));
            QFAIL("a server that needs protocol 99 was accepted");
        } catch (const sync::PgError& e) {
            QVERIFY(!e.isConnectionProblem());
            QVERIFY2(e.message().contains(QLatin1String("needs a newer Muster")), qPrintable(e.message()));
        }
        QCOMPARE(count(t.a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), pending);
        QCOMPARE(test::syncedContent(t.a.db()), before);
    }

    void olderServer_syncsWhatBothKnow_andTheRestWaits()
    {
        // A server set up before incident_assets was synced, and with a column this
        // desktop does not know yet (a newer desktop added it there).
        const QString name = test::PgServer::createDatabase(QStringLiteral("older"));
        {
            auto tables = sync::ServerSchema::currentTables();
            tables.removeIf([](const storage::SyncTable& t) { return t.name == QLatin1String("incident_assets"); });
            sync::PgConnection admin(sync::ServerConfig::fromDsn(test::PgServer::dsn(name)));
            admin.execScript(sync::ServerSchema::script(tables));
            admin.exec(QStringLiteral("ALTER TABLE muster.people ADD COLUMN pronouns text NOT NULL DEFAULT ''"));
            sync::ServerSchema::addLogin(admin, name + QStringLiteral("_alice"), kAlice, false);
        }
        test::TempDatabase a;
        storage::DemoDataWriter::write(a.db(), 10, 5, test::utcMs(2026, 6, 1));
        const int links = count(a.db(), QStringLiteral("SELECT count(*) FROM incident_assets"));
        QVERIFY(links > 0);
        sync::SyncEngine engine(
            a.db(), sync::ServerConfig::fromDsn(test::PgServer::dsn(name, name + QStringLiteral("_alice"))));
        const auto report = engine.run();
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.waiting, links);
        QVERIFY2(report.notes.join(QLatin1Char(' ')).contains(QLatin1String("incident_assets")),
                 qPrintable(report.notes.join(QLatin1Char(' '))));
        QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), links);
        sync::PgConnection admin(sync::ServerConfig::fromDsn(test::PgServer::dsn(name)));
        QCOMPARE(admin.exec(QStringLiteral("SELECT count(*) FROM muster.people WHERE pronouns = ''")).number(0, 0),
                 qint64(count(a.db(), QStringLiteral("SELECT count(*) FROM people"))));
    }

    void tombstones_stayUntilEveryDesktopPulledPastThem()
    {
        Team t(QStringLiteral("tombstones"));
        exec(t.a.db(), QStringLiteral("DELETE FROM assets WHERE id = 'asset-vpn'"));
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const auto tombstones = [&t] {
            return t.server.admin(QStringLiteral("SELECT count(*) FROM muster.assets WHERE _deleted")).number(0, 0);
        };
        QCOMPARE(tombstones(), 1); // B has not pulled it
        syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM assets")), 0);
        QCOMPARE(tombstones(), 1); // A's cursor still stands before its own push
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(tombstones(), 0);
    }

    void forgottenDesktop_readsEverythingAgain()
    {
        Team t(QStringLiteral("forgotten"));
        // B goes quiet; the administrator forgets it, and A's delete is purged.
        t.server.admin(QStringLiteral("DELETE FROM muster.desktops WHERE login = $1"),
                       {t.server.role(QStringLiteral("bob")).toUtf8()});
        exec(t.a.db(), QStringLiteral("DELETE FROM assets WHERE id = 'asset-vpn'"));
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        QCOMPARE(t.server.admin(QStringLiteral("SELECT count(*) FROM muster.assets")).number(0, 0), 0);

        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QVERIFY(!report.notes.isEmpty());
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM assets")), 0);
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.b.db()), test::syncedContent(t.a.db()));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
