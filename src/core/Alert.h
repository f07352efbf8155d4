#pragma once

#include "core/EnumTable.h"
#include "core/IncidentEnums.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// What a source says happened to an alert.
enum class AlertAction
{
    Trigger,
    Acknowledge,
    Resolve,
};

// The alert as the source sees it now.
enum class AlertState
{
    Firing,
    Acknowledged,
    Resolved,
};

// Tier 1's decision on an alert.
enum class AlertTriage
{
    Untriaged,
    Promoted,      // became a new incident
    Merged,        // joined an existing incident
    FalsePositive, // dismissed: the detection was wrong
    Benign,        // dismissed: true detection of harmless activity
};

// The payload formats the intake server accepts.
enum class AlertFormat
{
    Alertmanager,
    PagerDuty,
    Generic,
};

const EnumTable<AlertAction>& alertActions();
const EnumTable<AlertState>& alertStates();
const EnumTable<AlertTriage>& alertTriages();
const EnumTable<AlertFormat>& alertFormats();

namespace TimelineKind {
inline constexpr QLatin1String AlertLinked("alert_linked");
inline constexpr QLatin1String AlertResolved("alert_resolved");
} // namespace TimelineKind

// One alert event as a payload parser reads it, before severity mapping and storage.
struct AlertEvent
{
    AlertAction action = AlertAction::Trigger;
    QString dedupKey; // empty: the store makes one (PagerDuty's behaviour)
    QString title;
    QString severityText;             // the source's own word or number; SeverityMap maps it
    std::optional<qint64> sourceTime; // the source's own time of the event
    QString rule;                     // alert rule or class, for noise metrics
    QString groupKey;                 // Alertmanager's group key
    QJsonObject labels;               // string values: host, instance, user, ip, ...
    QJsonObject raw;                  // the event as received
};

// A source that may send alerts (one per tool or integration).
struct AlertSource
{
    QString id;
    QString name;
    QJsonObject severityMap;     // see SeverityMap
    QJsonObject mapping;         // see GenericMapping (generic endpoint only)
    double ratePerSecond = 50.0; // sustained requests per second
    int burst = 200;             // requests allowed at once
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A stored alert: one row per source and dedup key.
struct Alert
{
    QString id;
    QString sourceId;
    QString sourceName;
    QString dedupKey;
    QString title;
    Severity severity = Severity::Sev3;
    QString severityText;
    QString rule;
    QString groupKey;
    QJsonObject labels;
    QString raw;                      // compact JSON of the latest event
    qint64 receivedAt = 0;            // first received
    std::optional<qint64> sourceTime; // the source's own time of the first event
    qint64 lastSeenAt = 0;
    int occurrences = 1;
    AlertState state = AlertState::Firing;
    std::optional<qint64> acknowledgedAt; // by the source
    std::optional<qint64> resolvedAt;     // by the source
    QStringList assetIds;                 // matched in the inventory
    QStringList assetNames;
    bool businessCritical = false;
    Tier minimumTier = Tier::Tier1;
    AlertTriage triage = AlertTriage::Untriaged;
    QString triageNote;
    std::optional<qint64> triagedAt;
    QString triagedBy;
    QString incidentId;
    QString incidentReference;
    qint64 updatedAt = 0;

    // The time the alert says it began: the source's own time, else when it arrived.
    qint64 eventTime() const { return sourceTime.value_or(receivedAt); }
    bool isDismissed() const { return triage == AlertTriage::FalsePositive || triage == AlertTriage::Benign; }
};

} // namespace muster::core
