#include "storage/AssetRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

using core::Asset;

namespace {

const QString kColumns = QStringLiteral("a.id, a.name, a.identifier, a.kind, a.business_critical, a.sensitivity, "
                                        "a.risk_score, a.owner, a.description, a.created_at, a.updated_at");

Asset read(const Query& q)
{
    Asset a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.identifier = q.value(2).toString();
    a.kind = core::assetKinds().fromKey(q.value(3).toString()).value_or(core::AssetKind::Device);
    a.businessCritical = q.value(4).toBool();
    a.sensitivity = core::sensitivities().fromKey(q.value(5).toString()).value_or(core::Sensitivity::Internal);
    a.riskScore = q.value(6).toInt();
    a.owner = q.value(7).toString();
    a.description = q.value(8).toString();
    a.createdAt = q.value(9).toLongLong();
    a.updatedAt = q.value(10).toLongLong();
    return a;
}

void bindAll(Query& q, const Asset& a)
{
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":name"), a.name.trimmed())
        .bind(QStringLiteral(":identifier"), a.identifier.trimmed())
        .bind(QStringLiteral(":kind"), core::assetKinds().key(a.kind))
        .bind(QStringLiteral(":critical"), a.businessCritical ? 1 : 0)
        .bind(QStringLiteral(":sensitivity"), core::sensitivities().key(a.sensitivity))
        .bind(QStringLiteral(":risk"), a.riskScore)
        .bind(QStringLiteral(":owner"), a.owner)
        .bind(QStringLiteral(":description"), a.description)
        .bind(QStringLiteral(":created"), a.createdAt)
        .bind(QStringLiteral(":updated"), a.updatedAt);
}

QList<Asset> readAll(Query& q)
{
    q.exec();
    QList<Asset> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

} // namespace

AssetRepository::AssetRepository(const Database& db)
    : m_db(db)
{}

AssetRepository::~AssetRepository() = default;

QList<Asset> AssetRepository::all() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM assets a ORDER BY a.name COLLATE NOCASE").arg(kColumns));
    return readAll(q);
}

std::optional<Asset> AssetRepository::find(const QString& id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM assets a WHERE a.id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    auto list = readAll(q);
    return list.isEmpty() ? std::nullopt : std::optional<Asset>(list.first());
}

std::optional<Asset> AssetRepository::findByIdentifier(const QString& identifier) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM assets a WHERE a.identifier = :i COLLATE NOCASE LIMIT 1").arg(kColumns));
    q.bind(QStringLiteral(":i"), identifier.trimmed());
    auto list = readAll(q);
    return list.isEmpty() ? std::nullopt : std::optional<Asset>(list.first());
}

QList<Asset> AssetRepository::ofIncident(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM assets a JOIN incident_assets l ON l.asset_id = a.id "
                                              "WHERE l.incident_id = :id ORDER BY l.linked_at")
                                   .arg(kColumns));
    q.bind(QStringLiteral(":id"), incidentId);
    return readAll(q);
}

int AssetRepository::count() const
{
    return Query(m_db.connection(), QStringLiteral("SELECT count(*) FROM assets")).scalar().toInt();
}

void AssetRepository::insert(const Asset& asset)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO assets (id, name, identifier, kind, business_critical, sensitivity, "
                           "risk_score, owner, description, created_at, updated_at) VALUES (:id, :name, "
                           ":identifier, :kind, :critical, :sensitivity, :risk, :owner, :description, :created, "
                           ":updated)"));
    bindAll(q, asset);
    q.exec();
}

void AssetRepository::update(const Asset& asset)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE assets SET name = :name, identifier = :identifier, kind = :kind, "
                           "business_critical = :critical, sensitivity = :sensitivity, risk_score = :risk, "
                           "owner = :owner, description = :description, created_at = :created, "
                           "updated_at = :updated WHERE id = :id"));
    bindAll(q, asset);
    q.exec();
}

void AssetRepository::link(const QString& incidentId, const QString& assetId, qint64 at)
{
    if (!m_link) {
        m_link = std::make_unique<Query>(m_db.connection(),
                                         QStringLiteral("INSERT OR IGNORE INTO incident_assets (id, incident_id, "
                                                        "asset_id, linked_at) VALUES (:id, :incident, :asset, :at)"));
    }
    m_link->bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":asset"), assetId)
        .bind(QStringLiteral(":at"), at)
        .exec();
}

void AssetRepository::unlink(const QString& incidentId, const QString& assetId)
{
    Query q(m_db.connection(),
            QStringLiteral("DELETE FROM incident_assets WHERE incident_id = :incident AND asset_id = :asset"));
    q.bind(QStringLiteral(":incident"), incidentId).bind(QStringLiteral(":asset"), assetId).exec();
}

} // namespace muster::storage
