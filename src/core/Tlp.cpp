#include "core/Tlp.h"

#include <QJsonArray>

#include <array>
#include <span>

namespace muster::core {

namespace {

// FIRST asks that the markings stay in English, so the labels are not marked for translation.
constexpr std::array tlpEntries{
    EnumEntry<Tlp>{Tlp::Clear, "clear", "TLP:CLEAR"},
    EnumEntry<Tlp>{Tlp::Green, "green", "TLP:GREEN"},
    EnumEntry<Tlp>{Tlp::Amber, "amber", "TLP:AMBER"},
    EnumEntry<Tlp>{Tlp::AmberStrict, "amber+strict", "TLP:AMBER+STRICT"},
    EnumEntry<Tlp>{Tlp::Red, "red", "TLP:RED"},
};

struct StixTlp
{
    Tlp tlp;
    const char* id;
};

// OASIS cti-stix-common-objects, extension-definition-specifications/tlp-2.0.
constexpr std::array tlp2Ids{
    StixTlp{Tlp::Clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"},
    StixTlp{Tlp::Green, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"},
    StixTlp{Tlp::Amber, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"},
    StixTlp{Tlp::AmberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"},
    StixTlp{Tlp::Red, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"},
};

// STIX 2.0/2.1 predefined TLP 1.0 markings.
constexpr std::array tlp1Ids{
    StixTlp{Tlp::Clear, "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"},
    StixTlp{Tlp::Green, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"},
    StixTlp{Tlp::Amber, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"},
    StixTlp{Tlp::Red, "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"},
};

const QLatin1String kTlp2Extension("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d");

} // namespace

const EnumTable<Tlp>& tlpLevels()
{
    static const EnumTable<Tlp> table("muster::core::Tlp", tlpEntries);
    return table;
}

std::optional<Tlp> parseTlp(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    if (t.startsWith(QLatin1String("tlp:"))) {
        t = t.mid(4);
    }
    t.remove(QLatin1Char(' '));
    if (t == QLatin1String("white")) {
        return Tlp::Clear;
    }
    if (t == QLatin1String("amber-strict") || t == QLatin1String("amberstrict")) {
        return Tlp::AmberStrict;
    }
    return tlpLevels().fromKey(t);
}

QString tlpMarking(Tlp tlp)
{
    return tlpLevels().label(tlp);
}

Tlp stricterTlp(Tlp a, Tlp b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

TlpColors tlpColors(Tlp tlp)
{
    switch (tlp) {
    case Tlp::Clear:
        return {"#FFFFFF", "#000000"};
    case Tlp::Green:
        return {"#33FF00", "#000000"};
    case Tlp::Amber:
    case Tlp::AmberStrict:
        return {"#FFC000", "#000000"};
    case Tlp::Red:
        return {"#FF2B2B", "#000000"};
    }
    return {"#FFFFFF", "#000000"};
}

QString tlpStixMarkingId(Tlp tlp)
{
    for (const auto& e : tlp2Ids) {
        if (e.tlp == tlp) {
            return QString::fromLatin1(e.id);
        }
    }
    return {};
}

std::optional<Tlp> tlpFromStixMarkingId(const QString& id)
{
    for (const auto& list : {std::span<const StixTlp>(tlp2Ids), std::span<const StixTlp>(tlp1Ids)}) {
        for (const auto& e : list) {
            if (id == QLatin1String(e.id)) {
                return e.tlp;
            }
        }
    }
    return std::nullopt;
}

QJsonObject tlpStixMarkingDefinition(Tlp tlp)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("marking-definition")},
        {QStringLiteral("spec_version"), QStringLiteral("2.1")},
        {QStringLiteral("id"), tlpStixMarkingId(tlp)},
        {QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z")},
        {QStringLiteral("name"), tlpMarking(tlp)},
        {QStringLiteral("extensions"),
         QJsonObject{
             {kTlp2Extension, QJsonObject{{QStringLiteral("extension_type"), QStringLiteral("property-extension")},
                                          {QStringLiteral("tlp_2_0"), tlpLevels().key(tlp)}}}}},
    };
}

std::optional<Tlp> tlpFromStixMarkingDefinition(const QJsonObject& object)
{
    if (auto known = tlpFromStixMarkingId(object.value(QLatin1String("id")).toString())) {
        return known;
    }
    const QJsonObject ext = object.value(QLatin1String("extensions")).toObject().value(kTlp2Extension).toObject();
    if (ext.contains(QLatin1String("tlp_2_0"))) {
        return parseTlp(ext.value(QLatin1String("tlp_2_0")).toString());
    }
    if (object.value(QLatin1String("definition_type")).toString() == QLatin1String("tlp")) {
        return parseTlp(object.value(QLatin1String("definition")).toObject().value(QLatin1String("tlp")).toString());
    }
    return std::nullopt;
}

} // namespace muster::core
