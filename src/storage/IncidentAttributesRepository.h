#pragma once

#include "core/IncidentAttributes.h"

namespace muster::storage {

class Database;

// The workflow attributes of an incident (defaults when none were set), with
// "business-critical asset" derived from the linked assets.
class IncidentAttributesRepository
{
public:
    explicit IncidentAttributesRepository(const Database& db);

    core::IncidentAttributes get(const QString& incidentId) const;
    void save(const QString& incidentId, const core::IncidentAttributes& attributes, qint64 now);

private:
    const Database& m_db;
};

} // namespace muster::storage
