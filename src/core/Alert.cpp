#include "core/Alert.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array actionEntries{
    EnumEntry<AlertAction>{AlertAction::Trigger, "trigger", QT_TRANSLATE_NOOP("muster::core::AlertAction", "Trigger")},
    EnumEntry<AlertAction>{AlertAction::Acknowledge, "acknowledge",
                           QT_TRANSLATE_NOOP("muster::core::AlertAction", "Acknowledge")},
    EnumEntry<AlertAction>{AlertAction::Resolve, "resolve", QT_TRANSLATE_NOOP("muster::core::AlertAction", "Resolve")},
};

constexpr std::array stateEntries{
    EnumEntry<AlertState>{AlertState::Firing, "firing", QT_TRANSLATE_NOOP("muster::core::AlertState", "Firing")},
    EnumEntry<AlertState>{AlertState::Acknowledged, "acknowledged",
                          QT_TRANSLATE_NOOP("muster::core::AlertState", "Acknowledged by source")},
    EnumEntry<AlertState>{AlertState::Resolved, "resolved",
                          QT_TRANSLATE_NOOP("muster::core::AlertState", "Resolved by source")},
};

constexpr std::array triageEntries{
    EnumEntry<AlertTriage>{AlertTriage::Untriaged, "untriaged",
                           QT_TRANSLATE_NOOP("muster::core::AlertTriage", "Untriaged")},
    EnumEntry<AlertTriage>{AlertTriage::Promoted, "promoted",
                           QT_TRANSLATE_NOOP("muster::core::AlertTriage", "Promoted")},
    EnumEntry<AlertTriage>{AlertTriage::Merged, "merged", QT_TRANSLATE_NOOP("muster::core::AlertTriage", "Merged")},
    EnumEntry<AlertTriage>{AlertTriage::FalsePositive, "false_positive",
                           QT_TRANSLATE_NOOP("muster::core::AlertTriage", "False positive")},
    EnumEntry<AlertTriage>{AlertTriage::Benign, "benign", QT_TRANSLATE_NOOP("muster::core::AlertTriage", "Benign")},
};

constexpr std::array formatEntries{
    EnumEntry<AlertFormat>{AlertFormat::Alertmanager, "alertmanager",
                           QT_TRANSLATE_NOOP("muster::core::AlertFormat", "Prometheus Alertmanager")},
    EnumEntry<AlertFormat>{AlertFormat::PagerDuty, "pagerduty",
                           QT_TRANSLATE_NOOP("muster::core::AlertFormat", "PagerDuty Events v2")},
    EnumEntry<AlertFormat>{AlertFormat::Generic, "generic",
                           QT_TRANSLATE_NOOP("muster::core::AlertFormat", "Generic JSON")},
};

} // namespace

const EnumTable<AlertAction>& alertActions()
{
    static const EnumTable<AlertAction> table("muster::core::AlertAction", actionEntries);
    return table;
}

const EnumTable<AlertState>& alertStates()
{
    static const EnumTable<AlertState> table("muster::core::AlertState", stateEntries);
    return table;
}

const EnumTable<AlertTriage>& alertTriages()
{
    static const EnumTable<AlertTriage> table("muster::core::AlertTriage", triageEntries);
    return table;
}

const EnumTable<AlertFormat>& alertFormats()
{
    static const EnumTable<AlertFormat> table("muster::core::AlertFormat", formatEntries);
    return table;
}

} // namespace muster::core
