#include "core/AlertRules.h"

#include "core/Error.h"
#include "core/IncidentRules.h"

#include <QDateTime>
#include <QRegularExpression>

namespace muster::core {

namespace {

// Label keys that name a host, an account or an address, as the usual tools spell them.
const QStringList& assetKeys()
{
    static const QStringList keys{
        QStringLiteral("asset"),          QStringLiteral("host"),        QStringLiteral("hostname"),
        QStringLiteral("host.name"),      QStringLiteral("host_name"),   QStringLiteral("instance"),
        QStringLiteral("node"),           QStringLiteral("nodename"),    QStringLiteral("server"),
        QStringLiteral("device"),         QStringLiteral("computer"),    QStringLiteral("agent"),
        QStringLiteral("agent.name"),     QStringLiteral("agent_name"),  QStringLiteral("source"),
        QStringLiteral("user"),           QStringLiteral("username"),    QStringLiteral("user.name"),
        QStringLiteral("user_name"),      QStringLiteral("account"),     QStringLiteral("ip"),
        QStringLiteral("ip_address"),     QStringLiteral("host.ip"),     QStringLiteral("src_ip"),
        QStringLiteral("source_ip"),      QStringLiteral("srcip"),       QStringLiteral("dst_ip"),
        QStringLiteral("destination_ip"), QStringLiteral("dstip"),       QStringLiteral("pod"),
        QStringLiteral("bucket"),         QStringLiteral("application"), QStringLiteral("app"),
    };
    return keys;
}

void addCandidate(QStringList& out, const QString& value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && v.size() <= 255 && !out.contains(v, Qt::CaseInsensitive)) {
        out.append(v);
    }
}

} // namespace

bool AlertRules::isAssetLabel(const QString& key)
{
    return assetKeys().contains(key, Qt::CaseInsensitive);
}

QStringList AlertRules::assetCandidates(const QJsonObject& labels)
{
    static const QRegularExpression hostPort(QStringLiteral("^([^:\\[\\]]+):\\d{1,5}$"));
    static const QRegularExpression bracketed(QStringLiteral("^\\[([0-9a-fA-F:.]+)\\](?::\\d{1,5})?$"));
    static const QRegularExpression url(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)"));
    QStringList out;
    for (const QString& key : assetKeys()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) != 0 || !it.value().isString()) {
                continue;
            }
            const QString value = it.value().toString().trimmed();
            addCandidate(out, value);
            if (const auto m = hostPort.match(value); m.hasMatch()) {
                addCandidate(out, m.captured(1));
            } else if (const auto b = bracketed.match(value); b.hasMatch()) {
                addCandidate(out, b.captured(1));
            } else if (const auto u = url.match(value); u.hasMatch()) {
                addCandidate(out, u.captured(1));
            }
            if (const qsizetype slash = value.lastIndexOf(QLatin1Char('\\')); slash >= 0) {
                addCandidate(out, value.mid(slash + 1));
            }
        }
    }
    return out.mid(0, 16);
}

void AlertRules::applyAssets(Alert& alert, const QList<Asset>& assets)
{
    alert.assetIds.clear();
    alert.assetNames.clear();
    alert.businessCritical = false;
    for (const Asset& a : assets) {
        if (alert.assetIds.contains(a.id)) {
            continue;
        }
        alert.assetIds.append(a.id);
        alert.assetNames.append(a.name);
        alert.businessCritical = alert.businessCritical || a.businessCritical;
    }
    alert.minimumTier = IncidentRules::minimumTier(alert.severity, assets);
}

Incident AlertRules::incidentFor(const Alert& alert, qint64 now)
{
    Incident incident;
    QString title = alert.title.simplified();
    if (title.size() > 300) {
        title = title.left(299) + QChar(0x2026);
    }
    incident.title = title;
    incident.severity = alert.severity;
    incident.tier = Tier::Tier1; // IncidentRules::create routes up for critical assets and SEV1
    incident.detectionSource = DetectionSource::Tool;
    incident.detectionDetail =
        alert.rule.isEmpty() ? alert.sourceName : tr("%1: %2").arg(alert.sourceName, alert.rule.left(200));
    incident.detectedAt = std::min(alert.eventTime(), now);
    if (incident.detectedAt <= 0) {
        incident.detectedAt = now;
    }
    QStringList details;
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
        details.append(QStringLiteral("%1=%2").arg(it.key(), it.value().toString()));
    }
    incident.summary = tr("Promoted from alert %1 of %2 (seen %3 times). Labels: %4")
                           .arg(alert.dedupKey, alert.sourceName)
                           .arg(alert.occurrences)
                           .arg(details.isEmpty() ? tr("none") : details.join(QStringLiteral(", ")));
    return incident;
}

void AlertRules::checkUntriaged(const Alert& alert)
{
    switch (alert.triage) {
    case AlertTriage::Untriaged:
        return;
    case AlertTriage::Promoted:
        throw Error(Error::Kind::Refused, tr("This alert was already promoted to %1.").arg(alert.incidentReference));
    case AlertTriage::Merged:
        throw Error(Error::Kind::Refused, tr("This alert was already merged into %1.").arg(alert.incidentReference));
    case AlertTriage::FalsePositive:
    case AlertTriage::Benign:
        throw Error(Error::Kind::Refused,
                    tr("This alert was already dismissed as %1.").arg(alertTriages().label(alert.triage)));
    }
}

void AlertRules::checkDismissal(AlertTriage as, const QString& reason)
{
    if (as != AlertTriage::FalsePositive && as != AlertTriage::Benign) {
        throw Error(Error::Kind::BadInput, tr("Dismiss: an alert is dismissed as a false positive or as benign."));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    tr("Reason: say why the alert is dismissed, so the detection can be tuned."));
    }
    if (reason.size() > 2000) {
        throw Error(Error::Kind::BadInput, tr("Reason: at most 2000 characters."));
    }
}

void AlertRules::checkMergeTarget(const Incident& incident)
{
    if (incident.status == Status::Closed || incident.status == Status::FalsePositive) {
        throw Error(Error::Kind::Refused, tr("%1 is %2; merge the alert into an open incident or promote it.")
                                              .arg(incident.reference, statuses().label(incident.status)));
    }
}

TimelineDraft AlertRules::linkDraft(const Alert& alert, bool promoted, qint64 at)
{
    const QString text =
        promoted ? tr("Opened from alert \"%1\" (%2)").arg(alert.title.left(300), alert.sourceName)
                 : tr("Alert \"%1\" (%2) merged into this incident").arg(alert.title.left(300), alert.sourceName);
    return TimelineDraft{QString(TimelineKind::AlertLinked), at, text,
                         QJsonObject{{QStringLiteral("alert_id"), alert.id},
                                     {QStringLiteral("source"), alert.sourceName},
                                     {QStringLiteral("dedup_key"), alert.dedupKey},
                                     {QStringLiteral("title"), alert.title.left(300)},
                                     {QStringLiteral("alert_time"), double(alert.eventTime())},
                                     {QStringLiteral("occurrences"), alert.occurrences},
                                     {QStringLiteral("promoted"), promoted}}};
}

TimelineDraft AlertRules::resolvedDraft(const Alert& alert, qint64 at)
{
    return TimelineDraft{QString(TimelineKind::AlertResolved), at,
                         tr("Source %1 reports alert \"%2\" resolved; the incident's status is unchanged")
                             .arg(alert.sourceName, alert.title.left(300)),
                         QJsonObject{{QStringLiteral("alert_id"), alert.id},
                                     {QStringLiteral("source"), alert.sourceName},
                                     {QStringLiteral("dedup_key"), alert.dedupKey}}};
}

} // namespace muster::core
