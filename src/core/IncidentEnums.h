#pragma once

#include "core/EnumTable.h"

namespace muster::core {

enum class Severity
{
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
    Sev4 = 4,
};

enum class Status
{
    New,
    Acknowledged,
    Investigating,
    Contained,
    Remediated,
    Closed,
    Reopened,
    FalsePositive,
};

enum class Tier
{
    Tier1 = 1,
    Tier2 = 2,
    Tier3 = 3,
};

enum class Category
{
    Phishing,
    Malware,
    Ransomware,
    BusinessEmailCompromise,
    AccountCompromise,
    Insider,
    DataExposure,
    DenialOfService,
    VulnerabilityExploitation,
    CloudMisconfiguration,
    LostOrStolenDevice,
    ThirdPartyBreach,
    Other,
};

enum class DetectionSource
{
    Tool, // a detection tool or alert rule, named in the detail
    ThreatHunt,
    UserReport,
    ThirdParty,
    Exercise,
};

const EnumTable<Severity>& severities();
const EnumTable<Status>& statuses();
const EnumTable<Tier>& tiers();
const EnumTable<Category>& categories();
const EnumTable<DetectionSource>& detectionSources();

// The written definition of each severity, shown in the UI next to the choice.
QString severityDefinition(Severity severity);
// The written description of each SOC tier.
QString tierDescription(Tier tier);

inline int toInt(Severity s)
{
    return static_cast<int>(s);
}
inline int toInt(Tier t)
{
    return static_cast<int>(t);
}
std::optional<Severity> severityFromInt(int value);
std::optional<Tier> tierFromInt(int value);

} // namespace muster::core
