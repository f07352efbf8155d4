#pragma once

#include "core/Asset.h"
#include "core/Incident.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>

namespace muster::core {

// The rules an incident obeys. Each function checks a request against the incident as
// it stands and returns the timeline drafts that record it; it throws Error(Refused or
// BadInput) with a message for the user when the request breaks a rule. Nothing here
// writes anywhere: storage appends the drafts and folds them into IncidentFacts.
class IncidentRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::IncidentRules)

public:
    enum class AssetImpact
    {
        Low,
        Medium,
        High,
    };

    // High: business-critical, regulated personal data, or risk score 80 and above.
    // Medium: confidential or restricted data, or risk score 50 and above. Low otherwise.
    static AssetImpact assetImpact(const Asset& asset);

    // Priority from severity and the most critical linked asset:
    //            Low  Medium  High
    //   SEV1     P1   P1      P1
    //   SEV2     P2   P2      P1
    //   SEV3     P3   P3      P2
    //   SEV4     P4   P3      P3
    static int priority(Severity severity, const QList<Asset>& linkedAssets);

    // The lowest tier an incident may sit at: Tier 2 when it touches a business-critical
    // asset, Tier 3 for a SEV1 (a major incident); Tier 1 otherwise.
    static Tier minimumTier(Severity severity, const QList<Asset>& linkedAssets);

    // Validates a new incident (title, ATT&CK ids, detection time) and returns its
    // creation entry plus any automatic routing entry. Fills derived fields of `incident`.
    // A detection time more than a minute before creation (the impact began before the
    // alert) needs `detectionReason`, which the creation entry records.
    static QList<TimelineDraft> create(Incident& incident, const QList<Asset>& linkedAssets, qint64 now,
                                       const QString& detectionReason = QString());

    static TimelineDraft transition(const Incident& incident, Status to, qint64 at, const QString& note);
    static TimelineDraft changeTier(const Incident& incident, Tier to, const QString& reason,
                                    const QList<Asset>& linkedAssets, qint64 at);
    // Returns an automatic escalation when linking assets raises the minimum tier, else nothing.
    static std::optional<TimelineDraft> routeForAssets(const Incident& incident, const QList<Asset>& linkedAssets,
                                                       qint64 at);
    static TimelineDraft setDetectionTime(const Incident& incident, qint64 detectedAt, const QString& reason,
                                          qint64 now);
    static TimelineDraft note(const QString& text, qint64 at);
    static TimelineDraft linkAsset(const Asset& asset, qint64 at);
    static TimelineDraft unlinkAsset(const Asset& asset, qint64 at);
    static TimelineDraft assign(const QString& role, const QString& personId, const QString& personName, qint64 at);
    static TimelineDraft changeField(const QString& field, const QString& label, const QJsonValue& from,
                                     const QJsonValue& to, const QString& text, qint64 at);

    static void validateTitle(const QString& title);
};

} // namespace muster::core
