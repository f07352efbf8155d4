#include "storage/AlertSourceRepository.h"

#include "core/Error.h"
#include "core/GenericMapping.h"
#include "core/Ids.h"
#include "core/IntakeToken.h"
#include "core/SeverityMap.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace muster::storage {

using core::AlertSource;
using core::Error;

namespace {

const QString kColumns =
    QStringLiteral("s.id, s.name, s.severity_map, s.mapping, s.rate_per_second, s.burst, s.created_at, s.updated_at");

QJsonObject objectOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString textOf(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AlertSource read(const Query& q)
{
    AlertSource s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.severityMap = objectOf(q.value(2).toString());
    s.mapping = objectOf(q.value(3).toString());
    s.ratePerSecond = q.value(4).toDouble();
    s.burst = q.value(5).toInt();
    s.createdAt = q.value(6).toLongLong();
    s.updatedAt = q.value(7).toLongLong();
    return s;
}

void bindAll(Query& q, const AlertSource& source, qint64 now)
{
    q.bind(QStringLiteral(":id"), source.id)
        .bind(QStringLiteral(":name"), source.name.trimmed())
        .bind(QStringLiteral(":map"), textOf(source.severityMap))
        .bind(QStringLiteral(":mapping"), textOf(source.mapping))
        .bind(QStringLiteral(":rate"), source.ratePerSecond)
        .bind(QStringLiteral(":burst"), source.burst)
        .bind(QStringLiteral(":at"), now)
        .exec();
}

QList<AlertSource> readAll(Query& q)
{
    q.exec();
    QList<AlertSource> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

AlertSourceRepository::Token readToken(const Query& q)
{
    return AlertSourceRepository::Token{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toLongLong(), optionalMs(q.value(4))};
}

} // namespace

AlertSourceRepository::AlertSourceRepository(Database& db)
    : m_db(db)
{}

AlertSourceRepository::~AlertSourceRepository() = default;

QList<AlertSource> AlertSourceRepository::all() const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM alert_sources s ORDER BY s.name COLLATE NOCASE").arg(kColumns));
    return readAll(q);
}

std::optional<AlertSource> AlertSourceRepository::find(const QString& id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM alert_sources s WHERE s.id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id);
    const auto list = readAll(q);
    return list.isEmpty() ? std::nullopt : std::optional<AlertSource>(list.first());
}

std::optional<AlertSource> AlertSourceRepository::findByName(const QString& name) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM alert_sources s WHERE s.name = :n").arg(kColumns));
    q.bind(QStringLiteral(":n"), name.trimmed());
    const auto list = readAll(q);
    return list.isEmpty() ? std::nullopt : std::optional<AlertSource>(list.first());
}

std::optional<AlertSource> AlertSourceRepository::findByToken(const QString& token) const
{
    if (token.trimmed().isEmpty()) {
        return std::nullopt;
    }
    if (!m_findByToken) {
        m_findByToken = std::make_unique<Query>(
            m_db.connection(), QStringLiteral("SELECT %1 FROM alert_sources s JOIN alert_tokens t ON t.source_id = "
                                              "s.id WHERE t.token_hash = :h AND t.revoked_at IS NULL")
                                   .arg(kColumns));
    }
    m_findByToken->bind(QStringLiteral(":h"), core::IntakeToken::hash(token));
    const auto list = readAll(*m_findByToken);
    return list.isEmpty() ? std::nullopt : std::optional<AlertSource>(list.first());
}

void AlertSourceRepository::validate(const AlertSource& source)
{
    const QString name = source.name.trimmed();
    if (name.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Name: a source needs a name (the tool, e.g. \"wazuh\")."));
    }
    if (name.size() > 100) {
        throw Error(Error::Kind::BadInput, tr("Name: at most 100 characters."));
    }
    core::SeverityMap::fromJson(source.severityMap);
    core::GenericMapping::fromJson(source.mapping);
    if (!(source.ratePerSecond > 0) || source.ratePerSecond > 100'000) {
        throw Error(Error::Kind::BadInput, tr("Rate limit: from 0.01 to 100000 requests per second."));
    }
    if (source.burst < 1 || source.burst > 1'000'000) {
        throw Error(Error::Kind::BadInput, tr("Burst: from 1 to 1000000 requests."));
    }
}

AlertSource AlertSourceRepository::add(AlertSource source, qint64 now)
{
    validate(source);
    if (findByName(source.name)) {
        throw Error(Error::Kind::Conflict, tr("Name: a source named %1 already exists.").arg(source.name.trimmed()));
    }
    source.id = core::newId();
    source.name = source.name.trimmed();
    source.createdAt = now;
    source.updatedAt = now;
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO alert_sources (id, name, severity_map, mapping, rate_per_second, burst, "
                           "created_at, updated_at) VALUES (:id, :name, :map, :mapping, :rate, :burst, :at, :at)"));
    bindAll(q, source, now);
    m_db.notifyChanged({QStringLiteral("alert_sources")});
    return source;
}

void AlertSourceRepository::update(const AlertSource& source, qint64 now)
{
    validate(source);
    if (const auto other = findByName(source.name); other && other->id != source.id) {
        throw Error(Error::Kind::Conflict, tr("Name: a source named %1 already exists.").arg(source.name.trimmed()));
    }
    Query q(m_db.connection(),
            QStringLiteral("UPDATE alert_sources SET name = :name, severity_map = :map, mapping = :mapping, "
                           "rate_per_second = :rate, burst = :burst, updated_at = :at WHERE id = :id"));
    bindAll(q, source, now);
    if (q.numRowsAffected() == 0) {
        throw Error(Error::Kind::NotFound, tr("No alert source %1.").arg(source.id));
    }
    m_db.notifyChanged({QStringLiteral("alert_sources")});
}

void AlertSourceRepository::remove(const QString& sourceId)
{
    WriteTransaction tx(m_db.connection());
    Query count(m_db.connection(), QStringLiteral("SELECT count(*) FROM alerts WHERE source_id = :id"));
    count.bind(QStringLiteral(":id"), sourceId);
    if (count.scalar().toInt() > 0) {
        throw Error(Error::Kind::Refused,
                    tr("This source has alerts in the queue and history; revoke its tokens instead of removing it."));
    }
    Query q(m_db.connection(), QStringLiteral("DELETE FROM alert_sources WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sourceId).exec();
    tx.commit();
    m_db.notifyChanged({QStringLiteral("alert_sources")});
}

QList<AlertSourceRepository::Token> AlertSourceRepository::tokens(const QString& sourceId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, source_id, hint, created_at, revoked_at FROM alert_tokens "
                                              "WHERE source_id = :s ORDER BY created_at, id"));
    q.bind(QStringLiteral(":s"), sourceId).exec();
    QList<Token> out;
    while (q.next()) {
        out.append(readToken(q));
    }
    return out;
}

AlertSourceRepository::Issued AlertSourceRepository::issueToken(const QString& name, qint64 now)
{
    WriteTransaction tx(m_db.connection());
    Issued issued;
    if (auto existing = findByName(name)) {
        issued.source = *existing;
    } else {
        AlertSource source;
        source.name = name;
        issued.source = add(source, now);
    }
    issued.secret = core::IntakeToken::generate();
    issued.token = Token{core::newId(), issued.source.id, core::IntakeToken::hint(issued.secret), now, std::nullopt};
    Query q(m_db.connection(), QStringLiteral("INSERT INTO alert_tokens (id, source_id, token_hash, hint, created_at, "
                                              "updated_at) VALUES (:id, :s, :h, :hint, :at, :at)"));
    q.bind(QStringLiteral(":id"), issued.token.id)
        .bind(QStringLiteral(":s"), issued.source.id)
        .bind(QStringLiteral(":h"), core::IntakeToken::hash(issued.secret))
        .bind(QStringLiteral(":hint"), issued.token.hint)
        .bind(QStringLiteral(":at"), now)
        .exec();
    tx.commit();
    m_db.notifyChanged({QStringLiteral("alert_tokens")});
    return issued;
}

AlertSourceRepository::Token AlertSourceRepository::revokeToken(const QString& idOrHint, qint64 now)
{
    WriteTransaction tx(m_db.connection());
    Query find(m_db.connection(), QStringLiteral("SELECT id, source_id, hint, created_at, revoked_at FROM alert_tokens "
                                                 "WHERE id = :k OR hint = :k"));
    find.bind(QStringLiteral(":k"), idOrHint.trimmed()).exec();
    QList<Token> found;
    while (find.next()) {
        found.append(readToken(find));
    }
    if (found.isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("No intake token %1.").arg(idOrHint));
    }
    if (found.size() > 1) {
        throw Error(Error::Kind::BadInput, tr("%1 matches several tokens; give the token id.").arg(idOrHint));
    }
    Token token = found.first();
    if (token.revokedAt) {
        throw Error(Error::Kind::Refused, tr("Token %1 is already revoked.").arg(token.hint));
    }
    token.revokedAt = now;
    Query q(m_db.connection(),
            QStringLiteral("UPDATE alert_tokens SET revoked_at = :at, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), now).bind(QStringLiteral(":id"), token.id).exec();
    tx.commit();
    m_db.notifyChanged({QStringLiteral("alert_tokens")});
    return token;
}

} // namespace muster::storage
