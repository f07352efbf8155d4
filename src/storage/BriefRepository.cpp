#include "storage/BriefRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/JsonColumn.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::storage {

using core::IntelBrief;

namespace {

const QString kColumns = QStringLiteral(
    "id, reference, title, audience, tlp, sections, item_ids, recipient_ids, author_name, created_at, updated_at");

IntelBrief read(const Query& q)
{
    IntelBrief b;
    b.id = q.value(0).toString();
    b.reference = q.value(1).toString();
    b.title = q.value(2).toString();
    b.audience = core::briefAudiences().fromKey(q.value(3).toString()).value_or(core::BriefAudience::Soc);
    b.tlp = core::tlpLevels().fromKey(q.value(4).toString()).value_or(core::Tlp::Red);
    for (const auto& s : jsonArrayColumn(q.value(5))) {
        const QJsonObject o = s.toObject();
        b.sections.append({o.value(QLatin1String("heading")).toString(), o.value(QLatin1String("body")).toString()});
    }
    b.itemIds = stringListColumn(q.value(6));
    b.recipientIds = stringListColumn(q.value(7));
    b.authorName = q.value(8).toString();
    b.createdAt = q.value(9).toLongLong();
    b.updatedAt = q.value(10).toLongLong();
    return b;
}

void bindAll(Query& q, const IntelBrief& b)
{
    QJsonArray sections;
    for (const auto& s : b.sections) {
        sections.append(QJsonObject{{QStringLiteral("heading"), s.heading}, {QStringLiteral("body"), s.body}});
    }
    q.bind(QStringLiteral(":id"), b.id)
        .bind(QStringLiteral(":reference"), b.reference)
        .bind(QStringLiteral(":title"), b.title.trimmed())
        .bind(QStringLiteral(":audience"), core::briefAudiences().key(b.audience))
        .bind(QStringLiteral(":tlp"), core::tlpLevels().key(b.tlp))
        .bind(QStringLiteral(":sections"), jsonColumn(sections))
        .bind(QStringLiteral(":items"), jsonColumn(b.itemIds))
        .bind(QStringLiteral(":recipients"), jsonColumn(b.recipientIds))
        .bind(QStringLiteral(":author"), b.authorName)
        .bind(QStringLiteral(":created"), b.createdAt)
        .bind(QStringLiteral(":updated"), b.updatedAt);
}

} // namespace

BriefRepository::BriefRepository(const Database& db)
    : m_db(db)
{}

std::optional<IntelBrief> BriefRepository::find(const QString& idOrReference) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM intel_briefs WHERE id = :key OR reference = :key").arg(kColumns));
    q.bind(QStringLiteral(":key"), idOrReference).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return read(q);
}

QList<IntelBrief> BriefRepository::all() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM intel_briefs ORDER BY created_at DESC").arg(kColumns));
    q.exec();
    QList<IntelBrief> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

int BriefRepository::nextNumber(int year) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(CAST(substr(reference, 12) AS INTEGER)), 0) "
                                              "FROM intel_briefs WHERE reference LIKE :prefix"));
    return q.bind(QStringLiteral(":prefix"), QStringLiteral("BRIEF-%1-%").arg(year)).scalar().toInt() + 1;
}

void BriefRepository::insert(const IntelBrief& brief)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO intel_briefs (%1) VALUES (:id, :reference, :title, "
                                              ":audience, :tlp, :sections, :items, :recipients, :author, :created, "
                                              ":updated)")
                                   .arg(kColumns));
    bindAll(q, brief);
    q.exec();
}

void BriefRepository::update(const IntelBrief& brief)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE intel_briefs SET reference = :reference, title = :title, audience = :audience, "
                           "tlp = :tlp, sections = :sections, item_ids = :items, recipient_ids = :recipients, "
                           "author_name = :author, created_at = :created, updated_at = :updated WHERE id = :id"));
    bindAll(q, brief);
    q.exec();
}

void BriefRepository::remove(const QString& id)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM intel_briefs WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

void BriefRepository::logDistribution(const Distribution& d, const QStringList& recipientIds, const QString& actorId)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO intel_distributions (id, brief_id, what, channel, scope, tlp, recipients, "
                       "recipient_ids, destination, item_count, withheld_count, actor_id, actor_name, "
                       "distributed_at, updated_at) VALUES (:id, :brief, :what, :channel, :scope, :tlp, "
                       ":recipients, :recipient_ids, :destination, :items, :withheld, :actor_id, :actor, :at, :at)"));
    q.bind(QStringLiteral(":id"), d.id.isEmpty() ? core::newId() : d.id)
        .bind(QStringLiteral(":brief"), d.briefId)
        .bind(QStringLiteral(":what"), d.what)
        .bind(QStringLiteral(":channel"), d.channel)
        .bind(QStringLiteral(":scope"), d.scope)
        .bind(QStringLiteral(":tlp"), d.tlp)
        .bind(QStringLiteral(":recipients"), d.recipients)
        .bind(QStringLiteral(":recipient_ids"), jsonColumn(recipientIds))
        .bind(QStringLiteral(":destination"), d.destination)
        .bind(QStringLiteral(":items"), d.itemCount)
        .bind(QStringLiteral(":withheld"), d.withheldCount)
        .bind(QStringLiteral(":actor_id"), actorId)
        .bind(QStringLiteral(":actor"), d.actorName)
        .bind(QStringLiteral(":at"), d.at)
        .exec();
}

QList<BriefRepository::Distribution> BriefRepository::distributions(const QString& briefId) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, brief_id, what, channel, scope, tlp, recipients, destination, item_count, "
                           "withheld_count, actor_name, distributed_at FROM intel_distributions "
                           "WHERE :brief = '' OR brief_id = :brief ORDER BY distributed_at DESC, rowid DESC"));
    q.bind(QStringLiteral(":brief"), briefId).exec();
    QList<Distribution> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toInt(), q.value(9).toInt(), q.value(10).toString(), q.value(11).toLongLong()});
    }
    return out;
}

} // namespace muster::storage
