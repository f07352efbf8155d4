#pragma once

#include "core/WorkflowEnums.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace muster::core {

// What the playbooks and the regulatory clocks need to know about an incident beyond
// its category and severity. Edited through WorkflowService::setAttributes.
struct IncidentAttributes
{
    bool personalData = false;     // personal data is involved (GDPR, HIPAA, state laws)
    bool employeeInvolved = false; // an employee is a subject of the incident
    bool customerFacing = false;   // customers notice the impact
    QList<RegulatedSector> sectors;
    QStringList jurisdictions; // ISO 3166 codes (DE, US, US-NY) or EU
    std::optional<int> affectedIndividuals;

    // Derived, not stored: a linked asset is business-critical.
    bool businessCriticalAsset = false;

    bool regulated() const { return !sectors.isEmpty(); }
    bool hasSector(RegulatedSector s) const { return sectors.contains(s); }
    bool inEu() const;  // EU, or a member state
    bool inEea() const; // the EU plus Iceland, Liechtenstein and Norway
    bool inUs() const;  // US or a US state (US-NY)
    bool inJurisdiction(const QString& code) const;

    bool operator==(const IncidentAttributes&) const = default;
};

class IncidentAttributeRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::IncidentAttributeRules)

public:
    // Upper-cases, trims, removes duplicates; throws Error(BadInput) naming the bad code.
    static QStringList normaliseJurisdictions(const QStringList& codes);
    static QList<RegulatedSector> parseSectors(const QStringList& keys);
    static QStringList sectorKeys(const QList<RegulatedSector>& sectors);
    static bool isEuMemberState(const QString& code);
    // A readable summary for the timeline: "personal data, customer-facing; EU, US-NY".
    static QString describe(const IncidentAttributes& attributes);
};

} // namespace muster::core
