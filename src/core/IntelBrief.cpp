#include "core/IntelBrief.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array audienceEntries{
    EnumEntry<BriefAudience>{BriefAudience::Soc, "soc",
                             QT_TRANSLATE_NOOP("muster::core::BriefAudience", "Security operations (SOC)")},
    EnumEntry<BriefAudience>{BriefAudience::SecurityTeams, "security_teams",
                             QT_TRANSLATE_NOOP("muster::core::BriefAudience", "Security teams")},
    EnumEntry<BriefAudience>{BriefAudience::Leadership, "leadership",
                             QT_TRANSLATE_NOOP("muster::core::BriefAudience", "Security leadership")},
    EnumEntry<BriefAudience>{BriefAudience::BusinessLeaders, "business",
                             QT_TRANSLATE_NOOP("muster::core::BriefAudience", "Business leaders")},
};

} // namespace

const EnumTable<BriefAudience>& briefAudiences()
{
    static const EnumTable<BriefAudience> table("muster::core::BriefAudience", audienceEntries);
    return table;
}

} // namespace muster::core
