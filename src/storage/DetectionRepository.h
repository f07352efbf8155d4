#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace muster::storage {

class Database;

// Detection rules the SOC has for ATT&CK techniques: entered by hand, or created when
// a hunt concludes with "detection created or improved". They colour coverage and take
// techniques off the hunt backlog.
class DetectionRepository
{
public:
    struct Detection
    {
        QString id;
        QString name;
        QStringList attackIds;
        QString source; // the tool it runs in ("SIEM", "EDR")
        QString huntId;
        qint64 createdAt = 0;
    };

    explicit DetectionRepository(const Database& db);

    QList<Detection> all() const;
    // Validates (name, ATT&CK ids) and inserts; returns the stored detection.
    Detection add(Detection detection, qint64 now);
    void remove(const QString& id);

private:
    const Database& m_db;
};

} // namespace muster::storage
