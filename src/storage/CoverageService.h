#pragma once

#include "core/AttackCatalog.h"
#include "core/Coverage.h"
#include "core/HuntBacklog.h"
#include "core/HuntMetrics.h"

#include <QJsonObject>

#include <functional>

namespace muster::storage {

class Database;

// Gathers what covers each ATT&CK technique -- detections, concluded hunts, exercises,
// incidents -- and derives the coverage matrix, the hunt backlog, the Navigator layer
// and the hunt metrics from it. Exercise incidents count as exercises; the exercises
// feature adds its own evidence with addProvider().
class CoverageService
{
public:
    explicit CoverageService(Database& db);

    core::Coverage coverage() const;
    QList<core::HuntBacklog::Entry> backlog(const core::AttackCatalog& catalog) const;
    QJsonObject navigatorLayer(const core::AttackCatalog& catalog, const QString& name, qint64 now) const;
    core::HuntMetrics metrics(int months, qint64 now) const;

    // Other features (exercises) add their evidence; returns a handle for removeProvider.
    using Provider = std::function<void(const Database&, core::Coverage&)>;
    static int addProvider(Provider provider);
    static void removeProvider(int handle);

private:
    Database& m_db;
};

} // namespace muster::storage
