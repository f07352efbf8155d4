#pragma once

#include "core/Alert.h"
#include "core/NoiseMetrics.h"
#include "storage/AlertFilter.h"

#include <QList>

#include <memory>
#include <optional>

namespace muster::storage {

class Database;
class Query;

// Rows of the alerts table. Statements that intake runs per event are prepared once
// per repository, so keep one repository per thread for a stream of requests.
class AlertRepository
{
public:
    explicit AlertRepository(const Database& db);
    ~AlertRepository();

    std::optional<core::Alert> find(const QString& id) const;
    std::optional<core::Alert> findByKey(const QString& sourceId, const QString& dedupKey);
    // Newest first (by last seen), as the queue shows them.
    QList<core::Alert> list(const AlertFilter& filter) const;
    QList<core::Alert> ofIncident(const QString& incidentId) const;
    int count() const;

    struct QueueStats
    {
        int untriaged = 0;
        std::optional<qint64> oldestUntriagedAt; // received_at of the oldest untriaged alert
    };
    QueueStats queueStats() const;
    QList<core::NoiseMetrics::Fact> noiseFacts(std::optional<qint64> receivedFrom) const;

    void insert(const core::Alert& alert);
    // A repeat of the alert's dedup key: one more occurrence with the latest content.
    void recordRepeat(const core::Alert& alert);
    void setState(const core::Alert& alert);
    void setTriage(const core::Alert& alert);

private:
    const Database& m_db;
    std::unique_ptr<Query> m_findByKey;
    std::unique_ptr<Query> m_insert;
    std::unique_ptr<Query> m_insertAsset;
    std::unique_ptr<Query> m_repeat;
};

} // namespace muster::storage
