#include "core/IntelItem.h"

#include "core/AttackId.h"
#include "core/Error.h"

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

void validateIntelItem(IntelItem& item)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("muster::core::IntelItem", text);
    };
    item.name = item.name.trimmed();
    if (item.kind == IntelKind::Indicator) {
        if (item.observables.isEmpty() && item.pattern.trimmed().isEmpty()) {
            throw Error(Error::Kind::BadInput, tr("Values: an indicator needs at least one value to match."));
        }
        if (item.name.isEmpty() && !item.observables.isEmpty()) {
            item.name = item.observables.first().value;
        }
    }
    if (item.name.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Name: give the item a name."));
    }
    if (item.confidence < -1 || item.confidence > 100) {
        throw Error(Error::Kind::BadInput, tr("Confidence: use a value from 0 to 100."));
    }
    if (item.validFrom && item.validUntil && *item.validUntil <= *item.validFrom) {
        throw Error(Error::Kind::BadInput, tr("Valid until: the end of validity must come after its start."));
    }
    if (item.firstSeen && item.lastSeen && *item.lastSeen < *item.firstSeen) {
        throw Error(Error::Kind::BadInput, tr("Last seen: cannot come before first seen."));
    }
    QString error;
    const auto ids = parseAttackIds(item.attackIds.join(QLatin1Char(' ')), &error);
    if (!ids) {
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("muster::core::IntelItem", "ATT&CK techniques: %1").arg(error));
    }
    item.attackIds = *ids;
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
