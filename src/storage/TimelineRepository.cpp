#include "storage/TimelineRepository.h"

#include "core/Ids.h"
#include "core/IncidentFacts.h"
#include "core/TimelineChain.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace muster::storage {

using core::TimelineEntry;

TimelineRepository::TimelineRepository(const Database& db)
    : m_db(db)
{}

TimelineRepository::~TimelineRepository() = default;

namespace {

const QString kEntryColumns = QStringLiteral(
    "id, incident_id, seq, occurred_at, recorded_at, actor_id, actor_name, kind, text, data, prev_hash, hash");

// One row of kEntryColumns; ForFolding leaves out what folding does not read.
TimelineEntry readEntry(const BulkStatement& q, TimelineRepository::Detail detail)
{
    const bool whole = detail == TimelineRepository::Detail::Whole;
    TimelineEntry e;
    e.id = q.text(0);
    e.incidentId = q.text(1);
    e.seq = int(q.integer(2));
    e.occurredAt = q.integer(3);
    e.recordedAt = q.integer(4);
    e.kind = q.text(7);
    if (whole) {
        e.actorId = q.text(5);
        e.actorName = q.text(6);
        e.text = q.text(8);
        e.prevHash = q.text(10);
    }
    if (whole || core::IncidentFacts::changedBy(e.kind)) {
        e.data = q.text(9);
    }
    e.hash = q.text(11);
    return e;
}

} // namespace

QList<TimelineEntry> TimelineRepository::entries(const QString& incidentId) const
{
    BulkStatement q(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM timeline_entries WHERE incident_id = ?1 ORDER BY seq").arg(kEntryColumns));
    q.bind(1, incidentId);
    QList<TimelineEntry> out;
    while (q.next()) {
        out.append(readEntry(q, Detail::Whole));
    }
    return out;
}

QHash<QString, QList<TimelineEntry>> TimelineRepository::entriesOf(const QStringList& incidentIds, Detail detail) const
{
    // Read through SQLite's own interface: a pull refolds thousands of timelines with it.
    BulkStatement q(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM timeline_entries WHERE incident_id IN (SELECT value FROM "
                                   "json_each(?1)) ORDER BY incident_id, seq")
                        .arg(kEntryColumns));
    const QString ids = jsonList(incidentIds);
    q.bind(1, ids);
    QHash<QString, QList<TimelineEntry>> out;
    QList<TimelineEntry>* current = nullptr;
    while (q.next()) {
        TimelineEntry e = readEntry(q, detail);
        if (!current || current->constFirst().incidentId != e.incidentId) {
            current = &out[e.incidentId];
        }
        current->append(std::move(e));
    }
    return out;
}

int TimelineRepository::nextSeq(const QString& incidentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM timeline_entries "
                                              "WHERE incident_id = :id"));
    q.bind(QStringLiteral(":id"), incidentId);
    return q.scalar().toInt();
}

TimelineEntry TimelineRepository::seal(const QString& incidentId, int seq, const core::Actor& actor,
                                       const core::TimelineDraft& draft, qint64 recordedAt, const QString& previousHash)
{
    TimelineEntry e;
    e.id = core::newId();
    e.incidentId = incidentId;
    e.seq = seq;
    e.occurredAt = draft.occurredAt;
    e.recordedAt = recordedAt;
    e.actorId = actor.personId;
    e.actorName = actor.name;
    e.kind = draft.kind;
    e.text = draft.text;
    e.data = draft.data.isEmpty() ? QStringLiteral("{}")
                                  : QString::fromUtf8(QJsonDocument(draft.data).toJson(QJsonDocument::Compact));
    core::TimelineChain::seal(e, previousHash.isEmpty() ? core::TimelineChain::genesisHash() : previousHash);
    return e;
}

QList<TimelineEntry> TimelineRepository::append(const QString& incidentId, const QString& head, int nextSeq,
                                                const core::Actor& actor, const QList<core::TimelineDraft>& drafts,
                                                qint64 recordedAt)
{
    QList<TimelineEntry> out;
    out.reserve(drafts.size());
    QString previous = head;
    int seq = nextSeq;
    for (const core::TimelineDraft& d : drafts) {
        TimelineEntry e = seal(incidentId, seq++, actor, d, recordedAt, previous);
        insert(e);
        previous = e.hash;
        out.append(e);
    }
    return out;
}

void TimelineRepository::insert(const TimelineEntry& e)
{
    if (!m_insert) {
        m_insert = std::make_unique<Query>(
            m_db.connection(),
            QStringLiteral("INSERT INTO timeline_entries (id, incident_id, seq, occurred_at, recorded_at, actor_id, "
                           "actor_name, kind, text, data, prev_hash, hash) VALUES (:id, :incident, :seq, :occurred, "
                           ":recorded, :actor_id, :actor_name, :kind, :text, :data, :prev, :hash)"));
    }
    m_insert->bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":incident"), e.incidentId)
        .bind(QStringLiteral(":seq"), e.seq)
        .bind(QStringLiteral(":occurred"), e.occurredAt)
        .bind(QStringLiteral(":recorded"), e.recordedAt)
        .bind(QStringLiteral(":actor_id"), e.actorId)
        .bind(QStringLiteral(":actor_name"), e.actorName)
        .bind(QStringLiteral(":kind"), e.kind)
        .bind(QStringLiteral(":text"), e.text)
        .bind(QStringLiteral(":data"), e.data)
        .bind(QStringLiteral(":prev"), e.prevHash)
        .bind(QStringLiteral(":hash"), e.hash)
        .exec();
}

} // namespace muster::storage
