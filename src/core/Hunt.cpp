#include "core/Hunt.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array statusEntries{
    EnumEntry<HuntStatus>{HuntStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("muster::core::HuntStatus", "Proposed")},
    EnumEntry<HuntStatus>{HuntStatus::Active, "active", QT_TRANSLATE_NOOP("muster::core::HuntStatus", "Active")},
    EnumEntry<HuntStatus>{HuntStatus::Concluded, "concluded",
                          QT_TRANSLATE_NOOP("muster::core::HuntStatus", "Concluded")},
};

constexpr std::array outcomeEntries{
    EnumEntry<HuntOutcome>{HuntOutcome::None, "none", QT_TRANSLATE_NOOP("muster::core::HuntOutcome", "Not concluded")},
    EnumEntry<HuntOutcome>{HuntOutcome::NoEvidence, "no_evidence",
                           QT_TRANSLATE_NOOP("muster::core::HuntOutcome", "No evidence found")},
    EnumEntry<HuntOutcome>{HuntOutcome::IncidentOpened, "incident_opened",
                           QT_TRANSLATE_NOOP("muster::core::HuntOutcome", "Incident opened")},
    EnumEntry<HuntOutcome>{HuntOutcome::DetectionCreated, "detection",
                           QT_TRANSLATE_NOOP("muster::core::HuntOutcome", "Detection created or improved")},
    EnumEntry<HuntOutcome>{HuntOutcome::VisibilityGap, "visibility_gap",
                           QT_TRANSLATE_NOOP("muster::core::HuntOutcome", "Visibility gap found")},
};

constexpr std::array languageEntries{
    EnumEntry<QueryLanguage>{QueryLanguage::Text, "text", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "Text")},
    EnumEntry<QueryLanguage>{QueryLanguage::Kql, "kql", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "KQL")},
    EnumEntry<QueryLanguage>{QueryLanguage::Spl, "spl", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "SPL")},
    EnumEntry<QueryLanguage>{QueryLanguage::Eql, "eql", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "EQL")},
    EnumEntry<QueryLanguage>{QueryLanguage::Sigma, "sigma", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "Sigma")},
    EnumEntry<QueryLanguage>{QueryLanguage::Other, "other", QT_TRANSLATE_NOOP("muster::core::QueryLanguage", "Other")},
};

} // namespace

const EnumTable<HuntStatus>& huntStatuses()
{
    static const EnumTable<HuntStatus> table("muster::core::HuntStatus", statusEntries);
    return table;
}

const EnumTable<HuntOutcome>& huntOutcomes()
{
    static const EnumTable<HuntOutcome> table("muster::core::HuntOutcome", outcomeEntries);
    return table;
}

const EnumTable<QueryLanguage>& queryLanguages()
{
    static const EnumTable<QueryLanguage> table("muster::core::QueryLanguage", languageEntries);
    return table;
}

QString formatHuntReference(int year, int number)
{
    return QStringLiteral("HUNT-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
}

} // namespace muster::core
