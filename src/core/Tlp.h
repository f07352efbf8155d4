#pragma once

#include "core/EnumTable.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace muster::core {

// Traffic Light Protocol 2.0 markings (FIRST), from the widest to the narrowest.
enum class Tlp
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
};

// Keys "clear", "green", "amber", "amber+strict", "red"; labels are the standard
// markings ("TLP:AMBER+STRICT"), which FIRST asks not to translate.
const EnumTable<Tlp>& tlpLevels();

inline size_t qHash(Tlp tlp, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(tlp), seed);
}

// Accepts "TLP:AMBER", "amber", "Amber+Strict" and TLP 1.0's "white" (= CLEAR).
std::optional<Tlp> parseTlp(QStringView text);
// "TLP:RED" and so on.
QString tlpMarking(Tlp tlp);
// The stricter of two markings.
Tlp stricterTlp(Tlp a, Tlp b);

// The colours FIRST's TLP 2.0 standard prescribes for a marking (text on black).
struct TlpColors
{
    const char* foreground;
    const char* background;
};
TlpColors tlpColors(Tlp tlp);

// STIX: the marking-definition ids OASIS publishes for TLP 2.0 (and, when reading,
// the TLP 1.0 ids STIX 2.0/2.1 predefine).
QString tlpStixMarkingId(Tlp tlp);
std::optional<Tlp> tlpFromStixMarkingId(const QString& id);
// The published marking-definition object for TLP 2.0 (with its extension).
QJsonObject tlpStixMarkingDefinition(Tlp tlp);
// Reads a marking-definition object (TLP 2.0 extension, or TLP 1.0 "definition.tlp").
std::optional<Tlp> tlpFromStixMarkingDefinition(const QJsonObject& object);

} // namespace muster::core
