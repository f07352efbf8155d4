#pragma once

#include "core/RoleAssignment.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Terms of incident roles, with the holders' names.
class RoleRepository
{
public:
    explicit RoleRepository(const Database& db);

    QList<core::RoleAssignment> current(const QString& incidentId) const;
    std::optional<core::RoleAssignment> current(const QString& incidentId, core::IncidentRole role) const;
    QList<core::RoleAssignment> history(const QString& incidentId) const;
    QList<core::IncidentRole> heldBy(const QString& incidentId, const QString& personId) const;
    // Open (not closed, not false-positive) incidents where the person now holds one of
    // `roles`, or is the incident's commander when Commander is among them.
    QStringList openIncidentsWhereHeld(const QString& personId, const QList<core::IncidentRole>& roles) const;

    void insert(const core::RoleAssignment& assignment, qint64 now);
    void endTerm(const QString& assignmentId, qint64 at, qint64 now);

private:
    QList<core::RoleAssignment> select(const QString& where, const QVariantMap& bindings) const;

    const Database& m_db;
};

// The people who may see a confidential incident besides Legal and HR.
class AccessListRepository
{
public:
    explicit AccessListRepository(const Database& db);

    QStringList of(const QString& incidentId) const;
    bool add(const QString& incidentId, const QString& personId, qint64 now); // false when already there
    bool remove(const QString& incidentId, const QString& personId);

private:
    const Database& m_db;
};

} // namespace muster::storage
