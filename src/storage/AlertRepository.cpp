#include "storage/AlertRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace muster::storage {

using core::Alert;

namespace {

const QChar kSep(0x1f);

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.source_id, s.name, a.dedup_key, a.title, a.severity, a.severity_text, a.rule, a.group_key, "
    "a.labels, a.raw, a.received_at, a.source_time, a.last_seen_at, a.occurrences, a.state, a.acknowledged_at, "
    "a.resolved_at, a.business_critical, a.minimum_tier, a.triage, a.triage_note, a.triaged_at, a.triaged_by, "
    "a.incident_id, COALESCE(i.reference, ''), a.updated_at, "
    "(SELECT group_concat(x.asset_id, char(31)) FROM alert_assets x WHERE x.alert_id = a.id), "
    "(SELECT group_concat(y.name, char(31)) FROM alert_assets x JOIN assets y ON y.id = x.asset_id "
    " WHERE x.alert_id = a.id) "
    "FROM alerts a JOIN alert_sources s ON s.id = a.source_id LEFT JOIN incidents i ON i.id = a.incident_id");

QStringList splitList(const QVariant& v)
{
    return v.isNull() ? QStringList() : v.toString().split(kSep, Qt::SkipEmptyParts);
}

Alert read(const Query& q)
{
    Alert a;
    a.id = q.value(0).toString();
    a.sourceId = q.value(1).toString();
    a.sourceName = q.value(2).toString();
    a.dedupKey = q.value(3).toString();
    a.title = q.value(4).toString();
    a.severity = core::severityFromInt(q.value(5).toInt()).value_or(core::Severity::Sev3);
    a.severityText = q.value(6).toString();
    a.rule = q.value(7).toString();
    a.groupKey = q.value(8).toString();
    a.labels = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    a.raw = q.value(10).toString();
    a.receivedAt = q.value(11).toLongLong();
    a.sourceTime = optionalMs(q.value(12));
    a.lastSeenAt = q.value(13).toLongLong();
    a.occurrences = q.value(14).toInt();
    a.state = core::alertStates().fromKey(q.value(15).toString()).value_or(core::AlertState::Firing);
    a.acknowledgedAt = optionalMs(q.value(16));
    a.resolvedAt = optionalMs(q.value(17));
    a.businessCritical = q.value(18).toBool();
    a.minimumTier = core::tierFromInt(q.value(19).toInt()).value_or(core::Tier::Tier1);
    a.triage = core::alertTriages().fromKey(q.value(20).toString()).value_or(core::AlertTriage::Untriaged);
    a.triageNote = q.value(21).toString();
    a.triagedAt = optionalMs(q.value(22));
    a.triagedBy = q.value(23).toString();
    a.incidentId = q.value(24).toString();
    a.incidentReference = q.value(25).toString();
    a.updatedAt = q.value(26).toLongLong();
    a.assetIds = splitList(q.value(27));
    a.assetNames = splitList(q.value(28));
    return a;
}

QList<Alert> readAll(Query& q)
{
    q.exec();
    QList<Alert> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "(:p0, :p1, ...)" for an IN list of n bound values.
QString placeholders(const QString& prefix, qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i) {
        names.append(QStringLiteral(":%1%2").arg(prefix).arg(i));
    }
    return QStringLiteral("(%1)").arg(names.join(QStringLiteral(", ")));
}

} // namespace

AlertRepository::AlertRepository(const Database& db)
    : m_db(db)
{}

AlertRepository::~AlertRepository() = default;

std::optional<Alert> AlertRepository::find(const QString& id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral(" WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    const auto list = readAll(q);
    return list.isEmpty() ? std::nullopt : std::optional<Alert>(list.first());
}

std::optional<Alert> AlertRepository::findByKey(const QString& sourceId, const QString& dedupKey)
{
    if (!m_findByKey) {
        m_findByKey = std::make_unique<Query>(m_db.connection(),
                                              kSelect + QStringLiteral(" WHERE a.source_id = :s AND a.dedup_key = :k"));
    }
    m_findByKey->bind(QStringLiteral(":s"), sourceId).bind(QStringLiteral(":k"), dedupKey);
    const auto list = readAll(*m_findByKey);
    return list.isEmpty() ? std::nullopt : std::optional<Alert>(list.first());
}

QList<Alert> AlertRepository::list(const AlertFilter& f) const
{
    QStringList where;
    QStringList triageKeys;
    for (auto t : f.triages) {
        triageKeys.append(core::alertTriages().key(t));
    }
    if (!triageKeys.isEmpty()) {
        where.append(QStringLiteral("a.triage IN %1").arg(placeholders(QStringLiteral("t"), triageKeys.size())));
    }
    if (!f.sourceIds.isEmpty()) {
        where.append(QStringLiteral("a.source_id IN %1").arg(placeholders(QStringLiteral("s"), f.sourceIds.size())));
    }
    if (!f.severities.isEmpty()) {
        where.append(QStringLiteral("a.severity IN %1").arg(placeholders(QStringLiteral("v"), f.severities.size())));
    }
    if (!f.assetId.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM alert_assets x WHERE x.alert_id = a.id AND "
                                    "x.asset_id = :asset)"));
    }
    if (f.receivedFrom) {
        where.append(QStringLiteral("a.received_at >= :from"));
    }
    QString sql = kSelect;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY a.last_seen_at DESC, a.id LIMIT :limit");
    Query q(m_db.connection(), sql);
    for (qsizetype i = 0; i < triageKeys.size(); ++i) {
        q.bind(QStringLiteral(":t%1").arg(i), triageKeys.at(i));
    }
    for (qsizetype i = 0; i < f.sourceIds.size(); ++i) {
        q.bind(QStringLiteral(":s%1").arg(i), f.sourceIds.at(i));
    }
    for (qsizetype i = 0; i < f.severities.size(); ++i) {
        q.bind(QStringLiteral(":v%1").arg(i), core::toInt(f.severities.at(i)));
    }
    if (!f.assetId.isEmpty()) {
        q.bind(QStringLiteral(":asset"), f.assetId);
    }
    if (f.receivedFrom) {
        q.bind(QStringLiteral(":from"), *f.receivedFrom);
    }
    q.bind(QStringLiteral(":limit"), std::max(1, f.limit));
    return readAll(q);
}

QList<Alert> AlertRepository::ofIncident(const QString& incidentId) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral(" WHERE a.incident_id = :i ORDER BY a.received_at"));
    q.bind(QStringLiteral(":i"), incidentId);
    return readAll(q);
}

int AlertRepository::count() const
{
    return Query(m_db.connection(), QStringLiteral("SELECT count(*) FROM alerts")).scalar().toInt();
}

AlertRepository::QueueStats AlertRepository::queueStats() const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT count(*), MIN(received_at) FROM alerts WHERE triage = 'untriaged'"));
    q.exec();
    QueueStats stats;
    if (q.next()) {
        stats.untriaged = q.value(0).toInt();
        stats.oldestUntriagedAt = optionalMs(q.value(1));
    }
    return stats;
}

QList<core::NoiseMetrics::Fact> AlertRepository::noiseFacts(std::optional<qint64> receivedFrom) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT s.name, a.rule, a.triage, a.received_at, a.triaged_at, COALESCE(a.incident_id, ''), "
                           "a.occurrences FROM alerts a JOIN alert_sources s ON s.id = a.source_id "
                           "WHERE a.received_at >= :from"));
    q.bind(QStringLiteral(":from"), receivedFrom.value_or(0)).exec();
    QList<core::NoiseMetrics::Fact> facts;
    while (q.next()) {
        facts.append(core::NoiseMetrics::Fact{
            q.value(0).toString(), q.value(1).toString(),
            core::alertTriages().fromKey(q.value(2).toString()).value_or(core::AlertTriage::Untriaged),
            q.value(3).toLongLong(), optionalMs(q.value(4)), q.value(5).toString(), q.value(6).toInt()});
    }
    return facts;
}

void AlertRepository::insert(const Alert& a)
{
    if (!m_insert) {
        m_insert = std::make_unique<Query>(
            m_db.connection(),
            QStringLiteral("INSERT INTO alerts (id, source_id, dedup_key, title, severity, severity_text, rule, "
                           "group_key, labels, raw, received_at, source_time, last_seen_at, occurrences, state, "
                           "acknowledged_at, resolved_at, business_critical, minimum_tier, triage, updated_at) VALUES "
                           "(:id, :source, :key, :title, :severity, :severity_text, :rule, :group, :labels, :raw, "
                           ":received, :source_time, :last_seen, :occurrences, :state, :ack, :resolved, :critical, "
                           ":tier, :triage, :updated)"));
    }
    m_insert->bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":source"), a.sourceId)
        .bind(QStringLiteral(":key"), a.dedupKey)
        .bind(QStringLiteral(":title"), a.title)
        .bind(QStringLiteral(":severity"), core::toInt(a.severity))
        .bind(QStringLiteral(":severity_text"), a.severityText)
        .bind(QStringLiteral(":rule"), a.rule)
        .bind(QStringLiteral(":group"), a.groupKey)
        .bind(QStringLiteral(":labels"), compact(a.labels))
        .bind(QStringLiteral(":raw"), a.raw)
        .bind(QStringLiteral(":received"), a.receivedAt)
        .bindOptional(QStringLiteral(":source_time"), a.sourceTime)
        .bind(QStringLiteral(":last_seen"), a.lastSeenAt)
        .bind(QStringLiteral(":occurrences"), a.occurrences)
        .bind(QStringLiteral(":state"), core::alertStates().key(a.state))
        .bindOptional(QStringLiteral(":ack"), a.acknowledgedAt)
        .bindOptional(QStringLiteral(":resolved"), a.resolvedAt)
        .bind(QStringLiteral(":critical"), a.businessCritical ? 1 : 0)
        .bind(QStringLiteral(":tier"), core::toInt(a.minimumTier))
        .bind(QStringLiteral(":triage"), core::alertTriages().key(a.triage))
        .bind(QStringLiteral(":updated"), a.updatedAt)
        .exec();
    if (!a.assetIds.isEmpty() && !m_insertAsset) {
        m_insertAsset = std::make_unique<Query>(
            m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO alert_assets (id, alert_id, asset_id) VALUES "
                                              "(:id, :alert, :asset)"));
    }
    for (const QString& assetId : a.assetIds) {
        m_insertAsset->bind(QStringLiteral(":id"), core::newId())
            .bind(QStringLiteral(":alert"), a.id)
            .bind(QStringLiteral(":asset"), assetId)
            .exec();
    }
}

void AlertRepository::recordRepeat(const Alert& a)
{
    if (!m_repeat) {
        m_repeat = std::make_unique<Query>(
            m_db.connection(),
            QStringLiteral("UPDATE alerts SET occurrences = :occurrences, last_seen_at = :last_seen, title = :title, "
                           "severity = :severity, severity_text = :severity_text, labels = :labels, raw = :raw, "
                           "state = :state, resolved_at = :resolved, group_key = :group, updated_at = :updated "
                           "WHERE id = :id"));
    }
    m_repeat->bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":occurrences"), a.occurrences)
        .bind(QStringLiteral(":last_seen"), a.lastSeenAt)
        .bind(QStringLiteral(":title"), a.title)
        .bind(QStringLiteral(":severity"), core::toInt(a.severity))
        .bind(QStringLiteral(":severity_text"), a.severityText)
        .bind(QStringLiteral(":labels"), compact(a.labels))
        .bind(QStringLiteral(":raw"), a.raw)
        .bind(QStringLiteral(":state"), core::alertStates().key(a.state))
        .bindOptional(QStringLiteral(":resolved"), a.resolvedAt)
        .bind(QStringLiteral(":group"), a.groupKey)
        .bind(QStringLiteral(":updated"), a.updatedAt)
        .exec();
}

void AlertRepository::setState(const Alert& a)
{
    Query q(m_db.connection(), QStringLiteral("UPDATE alerts SET state = :state, acknowledged_at = :ack, resolved_at = "
                                              ":resolved, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":state"), core::alertStates().key(a.state))
        .bindOptional(QStringLiteral(":ack"), a.acknowledgedAt)
        .bindOptional(QStringLiteral(":resolved"), a.resolvedAt)
        .bind(QStringLiteral(":updated"), a.updatedAt)
        .exec();
}

void AlertRepository::setTriage(const Alert& a)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE alerts SET triage = :triage, triage_note = :note, triaged_at = :at, triaged_by = "
                           ":by, incident_id = :incident, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":triage"), core::alertTriages().key(a.triage))
        .bind(QStringLiteral(":note"), a.triageNote)
        .bindOptional(QStringLiteral(":at"), a.triagedAt)
        .bind(QStringLiteral(":by"), a.triagedBy)
        .bind(QStringLiteral(":incident"), nullIfEmpty(a.incidentId))
        .bind(QStringLiteral(":updated"), a.updatedAt)
        .exec();
}

} // namespace muster::storage
