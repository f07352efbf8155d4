#pragma once

#include "core/EnumTable.h"

namespace muster::core {

// The roles people hold in an incident. One holder per role at a time; a handover ends
// the previous holder's term.
enum class IncidentRole
{
    Commander,
    Deputy,
    Scribe,
    CommunicationsLead,
    LegalLead,
    HrLead,
    Liaison,
};

// The stakeholder workstreams a playbook organises its tasks in.
enum class Workstream
{
    Legal,
    Hr,
    Communications,
    ItOperations,
    ThreatIntelligence,
    Risk,
    InsiderRisk,
    Executive,
    Security, // the incident team itself (baseline coordination)
};

enum class TaskStatus
{
    Open,
    InProgress,
    Blocked,
    Done,
    NotApplicable,
};

// Who must approve something before it may go ahead.
enum class ApprovalRole
{
    Legal,
    Hr,
    Communications,
    Executive,
};

// Who a communication is for. Audiences outside the organisation are "external".
enum class Audience
{
    IncidentTeam,
    Executives,
    Employees,
    Customers,
    Partners,
    Regulator,
    DataSubjects,
    Press,
};

enum class Channel
{
    Webhook, // Slack, Microsoft Teams or Mattermost incoming webhook
    Email,   // exported as an .eml file for any mail client
    Manual,  // sent outside Muster (portal, phone, letter) and recorded here
};

enum class CommunicationStatus
{
    Draft,
    InReview,
    Approved,
    Sent,
};

// The events a person records that start regulatory clocks.
enum class ClockEvent
{
    BecameAware,
    DeterminedIncident,
    DeterminedMaterial,
    ClassifiedMajor,
    Discovered,
    ExtortionPaid,
};

enum class DeadlineStatus
{
    Pending,
    Met,
    Missed,
    Waived,
};

// Regulated sectors that decide which regulatory clocks apply.
enum class RegulatedSector
{
    Financial,     // banks, insurers, investment firms (DORA, NYDFS)
    Health,        // HIPAA covered entities and business associates
    Nis2Entity,    // essential or important entity under NIS2
    SecRegistrant, // company filing reports with the US SEC
};

const EnumTable<IncidentRole>& incidentRoles();
const EnumTable<Workstream>& workstreams();
const EnumTable<TaskStatus>& taskStatuses();
const EnumTable<ApprovalRole>& approvalRoles();
const EnumTable<Audience>& audiences();
const EnumTable<Channel>& channels();
const EnumTable<CommunicationStatus>& communicationStatuses();
const EnumTable<ClockEvent>& clockEvents();
const EnumTable<DeadlineStatus>& deadlineStatuses();
const EnumTable<RegulatedSector>& regulatedSectors();

// Audiences outside the organisation; what is said to them needs legal approval.
bool isExternal(Audience audience);
// A task in one of these states needs no more work.
bool isFinished(TaskStatus status);

} // namespace muster::core
