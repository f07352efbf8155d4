#include "sync/PgConnection.h"

#include "sync/ServerConfig.h"

#include <QCoreApplication>
#include <QMap>

#include <libpq-fe.h>
#include <vector>

namespace muster::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::sync::PgConnection", text);
}

// The SQLSTATE classes that mean "the connection is gone": connection exceptions and
// the server shutting down or starting up.
bool isConnectionState(const QString& state)
{
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result)
{}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgResult::view(const pg_result* result, int row, int column)
{
    if (PQgetisnull(result, row, column)) {
        return {};
    }
    return QByteArrayView(PQgetvalue(result, row, column), PQgetlength(result, row, column));
}

qint64 PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

PgConnection::PgConnection(const ServerConfig& config, int connectTimeoutSeconds)
{
    QMap<QByteArray, QByteArray> keywords;
    if (!config.dsn.isEmpty()) {
        char* error = nullptr;
        PQconninfoOption* options = PQconninfoParse(config.dsn.toUtf8().constData(), &error);
        if (!options) {
            const QString why = error ? QString::fromUtf8(error).trimmed() : QString();
            PQfreemem(error);
            throw PgError(core::Error::Kind::BadInput, tr("The connection string is not valid: %1").arg(why));
        }
        for (PQconninfoOption* o = options; o->keyword; ++o) {
            if (o->val) {
                keywords.insert(o->keyword, o->val);
            }
        }
        PQconninfoFree(options);
    }
    const auto set = [&keywords](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            keywords.insert(key, value.toUtf8());
        }
    };
    set("host", config.host);
    if (config.port > 0 && !config.host.isEmpty()) {
        set("port", QString::number(config.port));
    }
    set("dbname", config.database);
    set("user", config.user);
    set("sslmode", config.sslMode);
    set("sslrootcert", config.caFile);
    set("password", config.password);
    keywords.insert("application_name", "Muster " MUSTER_VERSION);
    if (!keywords.contains("connect_timeout")) {
        keywords.insert("connect_timeout", QByteArray::number(connectTimeoutSeconds));
    }
    // Notice a dead server within about a minute even while waiting for a reply.
    keywords.insert("keepalives", "1");
    keywords.insert("keepalives_idle", "20");
    keywords.insert("keepalives_interval", "10");
    keywords.insert("keepalives_count", "3");

    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (auto it = keywords.cbegin(); it != keywords.cend(); ++it) {
        keys.push_back(it.key().constData());
        values.push_back(it.value().constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        // A refused login or a missing database is not "offline": the server answered.
        const bool answered =
            why.contains(QLatin1String("authentication failed")) || why.contains(QLatin1String("does not exist")) ||
            why.contains(QLatin1String("no pg_hba.conf entry")) || why.contains(QLatin1String("password"));
        throw PgError(answered ? core::Error::Kind::Refused : core::Error::Kind::Io,
                      tr("Cannot connect to the team server: %1").arg(why), QString(), !answered);
    }
    PQsetClientEncoding(m_conn, "UTF8");
    // Notices ("already exists, skipping") are not for the user.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString PgConnection::serverVersion() const
{
    return QString::number(PQserverVersion(m_conn));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

void PgConnection::fail(pg_result* result, const QString& sql)
{
    QString state;
    QString message;
    if (result) {
        state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
        if (detail) {
            message += QLatin1Char(' ') + QString::fromUtf8(detail);
        }
        PQclear(result);
    }
    const bool lost = PQstatus(m_conn) != CONNECTION_OK || isConnectionState(state);
    if (message.isEmpty()) {
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    }
    if (lost) {
        throw PgError(core::Error::Kind::Io, tr("The connection to the team server was lost: %1").arg(message), state,
                      true);
    }
    throw PgError(core::Error::Kind::Storage,
                  tr("The team server refused a request: %1 (in: %2)").arg(message, sql.simplified().left(160)), state);
}

PgResult PgConnection::exec(const QString& sql, const QList<QByteArray>& params)
{
    send(sql, params);
    return receive();
}

void PgConnection::send(const QString& sql, const QList<QByteArray>& params)
{
    std::vector<const char*> values;
    values.reserve(size_t(params.size()));
    for (const QByteArray& p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
    }
    m_pendingSql = sql;
    const QByteArray utf8 = sql.toUtf8();
    if (!PQsendQueryParams(m_conn, utf8.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0)) {
        fail(nullptr, sql);
    }
}

PgResult PgConnection::receive()
{
    pg_result* last = nullptr;
    while (pg_result* r = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
            // Drain what follows so that the connection stays usable.
            while (pg_result* rest = PQgetResult(m_conn)) {
                PQclear(rest);
            }
            PQclear(last);
            fail(r, m_pendingSql);
        }
        PQclear(last);
        last = r;
    }
    if (!last) {
        fail(nullptr, m_pendingSql);
    }
    return PgResult(last);
}

void PgConnection::execScript(const QString& sql)
{
    m_pendingSql = sql.left(200);
    if (!PQsendQuery(m_conn, sql.toUtf8().constData())) {
        fail(nullptr, sql);
    }
    receive();
}

QByteArray PgConnection::encryptPassword(const QString& role, const QString& password)
{
    char* verifier =
        PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier) {
        fail(nullptr, QStringLiteral("PQencryptPasswordConn"));
    }
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

QStringList PgConnection::takeNotifications()
{
    QStringList channels;
    if (!PQconsumeInput(m_conn)) {
        fail(nullptr, QStringLiteral("LISTEN"));
    }
    while (PGnotify* n = PQnotifies(m_conn)) {
        channels.append(QString::fromUtf8(n->relname));
        PQfreemem(n);
    }
    return channels;
}

} // namespace muster::sync
