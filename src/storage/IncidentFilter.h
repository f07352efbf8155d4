#pragma once

#include "core/IncidentEnums.h"

#include <QList>
#include <QString>

#include <optional>

namespace muster::storage {

// What the incident list (and a drill-down from a chart) shows. Empty lists and unset
// optionals do not filter. Filtering and sorting happen in SQL (IncidentQuery).
struct IncidentFilter
{
    QList<core::Status> statuses;
    QList<core::Severity> severities;
    QList<core::Tier> tiers;
    QList<core::Category> categories;
    QList<core::DetectionSource> detectionSources;
    QString assigneeId;           // commander or assignee
    QString commanderId;          // commander only
    std::optional<bool> exercise; // nullopt: both; false: real only; true: exercises only
    std::optional<bool> openOnly; // true: only incidents still being worked on
    std::optional<bool> falsePositive;
    std::optional<qint64> detectedFrom; // inclusive, epoch ms
    std::optional<qint64> detectedTo;   // exclusive, epoch ms
    QString text;                       // full-text search over title, summary and notes
    QStringList ids;                    // exactly these incidents (drill-down from a chart point)
    // Whose eyes the list is for: confidential incidents show only to their access list
    // and to Legal and HR (IncidentVisibility). An empty id is a viewer outside the
    // directory, who sees no confidential incident. Unset: no restriction (counts).
    std::optional<QString> visibleTo;

    bool operator==(const IncidentFilter&) const = default;
};

} // namespace muster::storage
