#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

SettingsRepository::SettingsRepository(const Database& db)
    : m_db(db)
{}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    const QVariant v = q.scalar();
    return v.isNull() ? fallback : v.toString();
}

void SettingsRepository::setValue(const QString& key, const QString& value, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :now) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                           "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).bind(QStringLiteral(":now"), now).exec();
}

} // namespace muster::storage
