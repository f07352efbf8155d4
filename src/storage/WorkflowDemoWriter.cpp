#include "storage/WorkflowDemoWriter.h"

#include "core/Clock.h"
#include "storage/AssetRepository.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"
#include "storage/DeadlineService.h"
#include "storage/DemoClock.h"
#include "storage/DemoDirectory.h"
#include "storage/IncidentService.h"
#include "storage/SettingsRepository.h"
#include "storage/WorkflowService.h"

namespace muster::storage {

namespace {

constexpr qint64 kHour = 3'600'000;

} // namespace

QStringList WorkflowDemoWriter::write(Database& db, qint64 now)
{
    const DemoDirectory directory(db);
    const auto first = [&](core::PersonFunction f, int skip = 0) -> const core::Person& {
        return directory.inFunction(f, skip);
    };
    const auto actor = &DemoDirectory::actor;
    const core::Person soc = first(core::PersonFunction::SecurityOperations, 1);
    const core::Person deputy = first(core::PersonFunction::SecurityOperations, 3);
    const core::Person scribe = first(core::PersonFunction::SecurityOperations, 5);
    const core::Person counsel = first(core::PersonFunction::Legal);
    const core::Person hr = first(core::PersonFunction::Hr);
    const core::Person comms = first(core::PersonFunction::Communications);
    const core::Person risk = first(core::PersonFunction::Risk);
    const core::Person insider = first(core::PersonFunction::InsiderRisk);
    if (SettingsRepository(db).value(QStringLiteral("organisation.name")).isEmpty()) {
        SettingsRepository(db).setValue(QStringLiteral("organisation.name"), QStringLiteral("Northwind Bank"), now);
    }

    DemoClock clock(now - 20 * kHour);
    IncidentService incidents(db, clock);
    WorkflowService workflow(db, clock);
    DeadlineService deadlines(db, clock);
    CommunicationService communications(db, clock);
    QStringList ids;

    // 1. Ransomware at a regulated bank: everything in motion.
    core::Incident r;
    r.title = QStringLiteral("Ransomware on finance file servers");
    r.summary = QStringLiteral("LockBit-style encryption of the finance shares; exfiltration of customer statements "
                               "suspected.");
    r.category = core::Category::Ransomware;
    r.severity = core::Severity::Sev1;
    r.commanderId = soc.id;
    r.detectionDetail = QStringLiteral("EDR: mass file rename");
    QStringList assets;
    for (const auto& a : AssetRepository(db).all()) {
        if (a.businessCritical && assets.isEmpty()) {
            assets.append(a.id);
        }
    }
    r = incidents.create(r, assets, actor(soc));
    ids.append(r.id);
    clock.set(now - 19 * kHour - 40 * 60'000);
    incidents.transition(r.id, core::Status::Acknowledged, actor(soc));
    workflow.assignRole(r.id, core::IncidentRole::Deputy, deputy.id, actor(soc));
    workflow.assignRole(r.id, core::IncidentRole::Scribe, scribe.id, actor(soc));
    workflow.assignRole(r.id, core::IncidentRole::CommunicationsLead, comms.id, actor(soc));
    workflow.assignRole(r.id, core::IncidentRole::LegalLead, counsel.id, actor(soc));
    workflow.assignRole(r.id, core::IncidentRole::Liaison, risk.id, actor(soc));
    workflow.setTaskStatus(r.reference + QStringLiteral("/incident.roles"), core::TaskStatus::Done, QString(),
                           actor(soc));
    clock.set(now - 19 * kHour);
    incidents.transition(r.id, core::Status::Investigating, actor(soc));
    core::IncidentAttributes attrs;
    attrs.personalData = true;
    attrs.customerFacing = true;
    attrs.sectors = {core::RegulatedSector::Financial};
    attrs.jurisdictions = {QStringLiteral("DE"), QStringLiteral("US-NY")};
    attrs.affectedIndividuals = 12'400;
    workflow.setAttributes(r.id, attrs, actor(counsel));
    clock.set(now - 18 * kHour);
    deadlines.recordEvent(r.id, core::ClockEvent::BecameAware, now - 18 * kHour - 30 * 60'000,
                          QStringLiteral("Forensics confirmed access to customer statements"), std::nullopt,
                          actor(counsel));
    clock.set(now - 17 * kHour);
    deadlines.recordEvent(r.id, core::ClockEvent::ClassifiedMajor, now - 17 * kHour,
                          QStringLiteral("DORA classification criteria met: clients, duration, data"), std::nullopt,
                          actor(counsel));
    deadlines.recordEvent(r.id, core::ClockEvent::DeterminedIncident, now - 17 * kHour, QString(), std::nullopt,
                          actor(counsel));
    for (const char* key : {"itops.isolate", "itops.evidence", "itops.backups", "incident.scope", "exec.brief",
                            "privacy.record_aware", "comms.first_update"}) {
        workflow.setTaskStatus(r.reference + QLatin1Char('/') + QLatin1String(key), core::TaskStatus::Done, QString(),
                               actor(soc));
    }
    workflow.setTaskStatus(r.reference + QStringLiteral("/ti.strain"), core::TaskStatus::InProgress, QString(),
                           actor(risk));
    workflow.setTaskStatus(r.reference + QStringLiteral("/legal.law_enforcement"), core::TaskStatus::Blocked,
                           QStringLiteral("Waiting for the case number from the cybercrime unit"), actor(counsel));
    clock.set(now - 14 * kHour);
    for (const auto& d : deadlines.ofIncident(r.id)) {
        if (d.ruleId == QLatin1String("dora_initial")) {
            deadlines.complete(d.id, now - 14 * kHour, QString(), actor(counsel));
        }
    }
    clock.set(now - 6 * kHour);
    incidents.transition(r.id, core::Status::Contained, actor(soc), QStringLiteral("Finance VLAN isolated"));
    // Communications at every stage.
    clock.set(now - 2 * kHour);
    auto update = communications.draftFromTemplate(r.id, QStringLiteral("internal_update"), actor(comms));
    update = communications.edit(update.id, update.subject,
                                 QStringLiteral("%1: %2\nStatus: Contained | Severity: SEV1\n\nWhat changed: the "
                                                "finance VLAN is isolated; no new encryption since 06:10.\n\nCurrent "
                                                "actions: restore from offline backups (IT operations); decision on "
                                                "customer notice (Legal).\n\nDecisions needed: none.\n\nNext update "
                                                "in one hour.")
                                     .arg(r.reference, r.title),
                                 QString(), actor(comms));
    communications.approve(update.id, core::ApprovalRole::Communications, actor(comms));
    communications.markSent(update.id, update.version, QStringLiteral("webhook \"#incident-room\""), actor(comms));
    clock.set(now - 90 * 60'000);
    auto customer = communications.draftFromTemplate(r.id, QStringLiteral("customer_notice"), actor(comms));
    customer = communications.edit(
        customer.id, QStringLiteral("Important information about your account statements"),
        QStringLiteral("Dear customer,\n\nOn %1 we identified a cybersecurity incident affecting the systems that "
                       "produce account statements. Some statements may have been copied by the attackers.\n\nWhat "
                       "we are doing: we isolated the affected systems and are working with forensic specialists "
                       "and the authorities.\n\nWhat you should do: be wary of messages that ask for your online "
                       "banking details. We never ask for your PIN.\n\nNorthwind Bank")
            .arg(QStringLiteral("Tuesday")),
        QStringLiteral("customers@lists.northwind.example"), actor(comms));
    communications.submitForReview(customer.id, actor(comms));
    communications.approve(customer.id, core::ApprovalRole::Communications, actor(comms));
    clock.set(now - 30 * 60'000);
    communications.draftFromTemplate(r.id, QStringLiteral("holding_statement"), actor(comms));

    // 2. A confidential insider case waiting for HR and Legal.
    clock.set(now - 30 * kHour);
    core::Incident i;
    i.title = QStringLiteral("Engineer exporting customer records before resignation");
    i.category = core::Category::Insider;
    i.severity = core::Severity::Sev2;
    i.commanderId = insider.id;
    i = incidents.create(i, {}, actor(insider));
    ids.append(i.id);
    workflow.assignRole(i.id, core::IncidentRole::HrLead, hr.id, actor(insider));
    workflow.assignRole(i.id, core::IncidentRole::LegalLead, counsel.id, actor(insider));
    clock.set(now - 26 * kHour);
    workflow.setTaskStatus(i.reference + QStringLiteral("/insider.need_to_know"), core::TaskStatus::Done, QString(),
                           actor(insider));
    workflow.setTaskStatus(i.reference + QStringLiteral("/insider.preserve"), core::TaskStatus::Done, QString(),
                           actor(insider));
    workflow.approveTask(i.reference + QStringLiteral("/hr.suspend_access"), core::ApprovalRole::Hr, actor(hr));
    workflow.commentOnTask(i.reference + QStringLiteral("/hr.suspend_access"),
                           QStringLiteral("Legal to confirm the notice period clause first."), actor(hr));

    // 3. A supplier breach whose GDPR clock has run out.
    clock.set(now - 80 * kHour);
    core::Incident s;
    s.title = QStringLiteral("Payroll provider reports a breach of its portal");
    s.category = core::Category::ThirdPartyBreach;
    s.severity = core::Severity::Sev3;
    s.commanderId = deputy.id;
    s = incidents.create(s, {}, actor(deputy));
    ids.append(s.id);
    core::IncidentAttributes payroll;
    payroll.personalData = true;
    payroll.employeeInvolved = false;
    payroll.jurisdictions = {QStringLiteral("FR")};
    workflow.setAttributes(s.id, payroll, actor(counsel));
    clock.set(now - 74 * kHour);
    deadlines.recordEvent(s.id, core::ClockEvent::BecameAware, now - 75 * kHour,
                          QStringLiteral("Supplier's notice received"), std::nullopt, actor(counsel));
    return ids;
}

} // namespace muster::storage
