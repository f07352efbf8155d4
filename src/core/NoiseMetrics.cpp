#include "core/NoiseMetrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace muster::core {

NoiseMetrics NoiseMetrics::compute(const QList<Fact>& facts)
{
    NoiseMetrics m;
    QHash<QString, Row> sources;
    QHash<QString, Row> rules;
    QSet<QString> incidents;
    QList<qint64> triageTimes;
    for (const Fact& f : facts) {
        const QString ruleName =
            QStringLiteral("%1 / %2").arg(f.source, f.rule.isEmpty() ? QStringLiteral("-") : f.rule);
        const bool triaged = f.triage != AlertTriage::Untriaged;
        const bool fp = f.triage == AlertTriage::FalsePositive;
        for (auto* map : {&sources, &rules}) {
            Row& row = (*map)[map == &sources ? f.source : ruleName];
            row.alerts += 1;
            row.occurrences += f.occurrences;
            row.triaged += triaged ? 1 : 0;
            row.falsePositives += fp ? 1 : 0;
        }
        m.alerts += 1;
        m.occurrences += f.occurrences;
        m.triaged += triaged ? 1 : 0;
        m.untriaged += triaged ? 0 : 1;
        m.falsePositives += fp ? 1 : 0;
        if (!f.incidentId.isEmpty()) {
            incidents.insert(f.incidentId);
            m.alertsInIncidents += 1;
        }
        if (triaged && f.triagedAt) {
            triageTimes.append(std::max<qint64>(0, *f.triagedAt - f.receivedAt));
        }
    }
    m.incidents = int(incidents.size());
    const auto collect = [](const QHash<QString, Row>& map) {
        QList<Row> rows;
        for (auto it = map.begin(); it != map.end(); ++it) {
            Row r = it.value();
            r.name = it.key();
            rows.append(r);
        }
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return a.alerts != b.alerts ? a.alerts > b.alerts : a.name < b.name;
        });
        return rows;
    };
    m.bySource = collect(sources);
    m.byRule = collect(rules);
    if (!triageTimes.isEmpty()) {
        std::sort(triageTimes.begin(), triageTimes.end());
        const qsizetype n = triageTimes.size();
        m.medianTriageMs = n % 2 == 1 ? triageTimes.at(n / 2) : (triageTimes.at(n / 2 - 1) + triageTimes.at(n / 2)) / 2;
    }
    return m;
}

} // namespace muster::core
