#pragma once

#include "core/Asset.h"

#include <QList>

#include <memory>
#include <optional>

namespace muster::storage {

class Database;
class Query;

class AssetRepository
{
public:
    explicit AssetRepository(const Database& db);
    ~AssetRepository();

    QList<core::Asset> all() const;
    std::optional<core::Asset> find(const QString& id) const;
    std::optional<core::Asset> findByIdentifier(const QString& identifier) const;
    QList<core::Asset> ofIncident(const QString& incidentId) const;
    int count() const;

    void insert(const core::Asset& asset);
    void update(const core::Asset& asset);
    void link(const QString& incidentId, const QString& assetId, qint64 at);
    void unlink(const QString& incidentId, const QString& assetId);

private:
    const Database& m_db;
    std::unique_ptr<Query> m_link;
};

} // namespace muster::storage
