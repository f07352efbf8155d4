#include "core/Measure.h"

#include "core/IncidentFacts.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array measureEntries{
    EnumEntry<Measure>{Measure::Acknowledge, "acknowledge",
                       QT_TRANSLATE_NOOP("muster::core::Measure", "Time to acknowledge")},
    EnumEntry<Measure>{Measure::Contain, "contain", QT_TRANSLATE_NOOP("muster::core::Measure", "Time to contain")},
    EnumEntry<Measure>{Measure::Remediate, "remediate",
                       QT_TRANSLATE_NOOP("muster::core::Measure", "Time to remediate")},
    EnumEntry<Measure>{Measure::Close, "close", QT_TRANSLATE_NOOP("muster::core::Measure", "Time to close")},
};

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::core::Measure", text);
}

} // namespace

const EnumTable<Measure>& measures()
{
    static const EnumTable<Measure> table("muster::core::Measure", measureEntries);
    return table;
}

QString measureAcronym(Measure measure)
{
    switch (measure) {
    case Measure::Acknowledge:
        return tr("MTTA");
    case Measure::Contain:
        return tr("MTTC");
    case Measure::Remediate:
        return tr("MTTR");
    case Measure::Close:
        return tr("MTTCl");
    }
    return {};
}

QString measureFormula(Measure measure)
{
    switch (measure) {
    case Measure::Acknowledge:
        return tr("Time to acknowledge = first acknowledgement − detection. The first acknowledgement counts even "
                  "when the incident was reopened later. Incidents not yet acknowledged are counted apart, not "
                  "averaged.");
    case Measure::Contain:
        return tr("Time to contain = first containment − detection. Incidents not yet contained are counted apart, "
                  "not averaged.");
    case Measure::Remediate:
        return tr("Time to remediate = last remediation − detection. A reopened incident counts again only once it "
                  "is remediated again. Incidents not yet remediated are counted apart, not averaged.");
    case Measure::Close:
        return tr("Time to close = last closure − detection. A reopening clears the closure. Incidents not yet "
                  "closed are counted apart, not averaged.");
    }
    return {};
}

std::optional<qint64> measureEnd(const IncidentFacts& facts, Measure measure)
{
    switch (measure) {
    case Measure::Acknowledge:
        return facts.acknowledgedAt;
    case Measure::Contain:
        return facts.containedAt;
    case Measure::Remediate:
        return facts.remediatedAt;
    case Measure::Close:
        return facts.closedAt;
    }
    return std::nullopt;
}

std::optional<qint64> measureDuration(const IncidentFacts& facts, Measure measure)
{
    const auto end = measureEnd(facts, measure);
    if (!end) {
        return std::nullopt;
    }
    return *end - facts.detectedAt;
}

} // namespace muster::core
