#include "storage/Sql.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace muster::storage {

namespace {

[[noreturn]] void fail(const QSqlError& error, const QString& sql)
{
    throw core::Error(core::Error::Kind::Storage,
                      QCoreApplication::translate("muster::storage::Query", "Database error: %1 (in: %2)")
                          .arg(error.text(), sql.simplified().left(200)));
}

} // namespace

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        fail(m_query.lastError(), sql);
    }
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would be bound as SQL NULL; Muster's text columns are NOT NULL
    // with '' for "none", so bind it as an empty string. Use nullIfEmpty() for NULL.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull()) {
        m_query.bindValue(placeholder, QStringLiteral(""));
        return *this;
    }
    m_query.bindValue(placeholder, value);
    return *this;
}

Query& Query::bindOptional(const QString& placeholder, const std::optional<qint64>& value)
{
    m_query.bindValue(placeholder, nullable(value));
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec()) {
        fail(m_query.lastError(), m_sql);
    }
    return *this;
}

QVariant Query::scalar()
{
    exec();
    QVariant value;
    if (m_query.next()) {
        value = m_query.value(0);
    }
    // Done with the statement: an active one keeps its read transaction open, and WAL
    // checkpoints cannot pass the snapshot it reads from.
    m_query.finish();
    return value;
}

void execute(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        fail(q.lastError(), sql);
    }
}

bool hasRows(const QSqlDatabase& db, const QString& table)
{
    Query exists(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t)"));
    if (!exists.bind(QStringLiteral(":t"), table).scalar().toBool()) {
        return false;
    }
    return Query(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)).scalar().toBool();
}

QString jsonList(const QStringList& values)
{
    qsizetype size = 2;
    for (const QString& v : values) {
        size += v.size() + 3;
    }
    QString out;
    out.reserve(size);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += QLatin1Char('"');
        for (const QChar c : values.at(i)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c; // (a surrogate pair stays a pair: JSON text is Unicode)
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

QString uniqueIdWithPrefix(const QSqlDatabase& db, const QString& table, const QString& prefix)
{
    if (prefix.size() < 6 || prefix.contains(QLatin1Char('%')) || prefix.contains(QLatin1Char('_'))) {
        return {};
    }
    Query q(db, QStringLiteral("SELECT id FROM %1 WHERE id LIKE :prefix LIMIT 2").arg(table));
    q.bind(QStringLiteral(":prefix"), QString(prefix + QLatin1Char('%'))).exec();
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    return ids.size() == 1 ? ids.first() : QString();
}

namespace {

// Open write transactions per connection of this thread (connections are per thread).
QHash<QString, int>& transactionDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    int& depth = transactionDepth()[m_db.connectionName()];
    if (depth == 0) {
        execute(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("muster_tx_%1").arg(depth);
        execute(m_db, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    }
    ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        QSqlQuery q(m_db);
        if (m_savepoint.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
            q.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
        }
        --transactionDepth()[m_db.connectionName()];
    }
}

void WriteTransaction::commit()
{
    execute(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(m_savepoint));
    m_done = true;
    --transactionDepth()[m_db.connectionName()];
}

} // namespace muster::storage
