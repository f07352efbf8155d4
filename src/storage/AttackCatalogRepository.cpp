#include "storage/AttackCatalogRepository.h"

#include "core/Error.h"
#include "core/Ids.h"
#include "core/StixBundle.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

namespace {
const QString kDomain = QStringLiteral("enterprise-attack");
}

AttackCatalogRepository::AttackCatalogRepository(Database& db)
    : m_db(db)
{}

core::AttackCatalog AttackCatalogRepository::active() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT data FROM attack_catalog WHERE domain = :domain"));
    q.bind(QStringLiteral(":domain"), kDomain).exec();
    if (q.next()) {
        return core::AttackCatalog::fromCompactJson(q.value(0).toString().toUtf8(), tr("the stored ATT&CK catalog"));
    }
    return core::AttackCatalog::shipped();
}

bool AttackCatalogRepository::hasImported() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM attack_catalog WHERE domain = :domain"));
    return q.bind(QStringLiteral(":domain"), kDomain).scalar().toInt() > 0;
}

core::AttackCatalog AttackCatalogRepository::importBundle(const QByteArray& json, const QString& origin, qint64 now)
{
    core::AttackCatalog catalog = core::AttackCatalog::fromStix(core::StixBundle::parse(json, origin));
    WriteTransaction tx(m_db.connection());
    store(catalog, now);
    tx.commit();
    m_db.notifyChanged({QStringLiteral("attack_catalog")});
    return catalog;
}

void AttackCatalogRepository::store(const core::AttackCatalog& catalog, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO attack_catalog (id, domain, version, modified, source, data, imported_at, "
                           "updated_at) VALUES (:id, :domain, :version, :modified, :source, :data, :now, :now) "
                           "ON CONFLICT (domain) DO UPDATE SET version = excluded.version, "
                           "modified = excluded.modified, source = excluded.source, data = excluded.data, "
                           "imported_at = excluded.imported_at, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":domain"), kDomain)
        .bind(QStringLiteral(":version"), catalog.version())
        .bind(QStringLiteral(":modified"), catalog.modified())
        .bind(QStringLiteral(":source"), catalog.source())
        .bind(QStringLiteral(":data"), QString::fromUtf8(catalog.toCompactJson()))
        .bind(QStringLiteral(":now"), now)
        .exec();
}

void AttackCatalogRepository::resetToShipped()
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM attack_catalog WHERE domain = :domain"));
    q.bind(QStringLiteral(":domain"), kDomain).exec();
    m_db.notifyChanged({QStringLiteral("attack_catalog")});
}

QStringList AttackCatalogRepository::trackedGroups() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT group_id FROM tracked_groups ORDER BY group_id"));
    q.exec();
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

void AttackCatalogRepository::setTracked(const QString& groupId, bool tracked, qint64 now)
{
    writeTracked(groupId, tracked, now);
    m_db.notifyChanged({QStringLiteral("tracked_groups")});
}

void AttackCatalogRepository::writeTracked(const QString& groupId, bool tracked, qint64 now)
{
    if (tracked) {
        Query q(m_db.connection(),
                QStringLiteral("INSERT INTO tracked_groups (id, group_id, created_at, updated_at) "
                               "VALUES (:id, :group, :now, :now) ON CONFLICT (group_id) DO NOTHING"));
        q.bind(QStringLiteral(":id"), core::newId())
            .bind(QStringLiteral(":group"), groupId)
            .bind(QStringLiteral(":now"), now);
        q.exec();
    } else {
        Query q(m_db.connection(), QStringLiteral("DELETE FROM tracked_groups WHERE group_id = :group"));
        q.bind(QStringLiteral(":group"), groupId).exec();
    }
}

void AttackCatalogRepository::setTrackedGroups(const QStringList& groupIds, qint64 now)
{
    WriteTransaction tx(m_db.connection());
    const QStringList current = trackedGroups();
    for (const QString& g : current) {
        if (!groupIds.contains(g)) {
            writeTracked(g, false, now);
        }
    }
    for (const QString& g : groupIds) {
        if (!current.contains(g)) {
            writeTracked(g, true, now);
        }
    }
    tx.commit();
    m_db.notifyChanged({QStringLiteral("tracked_groups")});
}

} // namespace muster::storage
