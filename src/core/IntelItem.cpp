#include "core/IntelItem.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array kindEntries{
    EnumEntry<IntelKind>{IntelKind::Report, "report", QT_TRANSLATE_NOOP("muster::core::IntelKind", "Report")},
    EnumEntry<IntelKind>{IntelKind::Indicator, "indicator", QT_TRANSLATE_NOOP("muster::core::IntelKind", "Indicator")},
    EnumEntry<IntelKind>{IntelKind::ThreatActor, "threat_actor",
                         QT_TRANSLATE_NOOP("muster::core::IntelKind", "Threat actor")},
    EnumEntry<IntelKind>{IntelKind::Malware, "malware", QT_TRANSLATE_NOOP("muster::core::IntelKind", "Malware")},
    EnumEntry<IntelKind>{IntelKind::AttackPattern, "attack_pattern",
                         QT_TRANSLATE_NOOP("muster::core::IntelKind", "Attack pattern")},
};

} // namespace

const EnumTable<IntelKind>& intelKinds()
{
    static const EnumTable<IntelKind> table("muster::core::IntelKind", kindEntries);
    return table;
}

bool IntelItem::isValidAt(qint64 now) const
{
    if (revoked) {
        return false;
    }
    if (validFrom && now < *validFrom) {
        return false;
    }
    return !validUntil || now < *validUntil;
}

} // namespace muster::core
