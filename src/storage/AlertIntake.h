#pragma once

#include "core/Alert.h"
#include "core/Asset.h"
#include "core/Clock.h"
#include "core/SeverityMap.h"
#include "storage/AlertRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace muster::storage {

class Database;

// Stores the events of one intake request in one write transaction: a new dedup key
// adds an alert (matched against the asset inventory), a repeat adds an occurrence, an
// acknowledge or resolve from the source is recorded on the alert. A resolve of an
// alert that became part of an incident is also written to that incident's timeline;
// it never changes the incident's status. Acknowledges and resolves of unknown keys
// are ignored, as PagerDuty does. Use one AlertIntake per thread.
class AlertIntake
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::AlertIntake)

public:
    enum class Outcome
    {
        Created,
        Repeated,
        Acknowledged,
        Resolved,
        Ignored,
    };
    struct Result
    {
        QString dedupKey;
        QString alertId; // empty when ignored
        Outcome outcome = Outcome::Ignored;
    };

    explicit AlertIntake(Database& db, const core::Clock& clock = core::SystemClock::instance());

    QList<Result> store(const core::AlertSource& source, const QList<core::AlertEvent>& events);

private:
    Result trigger(const core::AlertSource& source, const core::AlertEvent& e, qint64 now);
    Result acknowledge(const core::AlertSource& source, const core::AlertEvent& e, qint64 now);
    Result resolve(const core::AlertSource& source, const core::AlertEvent& e, qint64 now);
    QList<core::Asset> matchAssets(const QJsonObject& labels) const;
    const core::SeverityMap& severityMap(const core::AlertSource& source);

    Database& m_db;
    const core::Clock& m_clock;
    AlertRepository m_alerts;
    struct CachedMap
    {
        qint64 updatedAt = 0;
        core::SeverityMap map;
    };
    QHash<QString, CachedMap> m_severityMaps; // by source id
};

} // namespace muster::storage
