#include "storage/BulkStatement.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace muster::storage {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw core::Error(core::Error::Kind::Storage,
                          QCoreApplication::translate("muster::storage::Query",
                                                      "Database error: %1 is not an open SQLite connection.")
                              .arg(db.connectionName()));
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

bool hasUnresolvedForeignKeys(const QSqlDatabase& db)
{
    int current = 0;
    int highest = 0;
    sqlite3_db_status(handleOf(db), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0);
    return current != 0;
}

TriggersOff::TriggersOff(const QSqlDatabase& db)
    : m_db(handleOf(db))
{
    // (The out parameter reports the setting after the call: ask first, then switch.)
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_was);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

TriggersOff::~TriggersOff()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_was, nullptr);
}

ChangeRecorder::ChangeRecorder(const QSqlDatabase& db, const QStringList& tables)
    : m_db(handleOf(db))
    , m_tables(tables)
    , m_written(std::size_t(tables.size()), false)
{
    for (const QString& t : tables) {
        m_names.push_back(t.toUtf8());
    }
    sqlite3_update_hook(
        m_db,
        [](void* recorder, int operation, const char* database, const char* table, sqlite3_int64 rowid) {
            written(recorder, operation, database, table, rowid);
        },
        this);
}

ChangeRecorder::~ChangeRecorder()
{
    sqlite3_update_hook(m_db, nullptr, nullptr);
}

void ChangeRecorder::written(void* recorder, int, const char*, const char* table, qint64)
{
    auto* self = static_cast<ChangeRecorder*>(recorder);
    if (self->m_last < self->m_names.size() && qstrcmp(table, self->m_names[self->m_last]) == 0) {
        self->m_written[self->m_last] = true;
        return;
    }
    for (std::size_t i = 0; i < self->m_names.size(); ++i) {
        if (qstrcmp(table, self->m_names[i]) == 0) {
            self->m_written[i] = true;
            self->m_last = i;
            return;
        }
    }
}

QStringList ChangeRecorder::changed() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_written.size(); ++i) {
        if (m_written[i]) {
            out.append(m_tables.at(qsizetype(i)));
        }
    }
    return out;
}

BulkStatement::BulkStatement(const QSqlDatabase& db, const QString& sql)
    : m_db(handleOf(db))
    , m_sql(sql)
{
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    m_utf8.resize(std::size_t(sqlite3_bind_parameter_count(m_stmt)));
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::fail(int code) const
{
    // The connection's message when it is about this failure (it names the constraint or
    // the column), else the code's own ("column index out of range").
    const QString message = m_db && (sqlite3_extended_errcode(m_db) & 0xff) == (code & 0xff)
                                ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QString::fromUtf8(sqlite3_errstr(code));
    throw core::Error(core::Error::Kind::Storage,
                      QCoreApplication::translate("muster::storage::Query", "Database error: %1 (in: %2)")
                          .arg(message, m_sql.simplified().left(200)));
}

BulkStatement& BulkStatement::bind(int index, const QString& value)
{
    // Encoded here into the parameter's own buffer, which keeps its capacity from row to
    // row: SQLite would otherwise allocate for each value it converts from UTF-16.
    if (index < 1 || index > int(m_utf8.size())) {
        fail(SQLITE_RANGE);
    }
    QByteArray& buffer = m_utf8[std::size_t(index - 1)];
    buffer.resize(m_encoder.requiredSpace(value.size()));
    const char* end = m_encoder.appendToBuffer(buffer.data(), value);
    const int rc = sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

BulkStatement& BulkStatement::bindUtf8(int index, QByteArrayView utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

BulkStatement& BulkStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

BulkStatement& BulkStatement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

BulkStatement& BulkStatement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

BulkStatement& BulkStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return bind(index, *static_cast<const QString*>(value.constData()));
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const int rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
        if (rc != SQLITE_OK) {
            fail(rc);
        }
        return *this;
    }
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        const int rc = sqlite3_bind_blob(m_stmt, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
        return *this;
    }
    default:
        return bind(index, value.toString()); // anything else binds as its text
    }
}

bool BulkStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    // Leave the statement reusable; sqlite3_reset keeps the step's error on the connection.
    const int code = sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    fail(code == SQLITE_OK ? rc : code);
}

int BulkStatement::run()
{
    while (next()) {
    }
    return sqlite3_changes(m_db);
}

QVariant BulkStatement::scalar()
{
    QVariant out;
    if (next()) {
        switch (sqlite3_column_type(m_stmt, 0)) {
        case SQLITE_NULL:
            out = QVariant(QMetaType::fromType<QString>(), nullptr);
            break;
        case SQLITE_INTEGER:
            out = qint64(sqlite3_column_int64(m_stmt, 0));
            break;
        case SQLITE_FLOAT:
            out = sqlite3_column_double(m_stmt, 0);
            break;
        default:
            out = text(0);
            break;
        }
        reset();
    }
    return out;
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool BulkStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 BulkStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString BulkStatement::text(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString::fromUtf16(data, bytes / qsizetype(sizeof(char16_t))) : QString();
}

} // namespace muster::storage
