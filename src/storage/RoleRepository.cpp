#include "storage/RoleRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/IncidentVisibility.h"
#include "storage/Sql.h"

namespace muster::storage {

RoleRepository::RoleRepository(const Database& db)
    : m_db(db)
{}

QList<core::RoleAssignment> RoleRepository::select(const QString& where, const QVariantMap& bindings) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT r.id, r.incident_id, r.role, r.person_id, COALESCE(p.name, r.person_id), "
                           "r.assumed_at, r.handed_over_at FROM incident_roles r LEFT JOIN people p "
                           "ON p.id = r.person_id ") +
                where);
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        q.bind(it.key(), it.value());
    }
    q.exec();
    QList<core::RoleAssignment> out;
    while (q.next()) {
        core::RoleAssignment a;
        a.id = q.value(0).toString();
        a.incidentId = q.value(1).toString();
        a.role = core::incidentRoles().fromKey(q.value(2).toString()).value_or(core::IncidentRole::Liaison);
        a.personId = q.value(3).toString();
        a.personName = q.value(4).toString();
        a.assumedAt = q.value(5).toLongLong();
        a.handedOverAt = optionalMs(q.value(6));
        out.append(a);
    }
    return out;
}

QList<core::RoleAssignment> RoleRepository::current(const QString& incidentId) const
{
    return select(QStringLiteral("WHERE r.incident_id = :incident AND r.handed_over_at IS NULL"),
                  {{QStringLiteral(":incident"), incidentId}});
}

std::optional<core::RoleAssignment> RoleRepository::current(const QString& incidentId, core::IncidentRole role) const
{
    const auto list =
        select(QStringLiteral("WHERE r.incident_id = :incident AND r.role = :role "
                              "AND r.handed_over_at IS NULL"),
               {{QStringLiteral(":incident"), incidentId}, {QStringLiteral(":role"), core::incidentRoles().key(role)}});
    return list.isEmpty() ? std::nullopt : std::optional<core::RoleAssignment>(list.first());
}

QList<core::RoleAssignment> RoleRepository::history(const QString& incidentId) const
{
    return select(QStringLiteral("WHERE r.incident_id = :incident ORDER BY r.assumed_at, r.rowid"),
                  {{QStringLiteral(":incident"), incidentId}});
}

QList<core::IncidentRole> RoleRepository::heldBy(const QString& incidentId, const QString& personId) const
{
    QList<core::IncidentRole> out;
    if (personId.isEmpty()) {
        return out;
    }
    for (const auto& a : current(incidentId)) {
        if (a.personId == personId) {
            out.append(a.role);
        }
    }
    return out;
}

QStringList RoleRepository::openIncidentsWhereHeld(const QString& personId,
                                                   const QList<core::IncidentRole>& roles) const
{
    QStringList keys;
    for (const auto r : roles) {
        keys.append(core::incidentRoles().key(r));
    }
    Query q(m_db.connection(),
            QStringLiteral("SELECT i.id FROM incidents i WHERE i.status NOT IN ('closed', 'false_positive') AND ("
                           " EXISTS (SELECT 1 FROM incident_roles r WHERE r.incident_id = i.id AND r.person_id = :me"
                           "  AND r.handed_over_at IS NULL AND r.role IN (SELECT value FROM json_each(:roles)))"
                           " OR (:commander = 1 AND i.commander_id = :me AND NOT EXISTS (SELECT 1 FROM incident_roles c"
                           "  WHERE c.incident_id = i.id AND c.role = 'commander')))"
                           " ORDER BY i.detected_at"));
    q.bind(QStringLiteral(":me"), personId)
        .bind(QStringLiteral(":roles"), jsonList(keys))
        .bind(QStringLiteral(":commander"), roles.contains(core::IncidentRole::Commander) ? 1 : 0)
        .exec();
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

void RoleRepository::insert(const core::RoleAssignment& a, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO incident_roles (id, incident_id, role, person_id, assumed_at, handed_over_at, "
                           "updated_at) VALUES (:id, :incident, :role, :person, :assumed, :handed, :now)"));
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":incident"), a.incidentId)
        .bind(QStringLiteral(":role"), core::incidentRoles().key(a.role))
        .bind(QStringLiteral(":person"), a.personId)
        .bind(QStringLiteral(":assumed"), a.assumedAt)
        .bindOptional(QStringLiteral(":handed"), a.handedOverAt)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

void RoleRepository::endTerm(const QString& assignmentId, qint64 at, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE incident_roles SET handed_over_at = :at, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), assignmentId)
        .exec();
}

AccessListRepository::AccessListRepository(const Database& db)
    : m_db(db)
{}

QStringList AccessListRepository::of(const QString& incidentId) const
{
    return IncidentVisibility::accessList(m_db, incidentId);
}

bool AccessListRepository::add(const QString& incidentId, const QString& personId, qint64 now)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO incident_access (id, incident_id, person_id, added_at, updated_at) "
                       "VALUES (:id, :incident, :person, :now, :now) ON CONFLICT (incident_id, person_id) DO NOTHING"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":now"), now)
        .exec();
    return q.numRowsAffected() > 0;
}

bool AccessListRepository::remove(const QString& incidentId, const QString& personId)
{
    Query q(m_db.connection(),
            QStringLiteral("DELETE FROM incident_access WHERE incident_id = :incident AND person_id = :person"));
    q.bind(QStringLiteral(":incident"), incidentId).bind(QStringLiteral(":person"), personId).exec();
    return q.numRowsAffected() > 0;
}

} // namespace muster::storage
