#pragma once

#include "core/Alert.h"
#include "core/Asset.h"
#include "core/Incident.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace muster::core {

// The rules of alert intake and triage. Like IncidentRules, nothing here writes: storage
// applies what these functions decide.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::AlertRules)

public:
    // The label values that may name an asset (host, instance, user, IP, ...), each also
    // without a port ("web01:9100" -> "web01") or a domain ("CORP\\alice" -> "alice"),
    // in the order to try. At most 16.
    static QStringList assetCandidates(const QJsonObject& labels);
    static bool isAssetLabel(const QString& key);

    // Fills the asset-derived fields of a stored alert: names, the business-critical flag
    // and the lowest tier an incident from it may take (IncidentRules::minimumTier).
    static void applyAssets(Alert& alert, const QList<Asset>& assets);

    // The incident an alert is promoted to: its title, severity and the alert's own time
    // as the detection time (never later than `now`).
    static Incident incidentFor(const Alert& alert, qint64 now);

    // Refuses a decision on an alert that already has one.
    static void checkUntriaged(const Alert& alert);
    // A dismissal is a false positive or benign, with a reason.
    static void checkDismissal(AlertTriage as, const QString& reason);
    // An alert can join an incident that is still open.
    static void checkMergeTarget(const Incident& incident);

    // The timeline entry that links an alert to an incident (promote or merge).
    static TimelineDraft linkDraft(const Alert& alert, bool promoted, qint64 at);
    // The timeline entry that records a resolve from the source; it changes no status.
    static TimelineDraft resolvedDraft(const Alert& alert, qint64 at);

    // Longest title the queue keeps (PagerDuty's summary limit).
    static constexpr int maxTitle = 1024;
};

} // namespace muster::core
