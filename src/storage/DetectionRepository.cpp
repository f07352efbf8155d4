#include "storage/DetectionRepository.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace muster::storage {

DetectionRepository::DetectionRepository(const Database& db)
    : m_db(db)
{}

QList<DetectionRepository::Detection> DetectionRepository::all() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, name, attack_ids, source, hunt_id, created_at FROM "
                                              "detections ORDER BY name COLLATE NOCASE"));
    q.exec();
    QList<Detection> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong()});
    }
    return out;
}

DetectionRepository::Detection DetectionRepository::add(Detection d, qint64 now)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("muster::storage::DetectionRepository", text);
    };
    d.name = d.name.trimmed();
    if (d.name.isEmpty()) {
        throw core::Error(core::Error::Kind::BadInput, tr("Name: name the detection."));
    }
    QString error;
    const auto ids = core::parseAttackIds(d.attackIds.join(QLatin1Char(' ')), &error);
    if (!ids || ids->isEmpty()) {
        throw core::Error(
            core::Error::Kind::BadInput,
            ids ? tr("ATT&CK techniques: name at least one technique the detection covers.")
                : QCoreApplication::translate("muster::storage::DetectionRepository", "ATT&CK techniques: %1")
                      .arg(error));
    }
    d.attackIds = *ids;
    d.id = core::newId();
    d.createdAt = now;
    Query q(m_db.connection(), QStringLiteral("INSERT INTO detections (id, name, attack_ids, source, hunt_id, "
                                              "created_at, updated_at) VALUES (:id, :name, :ids, :source, :hunt, "
                                              ":now, :now)"));
    q.bind(QStringLiteral(":id"), d.id)
        .bind(QStringLiteral(":name"), d.name)
        .bind(QStringLiteral(":ids"), d.attackIds.join(QLatin1Char(',')))
        .bind(QStringLiteral(":source"), d.source)
        .bind(QStringLiteral(":hunt"), nullIfEmpty(d.huntId))
        .bind(QStringLiteral(":now"), now)
        .exec();
    return d;
}

void DetectionRepository::remove(const QString& id)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM detections WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace muster::storage
