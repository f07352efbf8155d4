#include "core/IncidentAttributes.h"

#include "core/Error.h"

#include <QRegularExpression>

namespace muster::core {

namespace {

const QStringList& euMemberStates()
{
    static const QStringList list{
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE")};
    return list;
}

} // namespace

bool IncidentAttributes::inEu() const
{
    for (const QString& j : jurisdictions) {
        if (j == QLatin1String("EU") || IncidentAttributeRules::isEuMemberState(j.section(QLatin1Char('-'), 0, 0))) {
            return true;
        }
    }
    return false;
}

bool IncidentAttributes::inEea() const
{
    if (inEu()) {
        return true;
    }
    for (const QString& j : jurisdictions) {
        const QString country = j.section(QLatin1Char('-'), 0, 0);
        if (country == QLatin1String("IS") || country == QLatin1String("LI") || country == QLatin1String("NO")) {
            return true;
        }
    }
    return false;
}

bool IncidentAttributes::inUs() const
{
    return inJurisdiction(QStringLiteral("US"));
}

bool IncidentAttributes::inJurisdiction(const QString& code) const
{
    // "US" matches US and US-NY; "US-NY" matches only US-NY.
    for (const QString& j : jurisdictions) {
        if (j == code || j.startsWith(code + QLatin1Char('-'))) {
            return true;
        }
    }
    return false;
}

bool IncidentAttributeRules::isEuMemberState(const QString& code)
{
    return euMemberStates().contains(code);
}

QStringList IncidentAttributeRules::normaliseJurisdictions(const QStringList& codes)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"));
    QStringList out;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed().toUpper();
        if (code.isEmpty()) {
            continue;
        }
        if (!pattern.match(code).hasMatch()) {
            throw Error(Error::Kind::BadInput,
                        tr("Jurisdictions: \"%1\" is not a country or region code; use ISO 3166 codes such as DE, "
                           "US or US-NY, or EU.")
                            .arg(raw.trimmed()));
        }
        if (!out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

QList<RegulatedSector> IncidentAttributeRules::parseSectors(const QStringList& keys)
{
    QList<RegulatedSector> out;
    for (const QString& k : keys) {
        if (k.trimmed().isEmpty()) {
            continue;
        }
        const auto s = regulatedSectors().fromText(k);
        if (!s) {
            throw Error(Error::Kind::BadInput,
                        tr("Regulated sectors: \"%1\" is not one of %2.")
                            .arg(k.trimmed(), regulatedSectors().keys().join(QStringLiteral(", "))));
        }
        if (!out.contains(*s)) {
            out.append(*s);
        }
    }
    return out;
}

QStringList IncidentAttributeRules::sectorKeys(const QList<RegulatedSector>& sectors)
{
    QStringList out;
    for (const auto s : sectors) {
        out.append(regulatedSectors().key(s));
    }
    return out;
}

QString IncidentAttributeRules::describe(const IncidentAttributes& a)
{
    QStringList facts;
    if (a.personalData) {
        facts.append(tr("personal data involved"));
    }
    if (a.employeeInvolved) {
        facts.append(tr("employee involved"));
    }
    if (a.customerFacing) {
        facts.append(tr("customer-facing impact"));
    }
    for (const auto s : a.sectors) {
        facts.append(regulatedSectors().label(s));
    }
    if (!a.jurisdictions.isEmpty()) {
        facts.append(tr("jurisdictions %1").arg(a.jurisdictions.join(QStringLiteral(", "))));
    }
    if (a.affectedIndividuals) {
        facts.append(tr("individuals affected: %1").arg(*a.affectedIndividuals));
    }
    return facts.isEmpty() ? tr("none") : facts.join(QStringLiteral("; "));
}

} // namespace muster::core
