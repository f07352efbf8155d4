#include "storage/CommunicationRepository.h"

#include "core/CommunicationRules.h"
#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.incident_id, c.template_id, c.audience, c.channel, c.recipients, c.subject, c.body, c.version, "
    "c.status, c.created_at, c.updated_at, c.sent_at, c.sent_by, c.sent_via, i.reference "
    "FROM communications c JOIN incidents i ON i.id = c.incident_id ");

core::Communication read(const Query& q)
{
    core::Communication c;
    c.id = q.value(0).toString();
    c.incidentId = q.value(1).toString();
    c.templateId = q.value(2).toString();
    c.audience = core::audiences().fromKey(q.value(3).toString()).value_or(core::Audience::IncidentTeam);
    c.channel = core::channels().fromKey(q.value(4).toString()).value_or(core::Channel::Manual);
    c.recipients = q.value(5).toString();
    c.subject = q.value(6).toString();
    c.body = q.value(7).toString();
    c.version = q.value(8).toInt();
    c.status = core::communicationStatuses().fromKey(q.value(9).toString()).value_or(core::CommunicationStatus::Draft);
    c.createdAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    c.sentAt = optionalMs(q.value(12));
    c.sentBy = q.value(13).toString();
    c.sentVia = q.value(14).toString();
    c.incidentReference = q.value(15).toString();
    return c;
}

// The columns that insert and update share.
void bindAll(Query& q, const core::Communication& c)
{
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":audience"), core::audiences().key(c.audience))
        .bind(QStringLiteral(":channel"), core::channels().key(c.channel))
        .bind(QStringLiteral(":recipients"), c.recipients)
        .bind(QStringLiteral(":subject"), c.subject)
        .bind(QStringLiteral(":body"), c.body)
        .bind(QStringLiteral(":version"), c.version)
        .bind(QStringLiteral(":status"), core::communicationStatuses().key(c.status))
        .bindOptional(QStringLiteral(":sent_at"), c.sentAt)
        .bind(QStringLiteral(":sent_by"), c.sentBy)
        .bind(QStringLiteral(":sent_via"), c.sentVia)
        .bind(QStringLiteral(":updated"), c.updatedAt);
}

} // namespace

CommunicationRepository::CommunicationRepository(const Database& db)
    : m_db(db)
{}

QList<core::Communication> CommunicationRepository::ofIncident(const QString& incidentId) const
{
    Query q(m_db.connection(),
            kSelect + QStringLiteral("WHERE c.incident_id = :incident ORDER BY c.created_at, c.rowid"));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QList<core::Communication> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

std::optional<core::Communication> CommunicationRepository::find(const QString& id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return read(q);
}

QList<core::CommunicationVersion> CommunicationRepository::versions(const QString& communicationId) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, communication_id, version, subject, body, author_id, author_name, created_at "
                           "FROM communication_versions WHERE communication_id = :id ORDER BY version"));
    q.bind(QStringLiteral(":id"), communicationId).exec();
    QList<core::CommunicationVersion> out;
    while (q.next()) {
        out.append(core::CommunicationVersion{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                              q.value(6).toString(), q.value(7).toLongLong()});
    }
    return out;
}

std::optional<qint64> CommunicationRepository::lastStatusUpdate(const QString& incidentId) const
{
    QStringList audiences;
    for (const auto a : core::audiences().values()) {
        if (core::StatusCadence::isStatusUpdate(a)) {
            audiences.append(core::audiences().key(a));
        }
    }
    Query q(m_db.connection(),
            QStringLiteral("SELECT MAX(sent_at) FROM communications WHERE incident_id = :incident AND status = 'sent' "
                           "AND audience IN (SELECT value FROM json_each(:audiences))"));
    q.bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":audiences"), QStringLiteral("[\"%1\"]").arg(audiences.join(QStringLiteral("\",\""))));
    return optionalMs(q.scalar());
}

void CommunicationRepository::insert(const core::Communication& c, const core::Actor& author)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO communications (id, incident_id, template_id, audience, channel, recipients, "
                           "subject, body, version, status, created_at, sent_at, sent_by, sent_via, updated_at) "
                           "VALUES (:id, :incident, :template, :audience, :channel, :recipients, :subject, :body, "
                           ":version, :status, :created, :sent_at, :sent_by, :sent_via, :updated)"));
    bindAll(q, c);
    q.bind(QStringLiteral(":incident"), c.incidentId)
        .bind(QStringLiteral(":template"), c.templateId)
        .bind(QStringLiteral(":created"), c.createdAt)
        .exec();
    writeVersion(c, author);
}

void CommunicationRepository::update(const core::Communication& c, const core::Actor& author)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE communications SET audience = :audience, channel = :channel, "
                           "recipients = :recipients, subject = :subject, body = :body, version = :version, "
                           "status = :status, sent_at = :sent_at, sent_by = :sent_by, sent_via = :sent_via, "
                           "updated_at = :updated WHERE id = :id"));
    bindAll(q, c);
    q.exec();
    writeVersion(c, author);
}

void CommunicationRepository::writeVersion(const core::Communication& c, const core::Actor& author)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO communication_versions (id, communication_id, version, subject, body, "
                           "author_id, author_name, created_at, updated_at) VALUES (:id, :communication, :version, "
                           ":subject, :body, :author_id, :author, :now, :now) "
                           "ON CONFLICT (communication_id, version) DO NOTHING"));
    q.bind(QStringLiteral(":id"), core::newId())
        .bind(QStringLiteral(":communication"), c.id)
        .bind(QStringLiteral(":version"), c.version)
        .bind(QStringLiteral(":subject"), c.subject)
        .bind(QStringLiteral(":body"), c.body)
        .bind(QStringLiteral(":author_id"), author.personId)
        .bind(QStringLiteral(":author"), author.name)
        .bind(QStringLiteral(":now"), c.updatedAt)
        .exec();
}

} // namespace muster::storage
