#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "core/Error.h"
#include "storage/DeadlineService.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"
#include "storage/WorkflowService.h"

#include <QTest>

using namespace muster;
using core::TaskStatus;

class TestWorkflowService : public QObject
{
    Q_OBJECT

private:
    static int count(test::TempDatabase& t, const QString& sql)
    {
        return storage::Query(t.db().connection(), sql).scalar().toInt();
    }

    static QStringList kinds(test::TempDatabase& t, const QString& incidentId)
    {
        QStringList out;
        for (const auto& e : storage::TimelineRepository(t.db()).entries(incidentId)) {
            out.append(e.kind);
        }
        return out;
    }

    static QStringList texts(test::TempDatabase& t, const QString& incidentId, const QString& kind)
    {
        return test::timelineTexts(t.db(), incidentId, kind);
    }

private slots:
    void create_appliesMatchingPlaybooks_withoutDuplicates()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::Ransomware, core::Severity::Sev1,
                                                 people.as(people.analyst));
        storage::WorkflowService service(t.db(), clock);
        const auto tasks = service.tasks(incident.reference);
        QStringList keys;
        for (const auto& task : tasks) {
            keys.append(task.key);
        }
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        QCOMPARE(keys.count(QStringLiteral("exec.brief")), 1);
        QVERIFY(keys.contains(QStringLiteral("itops.isolate")));
        QVERIFY(keys.contains(QStringLiteral("incident.roles")));
        const auto applied = texts(t, incident.id, QStringLiteral("playbook_applied"));
        QCOMPARE(applied.size(), 3);
        QVERIFY(applied.at(0).startsWith(QLatin1String("Playbook \"Baseline\" added 5 tasks: ")));
        QVERIFY(applied.at(2).contains(QLatin1String("Isolate affected hosts")));
        // Due times run from the declaration; tasks due after containment wait for it.
        const auto isolate = service.task(incident.reference + QStringLiteral("/itops.isolate"));
        QCOMPARE(isolate.dueAt, std::optional<qint64>(test::utcMs(2026, 3, 2, 10)));
        const auto restore = service.task(incident.reference + QStringLiteral("/itops.restore"));
        QVERIFY(!restore.dueAt);
        // Changing nothing that playbooks match on adds nothing; the same attributes twice neither.
        QCOMPARE(service.applyPlaybooks(incident.id, people.as(people.analyst)), 0);
        const int before = int(tasks.size());
        core::IncidentAttributes a;
        a.personalData = true;
        a.jurisdictions = {QStringLiteral("de")};
        service.setAttributes(incident.id, a, people.as(people.counsel));
        const int afterPrivacy = int(service.tasks(incident.id).size());
        QCOMPARE(afterPrivacy, before + 7);
        QCOMPARE(service.attributes(incident.id).jurisdictions, QStringList{QStringLiteral("DE")});
        service.setAttributes(incident.id, a, people.as(people.counsel));
        a.personalData = false;
        service.setAttributes(incident.id, a, people.as(people.counsel));
        a.personalData = true;
        service.setAttributes(incident.id, a, people.as(people.counsel));
        QCOMPARE(int(service.tasks(incident.id).size()), afterPrivacy);
        QCOMPARE(texts(t, incident.id, QStringLiteral("attributes_changed")).size(), 3);
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void milestones_moveDueTimes()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::Ransomware, core::Severity::Sev2,
                                                 people.as(people.analyst));
        storage::IncidentService incidents(t.db(), clock);
        storage::WorkflowService service(t.db(), clock);
        for (const auto s : {core::Status::Acknowledged, core::Status::Investigating, core::Status::Contained}) {
            clock.advanceMinutes(30);
            incidents.transition(incident.id, s, people.as(people.analyst));
        }
        const auto restore = service.task(incident.reference + QStringLiteral("/itops.restore"));
        QCOMPARE(restore.dueAt, std::optional<qint64>(test::utcMs(2026, 3, 2, 10, 30) + 48 * 3'600'000LL));
        // A clock event moves privacy tasks due after it.
        core::IncidentAttributes a;
        a.personalData = true;
        service.setAttributes(incident.id, a, people.as(people.counsel));
        QVERIFY(!service.task(incident.reference + QStringLiteral("/privacy.assess_risk")).dueAt);
        storage::DeadlineService(t.db(), clock)
            .recordEvent(incident.id, core::ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 9, 45), QString(), {},
                         people.as(people.counsel));
        QCOMPARE(service.task(incident.reference + QStringLiteral("/privacy.assess_risk")).dueAt,
                 std::optional<qint64>(test::utcMs(2026, 3, 3, 9, 45)));
    }

    void taskStatus_needsReasonsAndFinishedDependencies()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::Phishing, core::Severity::Sev3,
                                                 people.as(people.analyst));
        storage::WorkflowService service(t.db(), clock);
        const QString scope = incident.reference + QStringLiteral("/incident.scope");
        const QString roles = incident.reference + QStringLiteral("/incident.roles");
        const int entries = count(t, QStringLiteral("SELECT count(*) FROM timeline_entries"));
        try {
            service.setTaskStatus(scope, TaskStatus::Done, QString(), people.as(people.analyst));
            QFAIL("task finished before its dependency");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Refused);
            QVERIFY2(e.message().contains(QLatin1String("waits for \"Assign the incident roles\"")),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(
            core::Error, service.setTaskStatus(roles, TaskStatus::Blocked, QString(), people.as(people.analyst)));
        QVERIFY_THROWS_EXCEPTION(core::Error, service.setTaskStatus(roles, TaskStatus::NotApplicable,
                                                                    QStringLiteral(" "), people.as(people.analyst)));
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM timeline_entries")), entries);
        service.setTaskStatus(roles, TaskStatus::Done, QString(), people.as(people.analyst));
        const auto done = service.setTaskStatus(scope, TaskStatus::Done, QString(), people.as(people.analyst));
        QCOMPARE(done.status, TaskStatus::Done);
        QCOMPARE(done.completedAt, std::optional<qint64>(clock.nowMs()));
        const auto na =
            service.setTaskStatus(incident.reference + QStringLiteral("/itops.evidence"), TaskStatus::NotApplicable,
                                  QStringLiteral("Nothing to preserve: mail only"), people.as(people.analyst));
        QCOMPARE(na.statusReason, QStringLiteral("Nothing to preserve: mail only"));
        const auto statusTexts = texts(t, incident.id, QStringLiteral("task_status"));
        QCOMPARE(statusTexts.size(), 3);
        QVERIFY2(statusTexts.last().contains(QLatin1String("Not applicable (Nothing to preserve: mail only)")),
                 qPrintable(statusTexts.last()));
        service.commentOnTask(scope, QStringLiteral("Scope: 14 mailboxes"), people.as(people.analyst));
        QCOMPARE(service.comments(scope).first().text, QStringLiteral("Scope: 14 mailboxes"));
        QCOMPARE(service.task(scope).commentCount, 1);
    }

    void hrAction_waitsForHrAndLegalApproval()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident =
            test::makeIncident(t.db(), clock, core::Category::Insider, core::Severity::Sev2, people.as(people.analyst));
        storage::WorkflowService service(t.db(), clock);
        const QString suspend = incident.reference + QStringLiteral("/hr.suspend_access");
        service.setTaskStatus(incident.reference + QStringLiteral("/insider.preserve"), TaskStatus::Done, QString(),
                              people.as(people.analyst));
        const auto refuse = [&](const core::Actor& who) {
            try {
                service.setTaskStatus(suspend, TaskStatus::InProgress, QString(), who);
                return QString();
            } catch (const core::Error& e) {
                return e.message();
            }
        };
        QString message = refuse(people.as(people.hr));
        QVERIFY2(message.contains(QLatin1String("cannot start until HR and Legal have both approved")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Still missing: Legal and HR")) ||
                message.contains(QLatin1String("Still missing: HR and Legal")));
        // Only the right people may approve.
        try {
            service.approveTask(suspend, core::ApprovalRole::Legal, people.as(people.analyst));
            QFAIL("an analyst approved for Legal");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("Dana Okafor cannot approve for Legal")));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, service.approveTask(suspend, core::ApprovalRole::Legal,
                                                                  core::Actor{QString(), QStringLiteral("root")}));
        QVERIFY_THROWS_EXCEPTION(
            core::Error, service.approveTask(suspend, core::ApprovalRole::Communications, people.as(people.comms)));
        service.approveTask(suspend, core::ApprovalRole::Hr, people.as(people.hr));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.approveTask(suspend, core::ApprovalRole::Hr, people.as(people.hr)));
        message = refuse(people.as(people.hr));
        QVERIFY2(message.contains(QLatin1String("Still missing: Legal.")), qPrintable(message));
        QCOMPARE(service.task(suspend).status, TaskStatus::Open);
        // The incident's Legal lead may approve for Legal, whatever their function.
        service.assignRole(incident.id, core::IncidentRole::LegalLead, people.outsider.id, people.as(people.analyst));
        service.approveTask(suspend, core::ApprovalRole::Legal, people.as(people.outsider));
        QCOMPARE(service.setTaskStatus(suspend, TaskStatus::InProgress, QString(), people.as(people.hr)).status,
                 TaskStatus::InProgress);
        const auto approvals = texts(t, incident.id, QStringLiteral("approval"));
        QCOMPARE(approvals.size(), 2);
        QVERIFY2(approvals.first().startsWith(QStringLiteral("Tomás Weber approved \"Suspend the employee's access\" "
                                                             "(version 1) for HR")),
                 qPrintable(approvals.first()));
    }

    void insiderIncident_isConfidential_seenByAccessListLegalAndHr()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        core::Incident draft;
        draft.title = QStringLiteral("Engineer copying source code to personal cloud");
        draft.category = core::Category::Insider;
        draft.commanderId = people.analyst.id;
        const auto incident = storage::IncidentService(t.db(), clock).create(draft, {}, people.as(people.analyst));
        QVERIFY(incident.confidential);
        storage::WorkflowService service(t.db(), clock);
        QCOMPARE(service.accessList(incident.id), QStringList{people.analyst.id});
        const auto see = [&](const core::Person& p) {
            return storage::IncidentVisibility::maySee(t.db(), test::WorkflowPeople::as(p),
                                                       storage::IncidentService(t.db(), clock).get(incident.id));
        };
        QVERIFY(see(people.analyst));
        QVERIFY(see(people.counsel));
        QVERIFY(see(people.hr));
        QVERIFY(!see(people.comms));
        QVERIFY(!see(people.outsider));
        // A role on a confidential incident brings its holder onto the access list.
        service.assignRole(incident.id, core::IncidentRole::Deputy, people.outsider.id, people.as(people.analyst));
        QVERIFY(see(people.outsider));
        service.revokeAccess(incident.id, people.outsider.id, people.as(people.analyst));
        QVERIFY(!see(people.outsider));
        service.grantAccess(incident.id, people.comms.id, people.as(people.analyst));
        QVERIFY(see(people.comms));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.grantAccess(incident.id, people.comms.id, people.as(people.analyst)));
        // The SQL condition agrees with the rule.
        const auto visibleTo = [&](const core::Person& p) {
            const auto c =
                storage::IncidentVisibility::condition(t.db(), test::WorkflowPeople::as(p), QStringLiteral("x"));
            storage::Query q(t.db().connection(),
                             QStringLiteral("SELECT count(*) FROM incidents x WHERE %1").arg(c.sql));
            c.bindTo(q);
            return q.scalar().toInt();
        };
        QCOMPARE(visibleTo(people.counsel), 1);
        QCOMPARE(visibleTo(people.comms), 1);
        QCOMPARE(visibleTo(people.outsider), 0);
        // An employee involved in a phishing case brings the insider playbook in too.
        const auto phishing = test::makeIncident(t.db(), clock, core::Category::Phishing, core::Severity::Sev3,
                                                 people.as(people.analyst));
        QVERIFY(!phishing.confidential);
        core::IncidentAttributes a;
        a.employeeInvolved = true;
        service.setAttributes(phishing.id, a, people.as(people.hr));
        QVERIFY(storage::IncidentService(t.db(), clock).get(phishing.id).confidential);
        QVERIFY(
            texts(t, phishing.id, QStringLiteral("field_change"))
                .last()
                .startsWith(QLatin1String("Marked confidential by the playbook \"Insider or employee misconduct\"")));
        QCOMPARE(service.accessList(phishing.id), QStringList{people.hr.id});
    }

    void roles_handoverIsRecordedWithTimes()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        core::Incident draft;
        draft.title = QStringLiteral("Payment fraud via spoofed supplier mail");
        draft.category = core::Category::BusinessEmailCompromise;
        draft.commanderId = people.analyst.id;
        const auto incident = storage::IncidentService(t.db(), clock).create(draft, {}, people.as(people.analyst));
        storage::WorkflowService service(t.db(), clock);
        auto roles = service.roles(incident.id);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().role, core::IncidentRole::Commander);
        QCOMPARE(roles.first().personName, people.analyst.name);
        // The commander named on the incident owns the commander's tasks before any handover.
        const auto commanderTasks = [&](const core::Person& p) {
            int n = 0;
            for (const auto& task : service.tasksOf(people.as(p))) {
                n += task.ownerRole == core::IncidentRole::Commander && task.ownerName == p.name ? 1 : 0;
            }
            return n;
        };
        QVERIFY(commanderTasks(people.analyst) > 0);
        QCOMPARE(commanderTasks(people.outsider), 0);
        clock.advanceMinutes(8 * 60);
        service.assignRole(incident.id, core::IncidentRole::Commander, people.outsider.id, people.as(people.analyst),
                           test::utcMs(2026, 3, 2, 16, 30));
        service.assignRole(incident.id, core::IncidentRole::CommunicationsLead, people.comms.id,
                           people.as(people.analyst));
        QVERIFY_THROWS_EXCEPTION(core::Error, service.assignRole(incident.id, core::IncidentRole::Commander,
                                                                 people.outsider.id, people.as(people.analyst)));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.assignRole(incident.id, core::IncidentRole::Scribe, people.comms.id,
                                                    people.as(people.analyst), clock.nowMs() + 3'600'000));
        roles = service.roles(incident.id);
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.first().personId, people.outsider.id);
        QCOMPARE(roles.first().assumedAt, test::utcMs(2026, 3, 2, 16, 30));
        QCOMPARE(storage::IncidentService(t.db(), clock).get(incident.id).commanderId, people.outsider.id);
        QCOMPARE(commanderTasks(people.analyst), 0);
        QVERIFY(commanderTasks(people.outsider) > 0);
        const auto history = service.roleHistory(incident.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().personId, people.analyst.id);
        QCOMPARE(history.first().handedOverAt, std::optional<qint64>(test::utcMs(2026, 3, 2, 16, 30)));
        const auto roleTexts = texts(t, incident.id, QStringLiteral("role_assigned"));
        QCOMPARE(roleTexts.first(), QStringLiteral("Commander: handed over from Dana Okafor to Sam Ito"));
        // Tasks owned by a role appear in the holder's list.
        const auto mine = service.tasksOf(people.as(people.comms));
        QVERIFY(std::any_of(mine.begin(), mine.end(),
                            [](const auto& task) { return task.key == QLatin1String("comms.partner_warning"); }));
        QVERIFY(std::all_of(mine.begin(), mine.end(), [&](const auto& task) {
            return task.ownerName == people.comms.name && task.incidentReference == incident.reference;
        }));
        service.releaseRole(incident.id, core::IncidentRole::CommunicationsLead, people.as(people.analyst));
        QVERIFY(service.tasksOf(people.as(people.comms)).isEmpty());
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void addTask_byHand_andAssign()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident =
            test::makeIncident(t.db(), clock, core::Category::Malware, core::Severity::Sev3, people.as(people.analyst));
        storage::WorkflowService service(t.db(), clock);
        core::Task task;
        task.title = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(core::Error, service.addTask(incident.id, task, people.as(people.analyst)));
        task.title = QStringLiteral("Check the EDR exclusions list");
        task.workstream = core::Workstream::ItOperations;
        task.dueAt = clock.nowMs() + 3'600'000;
        const auto added = service.addTask(incident.id, task, people.as(people.analyst));
        QVERIFY(added.key.startsWith(QLatin1String("manual.")));
        QCOMPARE(added.dueAt, task.dueAt);
        const auto assigned = service.assignTask(added.id.left(8), people.outsider.id, people.as(people.analyst));
        QCOMPARE(assigned.ownerName, people.outsider.name);
        QCOMPARE(service.tasksOf(people.as(people.outsider)).size(), 1);
        clock.advanceMinutes(90);
        QVERIFY(service.task(added.id).isOverdue(clock.nowMs()));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "tst_workflowservice.moc"
