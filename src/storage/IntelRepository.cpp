#include "storage/IntelRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/JsonColumn.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace muster::storage {

using core::IntelItem;

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, stix_id, stix_type, name, description, source, confidence, first_seen, last_seen, valid_from, "
    "valid_until, tlp, revoked, pattern, pattern_type, attack_ids, labels, aliases, stix_modified, stix, created_at, "
    "updated_at");

IntelItem read(const Query& q)
{
    IntelItem i;
    i.id = q.value(0).toString();
    i.kind = core::intelKinds().fromKey(q.value(1).toString()).value_or(core::IntelKind::Indicator);
    i.stixId = q.value(2).toString();
    i.stixType = q.value(3).toString();
    i.name = q.value(4).toString();
    i.description = q.value(5).toString();
    i.source = q.value(6).toString();
    i.confidence = q.value(7).isNull() ? -1 : q.value(7).toInt();
    i.firstSeen = optionalMs(q.value(8));
    i.lastSeen = optionalMs(q.value(9));
    i.validFrom = optionalMs(q.value(10));
    i.validUntil = optionalMs(q.value(11));
    i.tlp = core::tlpLevels().fromKey(q.value(12).toString()).value_or(core::Tlp::Red);
    i.revoked = q.value(13).toBool();
    i.pattern = q.value(14).toString();
    i.patternType = q.value(15).toString();
    i.attackIds = q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    i.labels = stringListColumn(q.value(17));
    i.aliases = stringListColumn(q.value(18));
    i.stixModified = q.value(19).toString();
    i.stix = q.value(20).toString();
    i.createdAt = q.value(21).toLongLong();
    i.updatedAt = q.value(22).toLongLong();
    return i;
}

void bindAll(Query& q, const IntelItem& i)
{
    q.bind(QStringLiteral(":id"), i.id)
        .bind(QStringLiteral(":kind"), core::intelKinds().key(i.kind))
        .bind(QStringLiteral(":stix_id"), nullIfEmpty(i.stixId))
        .bind(QStringLiteral(":stix_type"), i.stixType)
        .bind(QStringLiteral(":name"), i.name.trimmed())
        .bind(QStringLiteral(":description"), i.description)
        .bind(QStringLiteral(":source"), i.source)
        .bind(QStringLiteral(":confidence"), i.confidence >= 0 ? QVariant(i.confidence) : QVariant())
        .bindOptional(QStringLiteral(":first_seen"), i.firstSeen)
        .bindOptional(QStringLiteral(":last_seen"), i.lastSeen)
        .bindOptional(QStringLiteral(":valid_from"), i.validFrom)
        .bindOptional(QStringLiteral(":valid_until"), i.validUntil)
        .bind(QStringLiteral(":tlp"), core::tlpLevels().key(i.tlp))
        .bind(QStringLiteral(":revoked"), i.revoked)
        .bind(QStringLiteral(":pattern"), i.pattern)
        .bind(QStringLiteral(":pattern_type"), i.patternType)
        .bind(QStringLiteral(":attack_ids"), i.attackIds.join(QLatin1Char(',')))
        .bind(QStringLiteral(":labels"), jsonColumn(i.labels))
        .bind(QStringLiteral(":aliases"), jsonColumn(i.aliases))
        .bind(QStringLiteral(":stix_modified"), i.stixModified)
        .bind(QStringLiteral(":stix"), i.stix)
        .bind(QStringLiteral(":created_at"), i.createdAt)
        .bind(QStringLiteral(":updated_at"), i.updatedAt);
}

} // namespace

IntelRepository::IntelRepository(const Database& db)
    : m_db(db)
{}

IntelRepository::~IntelRepository() = default;

Query& IntelRepository::statement(std::unique_ptr<Query>& slot, const QString& sql)
{
    if (!slot) {
        slot = std::make_unique<Query>(m_db.connection(), sql);
    }
    return *slot;
}

QHash<QString, IntelRepository::StoredVersion> IntelRepository::storedVersions() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT stix_id, id, stix_modified, tlp, created_at FROM intel_items "
                                              "WHERE stix_id IS NOT NULL"));
    q.exec();
    QHash<QString, StoredVersion> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                           core::tlpLevels().fromKey(q.value(3).toString()).value_or(core::Tlp::Red),
                                           q.value(4).toLongLong()});
    }
    return out;
}

std::optional<IntelItem> IntelRepository::find(const QString& id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM intel_items WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    IntelItem item = read(q);
    Query v(m_db.connection(), QStringLiteral("SELECT kind, value FROM intel_indicator_values WHERE item_id = :id "
                                              "ORDER BY rowid"));
    v.bind(QStringLiteral(":id"), id).exec();
    while (v.next()) {
        item.observables.append(
            {core::observableKinds().fromKey(v.value(0).toString()).value_or(core::ObservableKind::Ipv4),
             v.value(1).toString()});
    }
    return item;
}

std::optional<IntelItem> IntelRepository::findByStixId(const QString& stixId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM intel_items WHERE stix_id = :stix"));
    const QVariant id = q.bind(QStringLiteral(":stix"), stixId).scalar();
    return id.isNull() ? std::nullopt : find(id.toString());
}

QList<IntelItem> IntelRepository::list(const Filter& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM intel_items WHERE 1 = 1").arg(kColumns);
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = :kind");
    }
    if (filter.tlp) {
        sql += QStringLiteral(" AND tlp = :tlp");
    }
    if (!filter.includeRevoked) {
        sql += QStringLiteral(" AND revoked = 0");
    }
    if (!filter.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (name LIKE :text ESCAPE '\\' OR description LIKE :text ESCAPE '\\'"
                              " OR source LIKE :text ESCAPE '\\' OR attack_ids LIKE :text ESCAPE '\\'"
                              " OR id IN (SELECT item_id FROM intel_indicator_values WHERE value LIKE :text "
                              "ESCAPE '\\'))");
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC, name COLLATE NOCASE LIMIT :limit");
    Query q(m_db.connection(), sql);
    if (filter.kind) {
        q.bind(QStringLiteral(":kind"), core::intelKinds().key(*filter.kind));
    }
    if (filter.tlp) {
        q.bind(QStringLiteral(":tlp"), core::tlpLevels().key(*filter.tlp));
    }
    if (!filter.text.trimmed().isEmpty()) {
        QString t = filter.text.trimmed();
        t.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bind(QStringLiteral(":text"), QString(QStringLiteral("%") + t + QStringLiteral("%")));
    }
    q.bind(QStringLiteral(":limit"), filter.limit);
    q.exec();
    QList<IntelItem> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), out.size());
        out.append(read(q));
    }
    // Indicator values for the listed items, in one query.
    Query v(m_db.connection(),
            QStringLiteral("SELECT item_id, kind, value FROM intel_indicator_values ORDER BY rowid"));
    v.exec();
    while (v.next()) {
        auto it = index.constFind(v.value(0).toString());
        if (it != index.constEnd()) {
            out[*it].observables.append(
                {core::observableKinds().fromKey(v.value(1).toString()).value_or(core::ObservableKind::Ipv4),
                 v.value(2).toString()});
        }
    }
    return out;
}

QList<IntelItem> IntelRepository::byIds(const QStringList& ids) const
{
    QList<IntelItem> out;
    for (const QString& id : ids) {
        if (auto item = find(id)) {
            out.append(*item);
        }
    }
    return out;
}

int IntelRepository::count() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM intel_items"));
    return q.scalar().toInt();
}

void IntelRepository::insert(const IntelItem& item)
{
    Query& q = statement(m_insert,
                         QStringLiteral("INSERT INTO intel_items (%1) VALUES (:id, :kind, :stix_id, :stix_type, :name, "
                                        ":description, :source, :confidence, :first_seen, :last_seen, :valid_from, "
                                        ":valid_until, :tlp, :revoked, :pattern, :pattern_type, :attack_ids, :labels, "
                                        ":aliases, :stix_modified, :stix, :created_at, :updated_at)")
                             .arg(kColumns));
    bindAll(q, item);
    q.exec();
    writeValues(item, false);
}

void IntelRepository::update(const IntelItem& item)
{
    Query& q =
        statement(m_update, QStringLiteral(
                                "UPDATE intel_items SET kind = :kind, stix_id = :stix_id, stix_type = :stix_type, "
                                "name = :name, description = :description, source = :source, confidence = :confidence, "
                                "first_seen = :first_seen, last_seen = :last_seen, valid_from = :valid_from, "
                                "valid_until = :valid_until, tlp = :tlp, revoked = :revoked, pattern = :pattern, "
                                "pattern_type = :pattern_type, attack_ids = :attack_ids, labels = :labels, "
                                "aliases = :aliases, stix_modified = :stix_modified, stix = :stix, "
                                "created_at = :created_at, updated_at = :updated_at WHERE id = :id"));
    bindAll(q, item);
    q.exec();
    writeValues(item, true);
}

void IntelRepository::remove(const QString& id)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM intel_items WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

void IntelRepository::writeValues(const IntelItem& item, bool replace)
{
    if (replace) {
        statement(m_clearValues, QStringLiteral("DELETE FROM intel_indicator_values WHERE item_id = :id"))
            .bind(QStringLiteral(":id"), item.id)
            .exec();
    }
    Query& q = statement(m_insertValue,
                         QStringLiteral("INSERT OR IGNORE INTO intel_indicator_values (id, item_id, kind, value, "
                                        "is_range, updated_at) VALUES (:id, :item, :kind, :value, :range, :updated)"));
    for (const auto& o : item.observables) {
        q.bind(QStringLiteral(":id"), core::newId())
            .bind(QStringLiteral(":item"), item.id)
            .bind(QStringLiteral(":kind"), core::observableKinds().key(o.kind))
            .bind(QStringLiteral(":value"), o.value)
            .bind(QStringLiteral(":range"), o.isRange())
            .bind(QStringLiteral(":updated"), item.updatedAt)
            .exec();
    }
}

QList<IntelRepository::IndicatorMatch> IntelRepository::indicatorsMatching(const core::Observable& observed) const
{
    // The exact value by index, and the ranges of the kind (a partial index keeps them few).
    Query q(m_db.connection(), QStringLiteral("SELECT item_id, value FROM intel_indicator_values "
                                              "WHERE kind = :kind AND value = :value UNION ALL "
                                              "SELECT item_id, value FROM intel_indicator_values "
                                              "WHERE kind = :kind AND is_range = 1"));
    q.bind(QStringLiteral(":kind"), core::observableKinds().key(observed.kind))
        .bind(QStringLiteral(":value"), observed.value)
        .exec();
    QList<IndicatorMatch> out;
    while (q.next()) {
        const core::Observable value{observed.kind, q.value(1).toString()};
        if (value.matches(observed)) {
            out.append({q.value(0).toString(), value});
        }
    }
    return out;
}

void IntelRepository::upsertRelationship(const core::IntelRelationship& r, qint64 now)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO intel_relationships (id, stix_id, type, source_ref, target_ref, stix, "
                       "updated_at) VALUES (:id, :stix_id, :type, :source, :target, :stix, :now) "
                       "ON CONFLICT (stix_id) DO UPDATE SET type = excluded.type, source_ref = excluded.source_ref, "
                       "target_ref = excluded.target_ref, stix = excluded.stix, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), r.id.isEmpty() ? core::newId() : r.id)
        .bind(QStringLiteral(":stix_id"), r.stixId)
        .bind(QStringLiteral(":type"), r.type)
        .bind(QStringLiteral(":source"), r.sourceRef)
        .bind(QStringLiteral(":target"), r.targetRef)
        .bind(QStringLiteral(":stix"), r.stix)
        .bind(QStringLiteral(":now"), now)
        .exec();
}

QList<core::IntelRelationship> IntelRepository::relationshipsOf(const QString& stixId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, stix_id, type, source_ref, target_ref, stix FROM "
                                              "intel_relationships WHERE source_ref = :ref OR target_ref = :ref "
                                              "ORDER BY type, stix_id"));
    q.bind(QStringLiteral(":ref"), stixId).exec();
    QList<core::IntelRelationship> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

int IntelRepository::relationshipCount() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM intel_relationships"));
    return q.scalar().toInt();
}

void IntelRepository::upsertKept(const QJsonObject& object, const QString& source, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO stix_objects (id, stix_id, type, source, stix, imported_at, updated_at) "
                           "VALUES (:id, :stix_id, :type, :source, :stix, :now, :now) ON CONFLICT (stix_id) DO UPDATE "
                           "SET type = excluded.type, source = excluded.source, stix = excluded.stix, "
                           "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":stix_id"), object.value(QLatin1String("id")).toString())
        .bind(QStringLiteral(":type"), object.value(QLatin1String("type")).toString())
        .bind(QStringLiteral(":source"), source)
        .bind(QStringLiteral(":stix"), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now"), now)
        .exec();
}

QMap<QString, int> IntelRepository::keptTypes() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT type, count(*) FROM stix_objects GROUP BY type"));
    q.exec();
    QMap<QString, int> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

void IntelRepository::logImport(const QString& origin, const QString& actorName, const QJsonObject& summary, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO intel_imports (id, origin, actor_name, imported_at, summary, "
                           "updated_at) VALUES (:id, :origin, :actor, :now, :summary, :now)"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":origin"), origin)
        .bind(QStringLiteral(":actor"), actorName)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":summary"), QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)))
        .exec();
}

QHash<QString, int> IntelRepository::attackMentions() const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT attack_ids FROM intel_items WHERE attack_ids <> '' AND revoked = 0"));
    q.exec();
    QHash<QString, int> out;
    while (q.next()) {
        for (const QString& id : q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            out[id] += 1;
        }
    }
    return out;
}

} // namespace muster::storage
