#include "core/IncidentEnums.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array severityEntries{
    EnumEntry<Severity>{Severity::Sev1, "sev1", QT_TRANSLATE_NOOP("muster::core::Severity", "SEV1")},
    EnumEntry<Severity>{Severity::Sev2, "sev2", QT_TRANSLATE_NOOP("muster::core::Severity", "SEV2")},
    EnumEntry<Severity>{Severity::Sev3, "sev3", QT_TRANSLATE_NOOP("muster::core::Severity", "SEV3")},
    EnumEntry<Severity>{Severity::Sev4, "sev4", QT_TRANSLATE_NOOP("muster::core::Severity", "SEV4")},
};

constexpr std::array statusEntries{
    EnumEntry<Status>{Status::New, "new", QT_TRANSLATE_NOOP("muster::core::Status", "New")},
    EnumEntry<Status>{Status::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("muster::core::Status", "Acknowledged")},
    EnumEntry<Status>{Status::Investigating, "investigating",
                      QT_TRANSLATE_NOOP("muster::core::Status", "Investigating")},
    EnumEntry<Status>{Status::Contained, "contained", QT_TRANSLATE_NOOP("muster::core::Status", "Contained")},
    EnumEntry<Status>{Status::Remediated, "remediated", QT_TRANSLATE_NOOP("muster::core::Status", "Remediated")},
    EnumEntry<Status>{Status::Closed, "closed", QT_TRANSLATE_NOOP("muster::core::Status", "Closed")},
    EnumEntry<Status>{Status::Reopened, "reopened", QT_TRANSLATE_NOOP("muster::core::Status", "Reopened")},
    EnumEntry<Status>{Status::FalsePositive, "false_positive",
                      QT_TRANSLATE_NOOP("muster::core::Status", "False positive")},
};

constexpr std::array tierEntries{
    EnumEntry<Tier>{Tier::Tier1, "tier1", QT_TRANSLATE_NOOP("muster::core::Tier", "Tier 1")},
    EnumEntry<Tier>{Tier::Tier2, "tier2", QT_TRANSLATE_NOOP("muster::core::Tier", "Tier 2")},
    EnumEntry<Tier>{Tier::Tier3, "tier3", QT_TRANSLATE_NOOP("muster::core::Tier", "Tier 3")},
};

constexpr std::array categoryEntries{
    EnumEntry<Category>{Category::Phishing, "phishing", QT_TRANSLATE_NOOP("muster::core::Category", "Phishing")},
    EnumEntry<Category>{Category::Malware, "malware", QT_TRANSLATE_NOOP("muster::core::Category", "Malware")},
    EnumEntry<Category>{Category::Ransomware, "ransomware", QT_TRANSLATE_NOOP("muster::core::Category", "Ransomware")},
    EnumEntry<Category>{Category::BusinessEmailCompromise, "bec",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Business email compromise")},
    EnumEntry<Category>{Category::AccountCompromise, "account_compromise",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Account compromise")},
    EnumEntry<Category>{Category::Insider, "insider", QT_TRANSLATE_NOOP("muster::core::Category", "Insider")},
    EnumEntry<Category>{Category::DataExposure, "data_exposure",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Data exposure")},
    EnumEntry<Category>{Category::DenialOfService, "denial_of_service",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Denial of service")},
    EnumEntry<Category>{Category::VulnerabilityExploitation, "vulnerability_exploitation",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Vulnerability exploitation")},
    EnumEntry<Category>{Category::CloudMisconfiguration, "cloud_misconfiguration",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Cloud misconfiguration")},
    EnumEntry<Category>{Category::LostOrStolenDevice, "lost_device",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Lost or stolen device")},
    EnumEntry<Category>{Category::ThirdPartyBreach, "third_party_breach",
                        QT_TRANSLATE_NOOP("muster::core::Category", "Third-party breach")},
    EnumEntry<Category>{Category::Other, "other", QT_TRANSLATE_NOOP("muster::core::Category", "Other")},
};

constexpr std::array detectionEntries{
    EnumEntry<DetectionSource>{DetectionSource::Tool, "tool",
                               QT_TRANSLATE_NOOP("muster::core::DetectionSource", "Detection tool or alert")},
    EnumEntry<DetectionSource>{DetectionSource::ThreatHunt, "threat_hunt",
                               QT_TRANSLATE_NOOP("muster::core::DetectionSource", "Threat hunt")},
    EnumEntry<DetectionSource>{DetectionSource::UserReport, "user_report",
                               QT_TRANSLATE_NOOP("muster::core::DetectionSource", "User report")},
    EnumEntry<DetectionSource>{DetectionSource::ThirdParty, "third_party",
                               QT_TRANSLATE_NOOP("muster::core::DetectionSource", "Third party")},
    EnumEntry<DetectionSource>{DetectionSource::Exercise, "exercise",
                               QT_TRANSLATE_NOOP("muster::core::DetectionSource", "Exercise")},
};

} // namespace

const EnumTable<Severity>& severities()
{
    static const EnumTable<Severity> table("muster::core::Severity", severityEntries);
    return table;
}

const EnumTable<Status>& statuses()
{
    static const EnumTable<Status> table("muster::core::Status", statusEntries);
    return table;
}

const EnumTable<Tier>& tiers()
{
    static const EnumTable<Tier> table("muster::core::Tier", tierEntries);
    return table;
}

const EnumTable<Category>& categories()
{
    static const EnumTable<Category> table("muster::core::Category", categoryEntries);
    return table;
}

const EnumTable<DetectionSource>& detectionSources()
{
    static const EnumTable<DetectionSource> table("muster::core::DetectionSource", detectionEntries);
    return table;
}

QString severityDefinition(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QCoreApplication::translate(
            "muster::core::Severity",
            "Critical: confirmed compromise of business-critical systems or regulated data, active "
            "attacker, or an outage of a core business service. Major-incident response, executives "
            "informed at once.");
    case Severity::Sev2:
        return QCoreApplication::translate(
            "muster::core::Severity",
            "High: confirmed compromise with limited scope, or a credible threat to critical systems "
            "or sensitive data. Dedicated responders and stakeholders engaged the same day.");
    case Severity::Sev3:
        return QCoreApplication::translate(
            "muster::core::Severity",
            "Medium: suspicious or malicious activity contained to a few users or hosts, no sign of "
            "data loss. Handled by the SOC within business hours.");
    case Severity::Sev4:
        return QCoreApplication::translate(
            "muster::core::Severity",
            "Low: policy violation, blocked attempt or minor event with negligible impact. Handled in "
            "the normal queue.");
    }
    return {};
}

QString tierDescription(Tier tier)
{
    switch (tier) {
    case Tier::Tier1:
        return QCoreApplication::translate("muster::core::Tier", "Tier 1: triage of incoming alerts");
    case Tier::Tier2:
        return QCoreApplication::translate(
            "muster::core::Tier",
            "Tier 2: investigation and correlation, and anything touching business-critical systems");
    case Tier::Tier3:
        return QCoreApplication::translate("muster::core::Tier",
                                           "Tier 3: threat hunting and escalation point for major incidents");
    }
    return {};
}

std::optional<Severity> severityFromInt(int value)
{
    if (value >= 1 && value <= 4) {
        return static_cast<Severity>(value);
    }
    return std::nullopt;
}

std::optional<Tier> tierFromInt(int value)
{
    if (value >= 1 && value <= 3) {
        return static_cast<Tier>(value);
    }
    return std::nullopt;
}

} // namespace muster::core
