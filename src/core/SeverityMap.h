#pragma once

#include "core/IncidentEnums.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace muster::core {

// How one source's severity words or numbers become SEV1..SEV4. Configured per source
// as a JSON object:
//   {"critical": "SEV1", "high": 2, ">=12": 1, ">=7": 2, "*": "SEV3"}
// Keys are matched without regard to case; ">=N" keys apply to numeric severities
// (Wazuh levels, Splunk 1-6), the highest threshold first; "*" is the fallback.
// Without a map, the built-in one covers the usual words (critical, error, warning, info, ...).
class SeverityMap
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::SeverityMap)

public:
    SeverityMap();
    // Validates a configured map; throws Error(BadInput) naming the key at fault.
    static SeverityMap fromJson(const QJsonObject& config);
    static SeverityMap builtIn() { return SeverityMap(); }

    Severity map(const QString& sourceSeverity) const;
    QJsonObject toJson() const;

private:
    QMap<QString, Severity> m_words;
    QList<std::pair<double, Severity>> m_thresholds; // descending
    Severity m_fallback = Severity::Sev3;
};

} // namespace muster::core
