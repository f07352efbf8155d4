#pragma once

#include <QString>

namespace muster::storage {

class Database;

// Organisation-wide settings kept in the database (so that they sync), as opposed to
// a desktop's own preferences in QSettings.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database& db);

    QString value(const QString& key, const QString& fallback = QString()) const;
    void setValue(const QString& key, const QString& value, qint64 now);

private:
    const Database& m_db;
};

} // namespace muster::storage
