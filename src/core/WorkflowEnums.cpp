#include "core/WorkflowEnums.h"

#include <array>

namespace muster::core {

namespace {

template<typename E>
constexpr EnumEntry<E> entry(E value, const char* key, const char* label)
{
    return EnumEntry<E>{value, key, label};
}

constexpr std::array roleEntries{
    entry(IncidentRole::Commander, "commander", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Commander")),
    entry(IncidentRole::Deputy, "deputy", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Deputy")),
    entry(IncidentRole::Scribe, "scribe", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Scribe")),
    entry(IncidentRole::CommunicationsLead, "communications_lead",
          QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Communications lead")),
    entry(IncidentRole::LegalLead, "legal_lead", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Legal lead")),
    entry(IncidentRole::HrLead, "hr_lead", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "HR lead")),
    entry(IncidentRole::Liaison, "liaison", QT_TRANSLATE_NOOP("muster::core::IncidentRole", "Liaison")),
};

constexpr std::array workstreamEntries{
    entry(Workstream::Legal, "legal", QT_TRANSLATE_NOOP("muster::core::Workstream", "Legal")),
    entry(Workstream::Hr, "hr", QT_TRANSLATE_NOOP("muster::core::Workstream", "HR")),
    entry(Workstream::Communications, "communications",
          QT_TRANSLATE_NOOP("muster::core::Workstream", "Communications")),
    entry(Workstream::ItOperations, "it_operations", QT_TRANSLATE_NOOP("muster::core::Workstream", "IT operations")),
    entry(Workstream::ThreatIntelligence, "threat_intelligence",
          QT_TRANSLATE_NOOP("muster::core::Workstream", "Threat intelligence")),
    entry(Workstream::Risk, "risk", QT_TRANSLATE_NOOP("muster::core::Workstream", "Risk")),
    entry(Workstream::InsiderRisk, "insider_risk", QT_TRANSLATE_NOOP("muster::core::Workstream", "Insider risk")),
    entry(Workstream::Executive, "executive", QT_TRANSLATE_NOOP("muster::core::Workstream", "Executive")),
    entry(Workstream::Security, "security", QT_TRANSLATE_NOOP("muster::core::Workstream", "Incident team")),
};

constexpr std::array taskStatusEntries{
    entry(TaskStatus::Open, "open", QT_TRANSLATE_NOOP("muster::core::TaskStatus", "Open")),
    entry(TaskStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("muster::core::TaskStatus", "In progress")),
    entry(TaskStatus::Blocked, "blocked", QT_TRANSLATE_NOOP("muster::core::TaskStatus", "Blocked")),
    entry(TaskStatus::Done, "done", QT_TRANSLATE_NOOP("muster::core::TaskStatus", "Done")),
    entry(TaskStatus::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("muster::core::TaskStatus", "Not applicable")),
};

constexpr std::array approvalRoleEntries{
    entry(ApprovalRole::Legal, "legal", QT_TRANSLATE_NOOP("muster::core::ApprovalRole", "Legal")),
    entry(ApprovalRole::Hr, "hr", QT_TRANSLATE_NOOP("muster::core::ApprovalRole", "HR")),
    entry(ApprovalRole::Communications, "communications",
          QT_TRANSLATE_NOOP("muster::core::ApprovalRole", "Communications")),
    entry(ApprovalRole::Executive, "executive", QT_TRANSLATE_NOOP("muster::core::ApprovalRole", "Executive")),
};

constexpr std::array audienceEntries{
    entry(Audience::IncidentTeam, "incident_team", QT_TRANSLATE_NOOP("muster::core::Audience", "Incident team")),
    entry(Audience::Executives, "executives", QT_TRANSLATE_NOOP("muster::core::Audience", "Executives")),
    entry(Audience::Employees, "employees", QT_TRANSLATE_NOOP("muster::core::Audience", "Employees")),
    entry(Audience::Customers, "customers", QT_TRANSLATE_NOOP("muster::core::Audience", "Customers")),
    entry(Audience::Partners, "partners", QT_TRANSLATE_NOOP("muster::core::Audience", "Partners and suppliers")),
    entry(Audience::Regulator, "regulator", QT_TRANSLATE_NOOP("muster::core::Audience", "Regulator")),
    entry(Audience::DataSubjects, "data_subjects", QT_TRANSLATE_NOOP("muster::core::Audience", "Affected individuals")),
    entry(Audience::Press, "press", QT_TRANSLATE_NOOP("muster::core::Audience", "Press")),
};

constexpr std::array channelEntries{
    entry(Channel::Webhook, "webhook", QT_TRANSLATE_NOOP("muster::core::Channel", "Chat webhook")),
    entry(Channel::Email, "email", QT_TRANSLATE_NOOP("muster::core::Channel", "E-mail (.eml)")),
    entry(Channel::Manual, "manual", QT_TRANSLATE_NOOP("muster::core::Channel", "Outside Muster")),
};

constexpr std::array communicationStatusEntries{
    entry(CommunicationStatus::Draft, "draft", QT_TRANSLATE_NOOP("muster::core::CommunicationStatus", "Draft")),
    entry(CommunicationStatus::InReview, "in_review",
          QT_TRANSLATE_NOOP("muster::core::CommunicationStatus", "In review")),
    entry(CommunicationStatus::Approved, "approved",
          QT_TRANSLATE_NOOP("muster::core::CommunicationStatus", "Approved")),
    entry(CommunicationStatus::Sent, "sent", QT_TRANSLATE_NOOP("muster::core::CommunicationStatus", "Sent")),
};

constexpr std::array clockEventEntries{
    entry(ClockEvent::BecameAware, "became_aware", QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Became aware")),
    entry(ClockEvent::DeterminedIncident, "determined_incident",
          QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Determined a cybersecurity incident occurred")),
    entry(ClockEvent::DeterminedMaterial, "determined_material",
          QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Determined material")),
    entry(ClockEvent::ClassifiedMajor, "classified_major",
          QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Classified as major")),
    entry(ClockEvent::Discovered, "discovered", QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Breach discovered")),
    entry(ClockEvent::ExtortionPaid, "extortion_paid",
          QT_TRANSLATE_NOOP("muster::core::ClockEvent", "Extortion payment made")),
};

constexpr std::array deadlineStatusEntries{
    entry(DeadlineStatus::Pending, "pending", QT_TRANSLATE_NOOP("muster::core::DeadlineStatus", "Pending")),
    entry(DeadlineStatus::Met, "met", QT_TRANSLATE_NOOP("muster::core::DeadlineStatus", "Met")),
    entry(DeadlineStatus::Missed, "missed", QT_TRANSLATE_NOOP("muster::core::DeadlineStatus", "Missed")),
    entry(DeadlineStatus::Waived, "waived", QT_TRANSLATE_NOOP("muster::core::DeadlineStatus", "Waived")),
};

constexpr std::array sectorEntries{
    entry(RegulatedSector::Financial, "financial",
          QT_TRANSLATE_NOOP("muster::core::RegulatedSector", "Financial services")),
    entry(RegulatedSector::Health, "health", QT_TRANSLATE_NOOP("muster::core::RegulatedSector", "Health care (HIPAA)")),
    entry(RegulatedSector::Nis2Entity, "nis2",
          QT_TRANSLATE_NOOP("muster::core::RegulatedSector", "Essential or important entity (NIS2)")),
    entry(RegulatedSector::SecRegistrant, "sec_registrant",
          QT_TRANSLATE_NOOP("muster::core::RegulatedSector", "SEC registrant (listed company)")),
};

} // namespace

const EnumTable<IncidentRole>& incidentRoles()
{
    static const EnumTable<IncidentRole> table("muster::core::IncidentRole", roleEntries);
    return table;
}

const EnumTable<Workstream>& workstreams()
{
    static const EnumTable<Workstream> table("muster::core::Workstream", workstreamEntries);
    return table;
}

const EnumTable<TaskStatus>& taskStatuses()
{
    static const EnumTable<TaskStatus> table("muster::core::TaskStatus", taskStatusEntries);
    return table;
}

const EnumTable<ApprovalRole>& approvalRoles()
{
    static const EnumTable<ApprovalRole> table("muster::core::ApprovalRole", approvalRoleEntries);
    return table;
}

const EnumTable<Audience>& audiences()
{
    static const EnumTable<Audience> table("muster::core::Audience", audienceEntries);
    return table;
}

const EnumTable<Channel>& channels()
{
    static const EnumTable<Channel> table("muster::core::Channel", channelEntries);
    return table;
}

const EnumTable<CommunicationStatus>& communicationStatuses()
{
    static const EnumTable<CommunicationStatus> table("muster::core::CommunicationStatus", communicationStatusEntries);
    return table;
}

const EnumTable<ClockEvent>& clockEvents()
{
    static const EnumTable<ClockEvent> table("muster::core::ClockEvent", clockEventEntries);
    return table;
}

const EnumTable<DeadlineStatus>& deadlineStatuses()
{
    static const EnumTable<DeadlineStatus> table("muster::core::DeadlineStatus", deadlineStatusEntries);
    return table;
}

const EnumTable<RegulatedSector>& regulatedSectors()
{
    static const EnumTable<RegulatedSector> table("muster::core::RegulatedSector", sectorEntries);
    return table;
}

bool isExternal(Audience audience)
{
    switch (audience) {
    case Audience::IncidentTeam:
    case Audience::Executives:
    case Audience::Employees:
        return false;
    case Audience::Customers:
    case Audience::Partners:
    case Audience::Regulator:
    case Audience::DataSubjects:
    case Audience::Press:
        return true;
    }
    return true;
}

bool isFinished(TaskStatus status)
{
    return status == TaskStatus::Done || status == TaskStatus::NotApplicable;
}

} // namespace muster::core
