#pragma once

#include "core/AttackCatalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace muster::storage {

class Database;

// The ATT&CK catalog in use: the one imported into this database, else the one Muster
// ships. Importing a newer bundle replaces the stored catalog in one transaction.
// Also keeps the ATT&CK groups the organisation tracks (they rank the hunt backlog).
class AttackCatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::AttackCatalogRepository)

public:
    explicit AttackCatalogRepository(Database& db);

    core::AttackCatalog active() const;
    bool hasImported() const;

    // Parses MITRE's STIX bundle (file bytes; `origin` names it in messages), stores the
    // catalog and returns it. A broken bundle changes nothing and throws BadInput.
    core::AttackCatalog importBundle(const QByteArray& json, const QString& origin, qint64 now);
    // Stores a catalog (inside the caller's transaction when one is open).
    void store(const core::AttackCatalog& catalog, qint64 now);
    // Forgets the imported catalog: Muster uses the shipped one again.
    void resetToShipped();

    QStringList trackedGroups() const;
    void setTracked(const QString& groupId, bool tracked, qint64 now);
    void setTrackedGroups(const QStringList& groupIds, qint64 now);

private:
    void writeTracked(const QString& groupId, bool tracked, qint64 now);

    Database& m_db;
};

} // namespace muster::storage
