#pragma once

#include "core/EnumTable.h"

#include <QString>

namespace muster::core {

// The function a person belongs to in the stakeholder directory.
enum class PersonFunction
{
    SecurityOperations,
    ItOperations,
    ThreatIntelligence,
    SecurityArchitecture,
    InsiderRisk,
    Legal,
    Hr,
    Communications,
    Risk,
    Executive,
    ExternalVendor,
    ExternalIsac,
    ExternalLawEnforcement,
    ExternalInsurer,
    ExternalCounsel,
};

const EnumTable<PersonFunction>& personFunctions();

struct Person
{
    QString id;
    QString name;
    PersonFunction function = PersonFunction::SecurityOperations;
    QString title; // job title, e.g. "SOC lead"
    QString team;  // e.g. "SOC Tier 2"
    QString email;
    QString phone;
    QString deputyId; // another person's id, or empty
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace muster::core
