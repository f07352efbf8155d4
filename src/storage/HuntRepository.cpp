#include "storage/HuntRepository.h"

#include "storage/Database.h"
#include "storage/JsonColumn.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::storage {

using core::Hunt;

namespace {

const QString kColumns = QStringLiteral(
    "id, reference, title, hypothesis, attack_ids, intel_ids, data_sources, queries, timebox_start, timebox_end, "
    "owner_id, status, outcome, outcome_note, incident_id, detection_name, created_at, started_at, concluded_at, "
    "updated_at");

Hunt read(const Query& q)
{
    Hunt h;
    h.id = q.value(0).toString();
    h.reference = q.value(1).toString();
    h.title = q.value(2).toString();
    h.hypothesis = q.value(3).toString();
    h.attackIds = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.intelIds = stringListColumn(q.value(5));
    h.dataSources = stringListColumn(q.value(6));
    for (const auto& e : jsonArrayColumn(q.value(7))) {
        const QJsonObject o = e.toObject();
        h.queries.append({core::queryLanguages()
                              .fromKey(o.value(QLatin1String("language")).toString())
                              .value_or(core::QueryLanguage::Text),
                          o.value(QLatin1String("text")).toString()});
    }
    h.timeboxStart = optionalMs(q.value(8));
    h.timeboxEnd = optionalMs(q.value(9));
    h.ownerId = q.value(10).toString();
    h.status = core::huntStatuses().fromKey(q.value(11).toString()).value_or(core::HuntStatus::Proposed);
    h.outcome = core::huntOutcomes().fromKey(q.value(12).toString()).value_or(core::HuntOutcome::None);
    h.outcomeNote = q.value(13).toString();
    h.incidentId = q.value(14).toString();
    h.detectionName = q.value(15).toString();
    h.createdAt = q.value(16).toLongLong();
    h.startedAt = optionalMs(q.value(17));
    h.concludedAt = optionalMs(q.value(18));
    h.updatedAt = q.value(19).toLongLong();
    return h;
}

void bindAll(Query& q, const Hunt& h)
{
    QJsonArray queries;
    for (const auto& query : h.queries) {
        queries.append(QJsonObject{{QStringLiteral("language"), core::queryLanguages().key(query.language)},
                                   {QStringLiteral("text"), query.text}});
    }
    q.bind(QStringLiteral(":id"), h.id)
        .bind(QStringLiteral(":reference"), h.reference)
        .bind(QStringLiteral(":title"), h.title)
        .bind(QStringLiteral(":hypothesis"), h.hypothesis)
        .bind(QStringLiteral(":attack_ids"), h.attackIds.join(QLatin1Char(',')))
        .bind(QStringLiteral(":intel_ids"), jsonColumn(h.intelIds))
        .bind(QStringLiteral(":data_sources"), jsonColumn(h.dataSources))
        .bind(QStringLiteral(":queries"), jsonColumn(queries))
        .bindOptional(QStringLiteral(":timebox_start"), h.timeboxStart)
        .bindOptional(QStringLiteral(":timebox_end"), h.timeboxEnd)
        .bind(QStringLiteral(":owner_id"), nullIfEmpty(h.ownerId))
        .bind(QStringLiteral(":status"), core::huntStatuses().key(h.status))
        .bind(QStringLiteral(":outcome"), core::huntOutcomes().key(h.outcome))
        .bind(QStringLiteral(":outcome_note"), h.outcomeNote)
        .bind(QStringLiteral(":incident_id"), nullIfEmpty(h.incidentId))
        .bind(QStringLiteral(":detection_name"), h.detectionName)
        .bind(QStringLiteral(":created_at"), h.createdAt)
        .bindOptional(QStringLiteral(":started_at"), h.startedAt)
        .bindOptional(QStringLiteral(":concluded_at"), h.concludedAt)
        .bind(QStringLiteral(":updated_at"), h.updatedAt);
}

} // namespace

HuntRepository::HuntRepository(const Database& db)
    : m_db(db)
{}

QList<Hunt> HuntRepository::select(const QString& where, const QString& key) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM hunts %2 ORDER BY created_at DESC, reference DESC").arg(kColumns, where));
    if (!key.isNull()) {
        q.bind(QStringLiteral(":key"), key);
    }
    q.exec();
    QList<Hunt> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), out.size());
        out.append(read(q));
    }
    Query f(m_db.connection(), QStringLiteral("SELECT hunt_id, id, recorded_at, author_name, text, evidence "
                                              "FROM hunt_findings ORDER BY recorded_at, rowid"));
    f.exec();
    while (f.next()) {
        auto it = index.constFind(f.value(0).toString());
        if (it != index.constEnd()) {
            out[*it].findings.append({f.value(1).toString(), f.value(2).toLongLong(), f.value(3).toString(),
                                      f.value(4).toString(), f.value(5).toString()});
        }
    }
    return out;
}

std::optional<Hunt> HuntRepository::find(const QString& idOrReference) const
{
    const auto hunts = select(QStringLiteral("WHERE id = :key OR reference = :key"), idOrReference);
    return hunts.isEmpty() ? std::nullopt : std::optional<Hunt>(hunts.first());
}

QList<Hunt> HuntRepository::all() const
{
    return select(QString(), QString());
}

int HuntRepository::nextNumber(int year) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(CAST(substr(reference, 11) AS INTEGER)), 0) "
                                              "FROM hunts WHERE reference LIKE :prefix"));
    return q.bind(QStringLiteral(":prefix"), QStringLiteral("HUNT-%1-%").arg(year)).scalar().toInt() + 1;
}

void HuntRepository::insert(const Hunt& hunt)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO hunts (%1) VALUES (:id, :reference, :title, :hypothesis, :attack_ids, "
                           ":intel_ids, :data_sources, :queries, :timebox_start, :timebox_end, :owner_id, :status, "
                           ":outcome, :outcome_note, :incident_id, :detection_name, :created_at, :started_at, "
                           ":concluded_at, :updated_at)")
                .arg(kColumns));
    bindAll(q, hunt);
    q.exec();
    for (const auto& f : hunt.findings) {
        insertFinding(hunt.id, f);
    }
}

void HuntRepository::update(const Hunt& hunt)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE hunts SET reference = :reference, title = :title, hypothesis = :hypothesis, "
                           "attack_ids = :attack_ids, intel_ids = :intel_ids, data_sources = :data_sources, "
                           "queries = :queries, timebox_start = :timebox_start, timebox_end = :timebox_end, "
                           "owner_id = :owner_id, status = :status, outcome = :outcome, outcome_note = :outcome_note, "
                           "incident_id = :incident_id, detection_name = :detection_name, created_at = :created_at, "
                           "started_at = :started_at, concluded_at = :concluded_at, updated_at = :updated_at "
                           "WHERE id = :id"));
    bindAll(q, hunt);
    q.exec();
}

void HuntRepository::insertFinding(const QString& huntId, const core::HuntFinding& f)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO hunt_findings (id, hunt_id, recorded_at, author_name, text, "
                                              "evidence, updated_at) VALUES (:id, :hunt, :at, :author, :text, "
                                              ":evidence, :at)"));
    q.bind(QStringLiteral(":id"), f.id)
        .bind(QStringLiteral(":hunt"), huntId)
        .bind(QStringLiteral(":at"), f.recordedAt)
        .bind(QStringLiteral(":author"), f.authorName)
        .bind(QStringLiteral(":text"), f.text)
        .bind(QStringLiteral(":evidence"), f.evidence)
        .exec();
}

void HuntRepository::remove(const QString& id)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM hunts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

} // namespace muster::storage
