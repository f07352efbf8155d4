#pragma once

#include "core/AfterActionReport.h"
#include "core/Clock.h"
#include "core/IncidentReport.h"
#include "core/Timeline.h"
#include "storage/LeadershipReport.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace muster::storage {

class Database;

// Fills the report models from the database, for the Reports page and `musterctl
// report`: the same data for the same request, whoever asks. Figures come from the
// services that own them (MetricsService, IncidentService::verify, the workflow,
// deadline and exercise services); confidential incidents reach only the people who may
// see them (IncidentVisibility). Only reads; safe on a worker thread.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::ReportService)

public:
    explicit ReportService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    // The period is from `first` to `last`, both days included, in `zone`. `cancelled`
    // is polled between the steps; a cancelled build throws core::Error(Refused).
    LeadershipReport leadership(QDate first, QDate last, const core::Actor& reader,
                                const QTimeZone& zone = QTimeZone::systemTimeZone(),
                                const std::function<bool()>& cancelled = {}) const;

    // By id or reference. Throws NotFound, and Refused when the reader may not see a
    // confidential incident.
    core::IncidentReport incident(const QString& idOrReference, const core::Actor& reader) const;

    // By id or reference (ExerciseService::report).
    core::AfterActionReport exercise(const QString& idOrReference) const;

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
