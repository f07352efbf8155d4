#include "storage/MetricsSchema.h"

namespace muster::storage {

QStringList metricsSchema()
{
    // Every metrics aggregate filters a detection period and reads only these columns,
    // so SQLite answers it from this index alone: a range scan over about a tenth of
    // the bytes of the table. SLA targets live in `settings` (key metrics.sla_targets).
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS incidents_metrics ON incidents("
                       " detected_at, exercise, status, severity, tier, category, detection_source, confidential,"
                       " acknowledged_at, contained_at, remediated_at, closed_at, commander_id)"),
    };
}

} // namespace muster::storage
