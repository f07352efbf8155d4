#include "IntelFixtures.h"
#include "SyncFixture.h"
#include "core/BuiltinScenarios.h"
#include "core/Ids.h"
#include "storage/AlertIntake.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AlertTriageService.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/CommunicationService.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/HuntService.h"
#include "storage/IntelDemoWriter.h"
#include "storage/IntelImportService.h"
#include "storage/ScenarioLibrary.h"
#include "storage/SettingsRepository.h"
#include "storage/WorkflowDemoWriter.h"
#include "storage/WorkflowService.h"
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

constexpr qint64 kNow = 1'780'300'800'000; // 2026-06-01 08:00 UTC

QString personOf(storage::Database& db, core::PersonFunction f, int skip = 0)
{
    for (const auto& p : storage::PeopleRepository(db).all()) {
        if (p.function == f && skip-- == 0) {
            return p.id;
        }
    }
    qFatal("no person of that function");
}

core::Scenario builtin(const QString& key)
{
    for (const auto& s : core::BuiltinScenarios::all()) {
        if (s.id == key) {
            return s;
        }
    }
    qFatal("no builtin scenario %s", qPrintable(key));
}

core::Actor facilitator()
{
    return core::Actor{QString(), QStringLiteral("Facilitator Fran")};
}

// A tabletop exercise planned, run, rated and reviewed, with its improvement plan and
// its exercise incident.
QString runExercise(storage::Database& db, test::FixedClock& clock, const QString& title)
{
    storage::ExerciseService service(db, clock);
    core::ExerciseRules::Plan plan;
    plan.title = title;
    plan.plannedAt = clock.nowMs();
    plan.compression = 10;
    plan.facilitatorId = personOf(db, core::PersonFunction::Risk);
    plan.participants = {
        {QStringLiteral("ic"), personOf(db, core::PersonFunction::SecurityOperations), {}},
        {QStringLiteral("soc"), personOf(db, core::PersonFunction::SecurityOperations, 1), {}},
        {QStringLiteral("itops"), personOf(db, core::PersonFunction::ItOperations), {}},
        {QStringLiteral("legal"), personOf(db, core::PersonFunction::Legal), {}},
        {QStringLiteral("comms"), personOf(db, core::PersonFunction::Communications), {}},
        {QStringLiteral("exec"), personOf(db, core::PersonFunction::Executive), {}},
    };
    const QString id = service.plan(builtin(QStringLiteral("ransomware-double-extortion")), plan, facilitator()).id;
    service.start(id, facilitator());
    clock.advanceMinutes(3); // 30 scenario minutes
    service.releaseDue(id, facilitator());
    service.rate(id, QStringLiteral("a-segment"), core::Rating::P, QStringLiteral("Cut within 12 minutes"), QString(),
                 facilitator()); // decides the containment branch
    core::LogEntry decision;
    decision.kind = core::LogKind::Decision;
    decision.injectId = QStringLiteral("inj-01");
    decision.roleId = QStringLiteral("itops");
    decision.text = QStringLiteral("Isolate FS02 via EDR");
    service.log(id, decision, facilitator());
    service.openIncident(id, facilitator());
    service.end(id);
    service.saveReview(id, {QStringLiteral("obj-contain"), QStringLiteral("Fast declaration"),
                            QStringLiteral("Isolation runbook unclear")});
    service.saveDiscussion(id, {QStringLiteral("detect"), 0, QStringLiteral("The SOC declared within 10 minutes.")});
    core::ImprovementItem item;
    item.objectiveId = QStringLiteral("obj-contain");
    item.action = QStringLiteral("Write an EDR isolation runbook");
    item.ownerId = personOf(db, core::PersonFunction::ItOperations);
    item.dueAt = test::utcMs(2026, 8, 1);
    service.addImprovement(id, item);
    return id;
}

core::AlertEvent alertEvent(const QString& key, const QString& host = QStringLiteral("vpn-gw-01"))
{
    core::AlertEvent e;
    e.dedupKey = key;
    e.title = QStringLiteral("Brute force on %1").arg(key);
    e.severityText = QStringLiteral("critical");
    e.rule = QStringLiteral("SSHBruteForce");
    e.labels = QJsonObject{{QStringLiteral("host"), host}};
    e.sourceTime = test::utcMs(2026, 6, 1, 7, 55);
    return e;
}

// Every feature of Muster, through its own service, on one desktop.
void writeEverything(storage::Database& db)
{
    storage::DemoDataWriter::write(db, 12, 7, kNow);
    storage::WorkflowDemoWriter::write(db, kNow);
    storage::AttackCatalogRepository(db).importBundle(test::readFile(test::attackBundlePath()),
                                                      QStringLiteral("enterprise.json"), kNow);
    storage::IntelDemoWriter::write(db, kNow);
    storage::IntelImportService(db).importFile(test::stixSamplePath(QStringLiteral("poisonivy.json")), {},
                                               core::Actor{QString(), QStringLiteral("Intel Ian")});
    test::FixedClock clock(kNow);
    runExercise(db, clock, QStringLiteral("Q2 crisis-team drill"));
    auto scenario = builtin(QStringLiteral("ransomware-double-extortion"));
    scenario.id = QStringLiteral("ransomware-northwind");
    scenario.title = QStringLiteral("Ransomware at Northwind");
    storage::ScenarioLibrary(db, clock).save(scenario, storage::ScenarioLibrary::Source::Custom,
                                             QStringLiteral("northwind.yaml"), false);
    const auto source = storage::AlertSourceRepository(db).issueToken(QStringLiteral("alertmanager"), kNow).source;
    const QString host =
        scalarText(db, QStringLiteral("SELECT identifier FROM assets WHERE identifier <> '' ORDER BY id LIMIT 1"));
    const auto stored = storage::AlertIntake(db, clock).store(
        source, {alertEvent(QStringLiteral("k1"), host), alertEvent(QStringLiteral("k2"), host)});
    storage::AlertTriageService(db, clock).promote(stored.first().alertId,
                                                   core::Actor{QString(), QStringLiteral("Tier 1 Analyst")});
}

// Rows per synced table, for messages.
QStringList emptyTables(storage::Database& db)
{
    QStringList out;
    for (const auto& t : storage::SyncRegistry::describe(db.connection())) {
        if (count(db, QStringLiteral("SELECT count(*) FROM %1").arg(t.name)) == 0) {
            out << t.name;
        }
    }
    return out;
}

} // namespace

class TestSyncFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
        MUSTER_REQUIRE_SHARED(test::attackBundlePath());
        MUSTER_REQUIRE_SHARED(test::stixSamplePath(QStringLiteral("poisonivy.json")));
    }

    // A row of every synced table, made on desktop A by the feature's own service,
    // arrives on desktop B; B's changes to each feature come back to A.
    void everyFeature_madeOnOneDesktop_arrivesOnTheOther()
    {
        test::SyncServer server(QStringLiteral("features"));
        test::TempDatabase a;
        writeEverything(a.db());
        QVERIFY2(emptyTables(a.db()).isEmpty(), qPrintable(emptyTables(a.db()).join(QLatin1Char(' '))));
        const QString secops = personOf(a.db(), core::PersonFunction::SecurityOperations);
        const QString legal = personOf(a.db(), core::PersonFunction::Legal);
        server.addLogin(QStringLiteral("alice"), secops);
        server.addLogin(QStringLiteral("lena"), legal);

        const auto first = syncAs(a.db(), server, QStringLiteral("alice"));
        QCOMPARE(first.rejected, 0);
        QCOMPARE(first.pushed, first.baseline);
        QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        // The server put Alice on the access list of the confidential incidents she pushed.
        QCOMPARE(syncAs(a.db(), server, QStringLiteral("alice")).pushed, 0);

        // Lena (Legal) reads confidential work too; small pages cross parents and children.
        test::TempDatabase b;
        syncAs(b.db(), server, QStringLiteral("lena"), 41);
        QVERIFY2(emptyTables(b.db()).isEmpty(), qPrintable(emptyTables(b.db()).join(QLatin1Char(' '))));
        MUSTER_COMPARE_CONTENT(test::syncedContent(b.db()), test::syncedContent(a.db()));
        QCOMPARE(test::brokenTimelines(b.db()), QStringList());

        // B works on every feature; A sees it all.
        test::FixedClock clock(kNow + 3'600'000);
        const core::Actor lena{legal, QStringLiteral("Lena")};
        storage::WorkflowService workflow(b.db(), clock);
        const QString task =
            scalarText(b.db(), QStringLiteral("SELECT id FROM tasks WHERE status = 'open' "
                                              "AND depends_on = '' AND approvals_required = '' AND hr_action = 0 "
                                              "ORDER BY id LIMIT 1"));
        workflow.setTaskStatus(task, core::TaskStatus::InProgress, QString(), lena);
        workflow.commentOnTask(task, QStringLiteral("Privilege log started"), lena);
        storage::CommunicationService communications(b.db(), clock);
        const QString draft = scalarText(b.db(), QStringLiteral("SELECT id FROM communications WHERE status = "
                                                                "'draft' ORDER BY id LIMIT 1"));
        QVERIFY(!draft.isEmpty());
        communications.edit(draft, QStringLiteral("Update for staff"), QStringLiteral("Systems are back."),
                            QStringLiteral("staff@example.org"), lena);
        storage::HuntService hunts(b.db(), clock);
        core::Hunt draftHunt;
        draftHunt.title = QStringLiteral("Staging on file shares");
        draftHunt.hypothesis = QStringLiteral("Adversaries may stage data on file shares because they are unwatched.");
        draftHunt.timeboxStart = clock.nowMs();
        draftHunt.timeboxEnd = clock.nowMs() + 7 * 86'400'000LL;
        const QString hunt = hunts.create(draftHunt, lena).hunt.id;
        hunts.start(hunt, lena);
        hunts.addFinding(hunt, QStringLiteral("Staging archive on FS02"), QStringLiteral("edr-4711"), lena);
        const QString alert =
            scalarText(b.db(), QStringLiteral("SELECT id FROM alerts WHERE triage = 'untriaged' LIMIT 1"));
        storage::AlertTriageService(b.db(), clock)
            .dismiss(alert, core::AlertTriage::Benign, QStringLiteral("Pen test"), lena);
        const QString exercise = runExercise(b.db(), clock, QStringLiteral("Q3 crisis-team drill"));
        storage::SettingsRepository(b.db()).setValue(QStringLiteral("organisation.name"),
                                                     QStringLiteral("Northwind Bank AG"), clock.nowMs());
        exec(b.db(), QStringLiteral("UPDATE intel_items SET confidence = 85, updated_at = %1 WHERE kind = "
                                    "'indicator' AND id = (SELECT min(id) FROM intel_items WHERE kind = 'indicator')")
                         .arg(clock.nowMs()));

        QCOMPARE(syncAs(b.db(), server, QStringLiteral("lena")).rejected, 0);
        QCOMPARE(syncAs(a.db(), server, QStringLiteral("alice")).rejected, 0);
        MUSTER_COMPARE_CONTENT(test::syncedContent(a.db()), test::syncedContent(b.db()));
        QCOMPARE(test::brokenTimelines(a.db()), QStringList());
        QCOMPARE(scalarText(a.db(), QStringLiteral("SELECT status FROM tasks WHERE id = '%1'").arg(task)),
                 QStringLiteral("in_progress"));
        QCOMPARE(
            count(a.db(), QStringLiteral("SELECT count(*) FROM exercise_log WHERE exercise_id = '%1'").arg(exercise)),
            1);
        QCOMPARE(scalarText(a.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'organisation.name'")),
                 QStringLiteral("Northwind Bank AG"));
        QCOMPARE(count(a.db(), QStringLiteral("SELECT count(*) FROM hunt_findings WHERE hunt_id = '%1'").arg(hunt)), 1);
    }

    void sameTaskField_laterWriterWins_andTheConflictIsListed()
    {
        Team t(QStringLiteral("taskfield"));
        storage::WorkflowService wa(t.a.db(), t.clockA);
        core::Task draft;
        draft.key = QStringLiteral("manual.scope");
        draft.title = QStringLiteral("Scope the campaign");
        const auto task = wa.addTask(t.incident, draft, Team::alice());
        t.syncAll();
        storage::WorkflowService wb(t.b.db(), t.clockB);
        wa.setTaskStatus(task.id, core::TaskStatus::Blocked, QStringLiteral("Waiting for mail logs"), Team::alice());
        wb.setTaskStatus(task.id, core::TaskStatus::Done, QString(), Team::bob());
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        syncAs(t.b.db(), t.server, QStringLiteral("bob")); // later: wins
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(storage::WorkflowService(*db).task(task.id).status, core::TaskStatus::Done);
        }
        QVERIFY(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE table_name = 'tasks' AND "
                                               "column_name = 'status'")) == 1);
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
    }

    void sameAlertOnTwoDesktops_isOneAlert_withWhatReferredToIt()
    {
        Team t(QStringLiteral("samealert"));
        const auto source =
            storage::AlertSourceRepository(t.a.db()).issueToken(QStringLiteral("alertmanager"), kNow).source;
        t.syncAll();
        // Both desktops receive the same alert while offline (an intake on each).
        const QString onA =
            storage::AlertIntake(t.a.db(), t.clockA).store(source, {alertEvent(QStringLiteral("k1"))}).first().alertId;
        const QString onB =
            storage::AlertIntake(t.b.db(), t.clockB).store(source, {alertEvent(QStringLiteral("k1"))}).first().alertId;
        QVERIFY(onA != onB);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM alert_assets WHERE alert_id = '%1'").arg(onB)),
                 1);
        // B triages its copy before it ever synced it.
        storage::AlertTriageService(t.b.db(), t.clockB)
            .dismiss(onB, core::AlertTriage::Benign, QStringLiteral("Scanner"), Team::bob());
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(report.rejected, 0);
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM alerts")), 1);
            QCOMPARE(scalarText(*db, QStringLiteral("SELECT id FROM alerts")), onA);
            QCOMPARE(scalarText(*db, QStringLiteral("SELECT triage FROM alerts")), QStringLiteral("benign"));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM alert_assets WHERE alert_id = '%1'").arg(onA)), 1);
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
    }

    void sameApprovalOnTwoDesktops_isOneApproval()
    {
        Team t(QStringLiteral("approval"));
        storage::CommunicationService ca(t.a.db(), t.clockA);
        core::Communication c;
        c.audience = core::Audience::Regulator; // Legal approves
        c.subject = QStringLiteral("Phishing wave");
        c.body = QStringLiteral("40 mailboxes affected.");
        const auto comm = ca.draft(t.incident, c, Team::alice());
        ca.submitForReview(comm.id, Team::alice());
        t.syncAll();
        // Lena approves for Legal on both of her desktops while offline.
        t.clockB.set(t.clockA.nowMs() + 60'000);
        ca.approve(comm.id, core::ApprovalRole::Legal, Team::lena());
        storage::CommunicationService(t.b.db(), t.clockB).approve(comm.id, core::ApprovalRole::Legal, Team::lena());
        QCOMPARE(syncAs(t.a.db(), t.server, QStringLiteral("alice")).rejected, 0);
        QCOMPARE(syncAs(t.b.db(), t.server, QStringLiteral("bob")).rejected, 0);
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM approvals")), 1);
        }
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
    }

    void exercisesPlannedOfflineOnBoth_getUniqueReferences()
    {
        Team t(QStringLiteral("exref"));
        storage::DemoDataWriter::write(t.a.db(), 0, 3, kNow);
        t.syncAll();
        const QString onA = runExercise(t.a.db(), t.clockA, QStringLiteral("Drill A"));
        const QString onB = runExercise(t.b.db(), t.clockB, QStringLiteral("Drill B"));
        const QString reference = QStringLiteral("SELECT reference FROM exercises WHERE id = '%1'");
        QCOMPARE(scalarText(t.a.db(), reference.arg(onA)), scalarText(t.b.db(), reference.arg(onB)));
        QCOMPARE(syncAs(t.a.db(), t.server, QStringLiteral("alice")).rejected, 0);
        QCOMPARE(syncAs(t.b.db(), t.server, QStringLiteral("bob")).rejected, 0);
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT reference) FROM exercises")), 2);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM exercise_log")), 2);
        }
        QVERIFY(scalarText(t.a.db(), reference.arg(onA)) != scalarText(t.a.db(), reference.arg(onB)));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
        QCOMPARE(test::brokenTimelines(t.a.db()), QStringList());
    }

    void deleteAgainstEdit_ofAnImprovementItem_theDeleteWins()
    {
        Team t(QStringLiteral("improvement"));
        storage::DemoDataWriter::write(t.a.db(), 0, 3, kNow);
        const QString exercise = runExercise(t.a.db(), t.clockA, QStringLiteral("Drill"));
        t.syncAll();
        const QString item = scalarText(t.a.db(), QStringLiteral("SELECT id FROM improvement_items WHERE "
                                                                 "exercise_id = '%1'")
                                                      .arg(exercise));
        storage::ExerciseService(t.a.db(), t.clockA).removeImprovement(item);
        auto edited = storage::ExerciseService(t.b.db(), t.clockB).allImprovements().first();
        QCOMPARE(edited.id, item);
        edited.action = QStringLiteral("Write and test an EDR isolation runbook");
        storage::ExerciseService(t.b.db(), t.clockB).updateImprovement(edited);
        syncAs(t.a.db(), t.server, QStringLiteral("alice"));
        const auto report = syncAs(t.b.db(), t.server, QStringLiteral("bob"));
        QCOMPARE(report.rejected, 1); // MU002: delete wins, and B is told
        t.syncAll();
        for (auto* db : {&t.a.db(), &t.b.db()}) {
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM improvement_items")), 0);
        }
        QCOMPARE(scalarText(t.b.db(), QStringLiteral("SELECT code FROM sync_rejections WHERE table_name = "
                                                     "'improvement_items'")),
                 QStringLiteral("MU002"));
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
    }

    void workOfAConfidentialIncident_reachesOnlyThoseWhoMayReadIt()
    {
        Team t(QStringLiteral("confwork"));
        storage::IncidentService incidents(t.a.db(), t.clockA);
        const auto secret =
            incidents.create(test::incidentDraft(QStringLiteral("Insider case"), true), {}, Team::alice());
        storage::WorkflowService wa(t.a.db(), t.clockA);
        core::Task draft;
        draft.key = QStringLiteral("manual.interview");
        draft.title = QStringLiteral("Interview the employee");
        const auto task = wa.addTask(secret.id, draft, Team::alice());
        wa.commentOnTask(task.id, QStringLiteral("Union rep present"), Team::alice());
        t.syncAll();
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE confidential = 1")), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM task_comments")), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM tasks WHERE incident_id = '%1'").arg(secret.id)),
                 0);

        // The access list is synced data: granting Bob access on A brings him the work.
        wa.grantAccess(secret.id, kBob, Team::alice());
        t.syncAll();
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM task_comments")), 1);
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));

        // Revoked again: it leaves his desktop with everything under it.
        wa.revokeAccess(secret.id, kBob, Team::alice());
        t.syncAll();
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE id = '%1'").arg(secret.id)), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM task_comments")), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM tasks WHERE incident_id = '%1'").arg(secret.id)),
                 0);
    }

    void linkingARowToAConfidentialIncident_takesItFromThoseWhoMayNotReadIt()
    {
        Team t(QStringLiteral("moverow"));
        const auto source =
            storage::AlertSourceRepository(t.a.db()).issueToken(QStringLiteral("alertmanager"), kNow).source;
        const QString alert =
            storage::AlertIntake(t.a.db(), t.clockA).store(source, {alertEvent(QStringLiteral("k1"))}).first().alertId;
        const auto secret = storage::IncidentService(t.a.db(), t.clockA)
                                .create(test::incidentDraft(QStringLiteral("Insider case"), true), {}, Team::alice());
        t.syncAll();
        const QString alerts = QStringLiteral("SELECT count(*) FROM alerts WHERE id = '%1'").arg(alert);
        const QString assets = QStringLiteral("SELECT count(*) FROM alert_assets WHERE alert_id = '%1'").arg(alert);
        QCOMPARE(count(t.b.db(), alerts), 1);
        QCOMPARE(count(t.b.db(), assets), 1);

        // Alice makes the organisation's alert part of the insider case: Bob may not read it now.
        storage::AlertTriageService(t.a.db(), t.clockA).merge(alert, secret.id, Team::alice());
        t.syncAll();
        QCOMPARE(count(t.b.db(), alerts), 0);
        QCOMPARE(count(t.b.db(), assets), 0);
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);

        // On the access list, he has it again, with its assets, as it is now.
        storage::WorkflowService(t.a.db(), t.clockA).grantAccess(secret.id, kBob, Team::alice());
        t.syncAll();
        QCOMPARE(count(t.b.db(), alerts), 1);
        QCOMPARE(count(t.b.db(), assets), 1);
        QCOMPARE(scalarText(t.b.db(), QStringLiteral("SELECT incident_id FROM alerts")), secret.id);
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(t.b.db()));
    }

    void desktopThatSyncedBeforeTheRegistryGrew_sendsAndReadsTheNewTables()
    {
        Team t(QStringLiteral("upgrade"));
        storage::WorkflowService wa(t.a.db(), t.clockA);
        core::Task scope;
        scope.key = QStringLiteral("manual.scope");
        scope.title = QStringLiteral("Scope the campaign");
        const auto task = wa.addTask(t.incident, scope, Team::alice());
        wa.commentOnTask(task.id, QStringLiteral("40 mailboxes"), Team::alice());
        t.syncAll();

        // Make B what an older Muster left behind: it captured, queued and pulled only the
        // foundation tables, so it has none of the server's tasks, and a task of its own
        // that was never queued.
        const QStringList foundation{QStringLiteral("settings"),
                                     QStringLiteral("people"),
                                     QStringLiteral("assets"),
                                     QStringLiteral("incidents"),
                                     QStringLiteral("incident_assignees"),
                                     QStringLiteral("incident_assets"),
                                     QStringLiteral("timeline_entries")};
        storage::Database& b = t.b.db();
        exec(b, QStringLiteral("UPDATE sync_apply SET applying = 1 WHERE id = 1"));
        const auto specs = storage::SyncRegistry::specs();
        for (auto it = specs.crbegin(); it != specs.crend(); ++it) {
            if (foundation.contains(it->name)) {
                continue;
            }
            exec(b, QStringLiteral("DELETE FROM %1").arg(it->name));
            for (const char* op : {"insert", "update", "delete"}) {
                exec(b, QStringLiteral("DROP TRIGGER IF EXISTS sync_capture_%1_%2").arg(it->name, QLatin1String(op)));
            }
            exec(b, QStringLiteral("DELETE FROM sync_state WHERE key = 'baseline:%1'").arg(it->name));
        }
        exec(b, QStringLiteral("DELETE FROM sync_state WHERE key GLOB 'pulled:*' OR key = 'capture_signature'"));
        exec(b, QStringLiteral("UPDATE sync_apply SET applying = 0 WHERE id = 1"));
        core::Task contain;
        contain.key = QStringLiteral("manual.contain");
        contain.title = QStringLiteral("Remove the mailbox rules");
        const auto own = storage::WorkflowService(b, t.clockB).addTask(t.incident, contain, Team::bob());
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'tasks'")), 0);
        QVERIFY(!sync::SyncState(b.connection()).cursor().isEmpty());

        // The upgraded Muster queues what it never sent and reads the new tables whole.
        const auto report = syncAs(b, t.server, QStringLiteral("bob"));
        QCOMPARE(report.rejected, 0);
        QVERIFY(report.baseline >= 1);
        t.syncAll();
        const QString has = QStringLiteral("SELECT count(*) FROM tasks WHERE id = '%1'");
        QCOMPARE(count(b, has.arg(task.id)), 1);
        QCOMPARE(count(b, QStringLiteral("SELECT count(*) FROM task_comments")), 1);
        QCOMPARE(count(t.a.db(), has.arg(own.id)), 1);
        MUSTER_COMPARE_CONTENT(test::syncedContent(t.a.db()), test::syncedContent(b));
    }

    void secrets_neverReachTheServer()
    {
        Team t(QStringLiteral("secrets"));
        const auto issued = storage::AlertSourceRepository(t.a.db()).issueToken(QStringLiteral("alertmanager"), kNow);
        storage::SettingsRepository(t.a.db()).setValue(QStringLiteral("workflow.webhook.url"),
                                                       QStringLiteral("https://hooks.example.org/T0/B0/s3cr3t"), kNow);
        t.syncAll();
        // The webhook URL (its credential is in it) stays on A; the token only as its hash.
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT count(*) FROM muster.settings WHERE key = "
                                           "'workflow.webhook.url'"))
                     .number(0, 0),
                 qint64(0));
        QCOMPARE(count(t.b.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'workflow.webhook.url'")),
                 0);
        const auto tokens = t.server.admin(QStringLiteral("SELECT token_hash FROM muster.alert_tokens"));
        QCOMPARE(tokens.rows(), 1);
        QVERIFY(!tokens.text(0, 0).contains(issued.secret));
        QCOMPARE(t.server
                     .admin(QStringLiteral("SELECT count(*) FROM muster.alert_tokens t WHERE "
                                           "strpos(row_to_json(t)::text, $1) > 0"),
                            {issued.secret.toUtf8()})
                     .number(0, 0),
                 qint64(0));
        // A revocation made on one desktop reaches the intake that runs on another.
        storage::AlertSourceRepository(t.a.db()).revokeToken(issued.token.id, kNow + 1);
        t.syncAll();
        QVERIFY(!scalarText(t.b.db(), QStringLiteral("SELECT revoked_at FROM alert_tokens")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncFeatures)
#include "tst_syncfeatures.moc"
