#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "core/Error.h"
#include "storage/CommunicationService.h"
#include "storage/DeadlineService.h"
#include "storage/IncidentService.h"
#include "storage/SettingsRepository.h"
#include "storage/TimelineRepository.h"
#include "storage/WorkflowService.h"
#include "storage/WorkflowSettings.h"

#include <QTest>

using namespace muster;
using core::CommunicationStatus;

class TestCommunications : public QObject
{
    Q_OBJECT

private:
    static QString refusal(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const core::Error& e) {
            return e.message();
        }
        return QString();
    }

    static QStringList texts(test::TempDatabase& t, const QString& incidentId, const QString& kind)
    {
        return test::timelineTexts(t.db(), incidentId, kind);
    }

private slots:
    void template_fillsPlaceholders_andLeavesFillIns()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        storage::SettingsRepository(t.db()).setValue(QStringLiteral("organisation.name"), QStringLiteral("Northwind"),
                                                     0);
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                                 people.as(people.analyst), QStringLiteral("Exposed customer bucket"));
        storage::WorkflowService(t.db(), clock)
            .assignRole(incident.id, core::IncidentRole::LegalLead, people.counsel.id, people.as(people.analyst));
        storage::CommunicationService service(t.db(), clock);
        const auto c = service.draftFromTemplate(incident.id, QStringLiteral("regulator_notification"),
                                                 people.as(people.counsel), QLocale(QLocale::English));
        QCOMPARE(c.audience, core::Audience::Regulator);
        QCOMPARE(
            c.subject,
            QStringLiteral("Notification of a security incident: Northwind, reference %1").arg(incident.reference));
        QVERIFY(c.body.contains(QLatin1String("Contact: Priya Raman.")));
        QVERIFY(c.body.contains(QLatin1String("[[when the organisation became aware]]")));
        QVERIFY(!c.body.contains(QLatin1String("{{")));
        // German, where translated.
        const auto de = service.draftFromTemplate(incident.id, QStringLiteral("regulator_notification"),
                                                  people.as(people.counsel), QLocale(QLocale::German));
        QVERIFY(de.subject.startsWith(QLatin1String("Meldung eines Sicherheitsvorfalls: Northwind")));
        QVERIFY_THROWS_EXCEPTION(
            core::Error, service.draftFromTemplate(incident.id, QStringLiteral("tweet"), people.as(people.counsel)));
        // Once awareness is recorded, the template knows it.
        storage::DeadlineService(t.db(), clock)
            .recordEvent(incident.id, core::ClockEvent::BecameAware, test::utcMs(2026, 3, 2, 8), QString(), {},
                         people.as(people.counsel));
        QVERIFY(!service.placeholderValues(incident.id)
                     .value(QStringLiteral("became_aware"))
                     .startsWith(QLatin1String("[[")));
        // Fill-ins block the review.
        QVERIFY(refusal([&] {
                    service.submitForReview(c.id, people.as(people.counsel));
                }).contains(QLatin1String("still has parts to fill in: [[")));
    }

    void externalNotice_needsLegalApprovalOfExactText_editVoidsIt()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident = test::makeIncident(t.db(), clock, core::Category::DataExposure, core::Severity::Sev2,
                                                 people.as(people.analyst));
        storage::CommunicationService service(t.db(), clock);
        core::Communication draft;
        draft.audience = core::Audience::Customers;
        draft.channel = core::Channel::Email;
        draft.subject = QStringLiteral("Service notice");
        draft.body = QStringLiteral("We found unauthorised access to order records.");
        draft.recipients = QStringLiteral("customers@example.com");
        auto c = service.draft(incident.id, draft, people.as(people.comms));
        QCOMPARE(c.version, 1);
        c = service.submitForReview(c.id, people.as(people.comms));
        QCOMPARE(c.status, CommunicationStatus::InReview);
        // Who may approve what.
        QVERIFY(refusal([&] {
                    service.approve(c.id, core::ApprovalRole::Legal, people.as(people.analyst));
                }).contains(QLatin1String("cannot approve for Legal")));
        QVERIFY(refusal([&] {
                    service.approve(c.id, core::ApprovalRole::Hr, people.as(people.hr));
                }).contains(QLatin1String("needs the approval of Legal and Communications, not HR")));
        c = service.approve(c.id, core::ApprovalRole::Communications, people.as(people.comms));
        QCOMPARE(c.status, CommunicationStatus::InReview);
        QString message = refusal([&] { service.checkSendable(c.id); });
        QVERIFY2(message.contains(QLatin1String("cannot be sent until Legal has approved this exact text (version 1)")),
                 qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.markSent(c.id, 1, QStringLiteral("post"), people.as(people.comms)));
        c = service.approve(c.id, core::ApprovalRole::Legal, people.as(people.counsel));
        QCOMPARE(c.status, CommunicationStatus::Approved);
        service.checkSendable(c.id);
        // An edit after approval makes version 2 and voids the approvals.
        c = service.edit(c.id, c.subject, c.body + QStringLiteral(" Passwords were not affected."), c.recipients,
                         people.as(people.comms));
        QCOMPARE(c.version, 2);
        QCOMPARE(c.status, CommunicationStatus::Draft);
        QCOMPARE(service.missingApprovals(c).size(), 2);
        message = refusal([&] { service.checkSendable(c.id); });
        QVERIFY2(message.contains(QLatin1String("(version 2)")), qPrintable(message));
        QVERIFY(texts(t, incident.id, QStringLiteral("communication_edited"))
                    .last()
                    .contains(QLatin1String("the approval of version 1 by Communications (Lea Novak), Legal (Priya "
                                            "Raman) no longer applies")));
        // Approve version 2, then a stale send of version 1 is refused; version 2 goes.
        service.approve(c.id, core::ApprovalRole::Legal, people.as(people.counsel));
        c = service.approve(c.id, core::ApprovalRole::Communications, people.as(people.comms));
        QCOMPARE(c.status, CommunicationStatus::Approved);
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.markSent(c.id, 1, QStringLiteral("post"), people.as(people.comms)));
        c = service.markSent(c.id, 2, QStringLiteral("e-mail file notice.eml"), people.as(people.comms));
        QCOMPARE(c.status, CommunicationStatus::Sent);
        const QString sent = texts(t, incident.id, QStringLiteral("communication_sent")).last();
        QVERIFY(sent.contains(QLatin1String("Passwords were not affected.")));
        QVERIFY(sent.startsWith(QLatin1String("Sent to Customers via e-mail file notice.eml (version 2)")));
        QVERIFY_THROWS_EXCEPTION(core::Error, service.edit(c.id, QStringLiteral("x"), QStringLiteral("y"), QString(),
                                                           people.as(people.comms)));
        QCOMPARE(service.versions(c.id).size(), 2);
        QCOMPARE(service.versions(c.id).first().body, draft.body);
        QCOMPARE(service.approvals(c.id).size(), 4);
        QCOMPARE(texts(t, incident.id, QStringLiteral("approval")).size(), 4);
        QVERIFY(storage::IncidentService(t.db(), clock).verify(incident.id).ok);
    }

    void internalUpdate_commsLeadRoleMayApprove()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident =
            test::makeIncident(t.db(), clock, core::Category::Malware, core::Severity::Sev1, people.as(people.analyst));
        storage::CommunicationService service(t.db(), clock);
        core::Communication draft;
        draft.audience = core::Audience::IncidentTeam;
        draft.channel = core::Channel::Webhook;
        draft.subject = QStringLiteral("Update 1");
        draft.body = QStringLiteral("Contained.");
        const auto c = service.draft(incident.id, draft, people.as(people.analyst));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 service.approve(c.id, core::ApprovalRole::Communications, people.as(people.outsider)));
        storage::WorkflowService(t.db(), clock)
            .assignRole(incident.id, core::IncidentRole::CommunicationsLead, people.outsider.id,
                        people.as(people.analyst));
        QCOMPARE(service.approve(c.id, core::ApprovalRole::Communications, people.as(people.outsider)).status,
                 CommunicationStatus::Approved);
    }

    void cadence_followsSeverityAndLastUpdate()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        test::FixedClock clock(test::utcMs(2026, 3, 2, 9));
        const auto incident =
            test::makeIncident(t.db(), clock, core::Category::Malware, core::Severity::Sev1, people.as(people.analyst));
        storage::CommunicationService service(t.db(), clock);
        auto cadence = service.cadence(incident.id);
        QCOMPARE(cadence.intervalMinutes, 60);
        QCOMPARE(cadence.nextDue, std::optional<qint64>(test::utcMs(2026, 3, 2, 10)));
        core::Communication draft;
        draft.audience = core::Audience::Executives;
        draft.channel = core::Channel::Email;
        draft.subject = QStringLiteral("Brief");
        draft.body = QStringLiteral("Status.");
        auto c = service.draft(incident.id, draft, people.as(people.analyst));
        service.approve(c.id, core::ApprovalRole::Communications, people.as(people.comms));
        clock.set(test::utcMs(2026, 3, 2, 10, 20));
        service.markSent(c.id, 1, QStringLiteral("e-mail"), people.as(people.comms));
        cadence = service.cadence(incident.id);
        QCOMPARE(cadence.lastUpdate, std::optional<qint64>(test::utcMs(2026, 3, 2, 10, 20)));
        QCOMPARE(cadence.nextDue, std::optional<qint64>(test::utcMs(2026, 3, 2, 11, 20)));
        // Configurable: SEV1 every 30 minutes.
        core::StatusCadence custom;
        custom.minutes[core::Severity::Sev1] = 30;
        storage::WorkflowSettings(t.db()).setCadence(custom, 0);
        QCOMPARE(service.cadence(incident.id).nextDue, std::optional<qint64>(test::utcMs(2026, 3, 2, 10, 50)));
        // A closed incident needs no more updates.
        storage::IncidentService incidents(t.db(), clock);
        incidents.transition(incident.id, core::Status::FalsePositive, people.as(people.analyst));
        QVERIFY(!service.cadence(incident.id).nextDue);
    }
};

QTEST_GUILESS_MAIN(TestCommunications)
#include "tst_communications.moc"
