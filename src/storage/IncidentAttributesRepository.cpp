#include "storage/IncidentAttributesRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

IncidentAttributesRepository::IncidentAttributesRepository(const Database& db)
    : m_db(db)
{}

core::IncidentAttributes IncidentAttributesRepository::get(const QString& incidentId) const
{
    core::IncidentAttributes a;
    Query q(m_db.connection(),
            QStringLiteral("SELECT personal_data, employee_involved, customer_facing, regulated_sectors, "
                           "jurisdictions, affected_individuals FROM incident_attributes WHERE incident_id = :id"));
    q.bind(QStringLiteral(":id"), incidentId).exec();
    if (q.next()) {
        a.personalData = q.value(0).toBool();
        a.employeeInvolved = q.value(1).toBool();
        a.customerFacing = q.value(2).toBool();
        for (const QString& k : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto s = core::regulatedSectors().fromKey(k)) {
                a.sectors.append(*s);
            }
        }
        a.jurisdictions = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!q.value(5).isNull()) {
            a.affectedIndividuals = q.value(5).toInt();
        }
    }
    Query critical(m_db.connection(),
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM incident_assets ia JOIN assets s ON s.id = ia.asset_id "
                                  "WHERE ia.incident_id = :id AND s.business_critical = 1)"));
    critical.bind(QStringLiteral(":id"), incidentId);
    a.businessCriticalAsset = critical.scalar().toBool();
    return a;
}

void IncidentAttributesRepository::save(const QString& incidentId, const core::IncidentAttributes& a, qint64 now)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO incident_attributes (id, incident_id, personal_data, employee_involved, "
                       "customer_facing, regulated_sectors, jurisdictions, affected_individuals, updated_at) "
                       "VALUES (:id, :incident, :personal, :employee, :customer, :sectors, :jurisdictions, "
                       ":affected, :now) ON CONFLICT (incident_id) DO UPDATE SET "
                       "personal_data = excluded.personal_data, employee_involved = excluded.employee_involved, "
                       "customer_facing = excluded.customer_facing, regulated_sectors = excluded.regulated_sectors, "
                       "jurisdictions = excluded.jurisdictions, affected_individuals = excluded.affected_individuals, "
                       "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":personal"), a.personalData ? 1 : 0)
        .bind(QStringLiteral(":employee"), a.employeeInvolved ? 1 : 0)
        .bind(QStringLiteral(":customer"), a.customerFacing ? 1 : 0)
        .bind(QStringLiteral(":sectors"), core::IncidentAttributeRules::sectorKeys(a.sectors).join(QLatin1Char(',')))
        .bind(QStringLiteral(":jurisdictions"), a.jurisdictions.join(QLatin1Char(',')))
        .bind(QStringLiteral(":affected"), a.affectedIndividuals ? QVariant(*a.affectedIndividuals) : QVariant())
        .bind(QStringLiteral(":now"), now)
        .exec();
}

} // namespace muster::storage
