#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "core/Error.h"
#include "storage/DeadlineService.h"
#include "storage/IncidentAttributesRepository.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"
#include "storage/WorkflowSettings.h"

#include <QTest>

using namespace muster;
using core::ClockEvent;
using core::DeadlineStatus;

class TestDeadlineService : public QObject
{
    Q_OBJECT

private:
    static int count(test::TempDatabase& t, const char* table)
    {
        return storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .scalar()
            .toInt();
    }

    static void euPersonalData(test::TempDatabase& t, const QString& incidentId, bool nis2 = false)
    {
        core::IncidentAttributes a;
        a.personalData = true;
        a.jurisdictions = {QStringLiteral("DE")};
        if (nis2) {
            a.sectors = {core::RegulatedSector::Nis2Entity};
        }
        storage::IncidentAttributesRepository(t.db()).save(incidentId, a, 0);
    }

private slots:
    void becameAware_startsApplicableClocks_onTheTimeline()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 12));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                                 people.as(people.analyst));
        euPersonalData(t, incident.id, true);
        storage::DeadlineService service(t.db(), clock);
        const auto r = service.recordEvent(incident.reference, ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 9),
                                           QString(), {}, people.as(people.counsel));
        QStringList rules;
        for (const auto& d : r.started) {
            rules.append(d.ruleId);
        }
        rules.sort();
        // DORA runs from awareness too, but the incident is not in the financial sector.
        QCOMPARE(rules, (QStringList{QStringLiteral("gdpr_art33"), QStringLiteral("nis2_early_warning"),
                                     QStringLiteral("nis2_notification")}));
        const auto deadlines = service.ofIncident(incident.id);
        QCOMPARE(deadlines.size(), 3);
        QCOMPARE(deadlines.first().ruleId, QStringLiteral("nis2_early_warning"));
        QCOMPARE(deadlines.first().dueAt, test::utcMs(2026, 3, 3, 9));
        const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
        QStringList kinds;
        for (const auto& e : entries) {
            kinds.append(e.kind);
        }
        QCOMPARE(kinds.count(QStringLiteral("clock_event")), 1);
        QCOMPARE(kinds.count(QStringLiteral("deadline_started")), 3);
        const auto aware = std::find_if(entries.begin(), entries.end(),
                                        [](const auto& e) { return e.kind == QLatin1String("clock_event"); });
        QCOMPARE(aware->occurredAt, test::utcMs(2026, 3, 2, 9));
        QCOMPARE(aware->actorName, people.counsel.name);
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void noApplicableRule_startsNothing_explicitRuleStarts()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 11, 20, 18));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::Ransomware, core::Severity::Sev1,
                                                 people.as(people.analyst));
        storage::DeadlineService service(t.db(), clock);
        auto r = service.recordEvent(incident.id, ClockEvent::DeterminedMaterial, test::utcMs(2026, 11, 20, 16),
                                     QString(), {}, people.as(people.counsel));
        QVERIFY(r.started.isEmpty());
        const int deadlinesBefore = count(t, "deadlines");
        const int entriesBefore = count(t, "timeline_entries");
        // A rule that does not run from this event is refused; nothing changes.
        QVERIFY_THROWS_EXCEPTION(core::Error, service.recordEvent(incident.id, ClockEvent::DeterminedMaterial,
                                                                  test::utcMs(2026, 11, 20, 16), QStringLiteral("x"),
                                                                  QStringList{QStringLiteral("gdpr_art33")},
                                                                  people.as(people.counsel)));
        QCOMPARE(count(t, "deadlines"), deadlinesBefore);
        QCOMPARE(count(t, "timeline_entries"), entriesBefore);
        r = service.recordEvent(incident.id, ClockEvent::DeterminedMaterial, test::utcMs(2026, 11, 20, 16),
                                QStringLiteral("Disclosure committee decision"),
                                QStringList{QStringLiteral("sec_8k_105")}, people.as(people.counsel));
        QCOMPARE(r.started.size(), 1);
        // Fri 20 Nov 2026 11:00 EST -> Fri 27 Nov 17:30 EST (Thanksgiving on the 26th).
        QCOMPARE(r.started.first().dueAt, test::utcMs(2026, 11, 27, 22, 30));
    }

    void correction_needsNote_andMovesPendingDeadline()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 12));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                                 people.as(people.analyst));
        euPersonalData(t, incident.id);
        storage::DeadlineService service(t.db(), clock);
        service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 9), QString(), {},
                            people.as(people.counsel));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 1, 22),
                                                     QString(), {}, people.as(people.counsel)));
        const auto r = service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 1, 22),
                                           QStringLiteral("The first alert was already conclusive"), {},
                                           people.as(people.counsel));
        QVERIFY(r.started.isEmpty());
        QCOMPARE(r.moved.size(), 1);
        QCOMPARE(service.ofIncident(incident.id).first().dueAt, test::utcMs(2026, 3, 4, 22));
        QCOMPARE(count(t, "clock_events"), 1);
        const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
        QVERIFY(entries.last().text.startsWith(QLatin1String("Deadline moved")));
    }

    void notificationMet_startsFinalReportOneMonthLater()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 1, 29, 8));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DenialOfService, core::Severity::Sev1,
                                                 people.as(people.analyst));
        core::IncidentAttributes a;
        a.sectors = {core::RegulatedSector::Nis2Entity};
        a.jurisdictions = {QStringLiteral("EU")};
        storage::IncidentAttributesRepository(t.db()).save(incident.id, a, 0);
        storage::WorkflowSettings(t.db()).setCalendar(QStringLiteral("Europe/Berlin"), QStringLiteral("none"),
                                                      QString(), QString(), 0);
        storage::DeadlineService service(t.db(), clock);
        service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 1, 29, 7), QString(), {},
                            people.as(people.counsel));
        const auto running = service.ofIncident(incident.id);
        const auto notification = *std::find_if(running.begin(), running.end(), [](const auto& d) {
            return d.ruleId == QLatin1String("nis2_notification");
        });
        clock.set(test::utcMs(2026, 1, 31, 11));
        const auto met = service.complete(notification.id.left(8), test::utcMs(2026, 1, 31, 11), QString(),
                                          people.as(people.counsel));
        QCOMPARE(met.status, DeadlineStatus::Met);
        const auto all = service.ofIncident(incident.id);
        const auto final = std::find_if(all.begin(), all.end(),
                                        [](const auto& d) { return d.ruleId == QLatin1String("nis2_final_report"); });
        QVERIFY(final != all.end());
        // 31 January 12:00 Berlin + one month = 28 February 12:00 Berlin.
        QCOMPARE(final->dueAt, test::utcMs(2026, 2, 28, 11));
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void lateNotification_needsReasons_andIsMissed()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 6, 9));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                                 people.as(people.analyst));
        euPersonalData(t, incident.id);
        storage::DeadlineService service(t.db(), clock);
        // A late start: awareness is recorded days after it happened.
        const auto r = service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 1, 9), QString(),
                                           {}, people.as(people.counsel));
        const auto id = r.started.first().id;
        QVERIFY(service.get(id).isOverdue(clock.nowMs()));
        const int entries = count(t, "timeline_entries");
        try {
            service.complete(id, clock.nowMs(), QString(), people.as(people.counsel));
            QFAIL("late notification without reasons accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("Reasons for delay")));
        }
        QCOMPARE(count(t, "timeline_entries"), entries);
        QCOMPARE(service.get(id).status, DeadlineStatus::Pending);
        const auto d = service.complete(id, clock.nowMs(), QStringLiteral("Forensic scope unknown until 5 March"),
                                        people.as(people.counsel));
        QCOMPARE(d.status, DeadlineStatus::Missed);
        QCOMPARE(service.get(id).reason, QStringLiteral("Forensic scope unknown until 5 March"));
        QVERIFY(service.upcoming(people.as(people.counsel)).isEmpty());
    }

    void waive_needsReason()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 12));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev3,
                                                 people.as(people.analyst));
        euPersonalData(t, incident.id);
        storage::DeadlineService service(t.db(), clock);
        const auto id = service
                            .recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 9), QString(),
                                         {}, people.as(people.counsel))
                            .started.first()
                            .id;
        QVERIFY_THROWS_EXCEPTION(core::Error, service.waive(id, QString(), people.as(people.counsel)));
        QCOMPARE(service.waive(id, QStringLiteral("Encrypted laptop; key not compromised"), people.as(people.counsel))
                     .status,
                 DeadlineStatus::Waived);
    }

    void upcoming_hidesConfidentialIncidentsFromOutsiders()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 12));
        auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                           people.as(people.analyst));
        euPersonalData(t, incident.id);
        storage::IncidentService incidents(t.db(), clock);
        storage::IncidentService::Details details;
        details.confidential = true;
        incidents.updateDetails(incident.id, details, people.as(people.analyst));
        storage::Query(t.db().connection(),
                       QStringLiteral("INSERT INTO incident_access (id, incident_id, person_id, added_at, updated_at) "
                                      "VALUES ('a1', :incident, :person, 0, 0)"))
            .bind(QStringLiteral(":incident"), incident.id)
            .bind(QStringLiteral(":person"), people.analyst.id)
            .exec();
        storage::DeadlineService service(t.db(), clock);
        service.recordEvent(incident.id, ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 9), QString(), {},
                            people.as(people.counsel));
        QCOMPARE(service.upcoming(people.as(people.counsel)).size(), 1); // Legal sees all
        QCOMPARE(service.upcoming(people.as(people.hr)).size(), 1);      // and HR
        QCOMPARE(service.upcoming(people.as(people.analyst)).size(), 1); // on the access list
        QCOMPARE(service.upcoming(people.as(people.outsider)).size(), 0);
        QCOMPARE(service.upcoming(core::Actor{QString(), QStringLiteral("login")}).size(), 0);
        storage::DeadlineRepository::Filter f;
        f.incidentId = incident.reference;
        QVERIFY_THROWS_EXCEPTION(core::Error, service.list(people.as(people.outsider), f));
        // Due within a window.
        QCOMPARE(service.upcoming(people.as(people.counsel), clock.nowMs() + 3'600'000).size(), 0);
        QCOMPARE(service.upcoming(people.as(people.counsel), clock.nowMs() + 72 * 3'600'000LL).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineService)
#include "tst_deadlineservice.moc"
