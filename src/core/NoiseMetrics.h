#pragma once

#include "core/Alert.h"

#include <QList>
#include <QString>

#include <optional>

namespace muster::core {

// The figures that tell a SOC which detections to tune: alerts per source and per rule,
// the share dismissed as false positive, alerts per incident, and the median time from
// an alert's arrival to tier 1's decision.
struct NoiseMetrics
{
    // What the metrics need of one alert.
    struct Fact
    {
        QString source;
        QString rule;
        AlertTriage triage = AlertTriage::Untriaged;
        qint64 receivedAt = 0;
        std::optional<qint64> triagedAt;
        QString incidentId;
        int occurrences = 1;
    };

    struct Row
    {
        QString name;        // source, or "source / rule"
        int alerts = 0;      // distinct alerts (after dedup)
        int occurrences = 0; // events received
        int falsePositives = 0;
        int triaged = 0;
        double falsePositiveShare() const { return triaged > 0 ? double(falsePositives) / triaged : 0.0; }
    };

    QList<Row> bySource; // most alerts first
    QList<Row> byRule;
    int alerts = 0;
    int occurrences = 0;
    int untriaged = 0;
    int triaged = 0;
    int falsePositives = 0;
    int incidents = 0; // distinct incidents alerts were promoted or merged into
    int alertsInIncidents = 0;
    std::optional<qint64> medianTriageMs;

    // Share of triaged alerts dismissed as false positive (0..1).
    double falsePositiveShare() const { return triaged > 0 ? double(falsePositives) / triaged : 0.0; }
    double alertsPerIncident() const { return incidents > 0 ? double(alertsInIncidents) / incidents : 0.0; }

    static NoiseMetrics compute(const QList<Fact>& facts);
};

} // namespace muster::core
