#include "core/Person.h"

#include <array>

namespace muster::core {

namespace {

#define MUSTER_FN(value, key, label)                                                                                   \
    EnumEntry<PersonFunction>                                                                                          \
    {                                                                                                                  \
        PersonFunction::value, key, QT_TRANSLATE_NOOP("muster::core::PersonFunction", label)                           \
    }

constexpr std::array functionEntries{
    MUSTER_FN(SecurityOperations, "security_operations", "Security operations"),
    MUSTER_FN(ItOperations, "it_operations", "IT operations"),
    MUSTER_FN(ThreatIntelligence, "threat_intelligence", "Threat intelligence"),
    MUSTER_FN(SecurityArchitecture, "security_architecture", "Security architecture"),
    MUSTER_FN(InsiderRisk, "insider_risk", "Insider risk"),
    MUSTER_FN(Legal, "legal", "Legal"),
    MUSTER_FN(Hr, "hr", "HR"),
    MUSTER_FN(Communications, "communications", "Communications"),
    MUSTER_FN(Risk, "risk", "Risk"),
    MUSTER_FN(Executive, "executive", "Executive"),
    MUSTER_FN(ExternalVendor, "external_vendor", "External: vendor"),
    MUSTER_FN(ExternalIsac, "external_isac", "External: ISAC or industry association"),
    MUSTER_FN(ExternalLawEnforcement, "external_law_enforcement", "External: law enforcement"),
    MUSTER_FN(ExternalInsurer, "external_insurer", "External: insurer"),
    MUSTER_FN(ExternalCounsel, "external_counsel", "External: outside counsel"),
};

#undef MUSTER_FN

} // namespace

const EnumTable<PersonFunction>& personFunctions()
{
    static const EnumTable<PersonFunction> table("muster::core::PersonFunction", functionEntries);
    return table;
}

} // namespace muster::core
