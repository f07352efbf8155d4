#include "core/IncidentRules.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "core/Lifecycle.h"

#include <QDateTime>
#include <QJsonArray>

namespace muster::core {

namespace {

constexpr int kMatrix[4][3] = {
    {1, 1, 1},
    {2, 2, 1},
    {3, 3, 2},
    {4, 3, 3},
};

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate);
}

} // namespace

IncidentRules::AssetImpact IncidentRules::assetImpact(const Asset& asset)
{
    if (asset.businessCritical || asset.sensitivity == Sensitivity::RegulatedPersonal || asset.riskScore >= 80) {
        return AssetImpact::High;
    }
    if (asset.sensitivity == Sensitivity::Confidential || asset.sensitivity == Sensitivity::Restricted ||
        asset.riskScore >= 50) {
        return AssetImpact::Medium;
    }
    return AssetImpact::Low;
}

int IncidentRules::priority(Severity severity, const QList<Asset>& linkedAssets)
{
    AssetImpact worst = AssetImpact::Low;
    for (const Asset& a : linkedAssets) {
        worst = std::max(worst, assetImpact(a));
    }
    return kMatrix[toInt(severity) - 1][static_cast<int>(worst)];
}

Tier IncidentRules::minimumTier(Severity severity, const QList<Asset>& linkedAssets)
{
    if (severity == Severity::Sev1) {
        return Tier::Tier3;
    }
    for (const Asset& a : linkedAssets) {
        if (a.businessCritical) {
            return Tier::Tier2;
        }
    }
    return Tier::Tier1;
}

void IncidentRules::validateTitle(const QString& title)
{
    if (title.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Title: an incident needs a title."));
    }
    if (title.size() > 300) {
        throw Error(Error::Kind::BadInput, tr("Title: at most 300 characters (this one has %1).").arg(title.size()));
    }
}

QList<TimelineDraft> IncidentRules::create(Incident& incident, const QList<Asset>& linkedAssets, qint64 now,
                                           const QString& detectionReason)
{
    validateTitle(incident.title);
    for (const QString& id : incident.attackIds) {
        if (!isValidAttackId(id)) {
            throw Error(
                Error::Kind::BadInput,
                tr("ATT&CK techniques: \"%1\" is not a technique id; use the form T1234 or T1234.001.").arg(id));
        }
    }
    if (incident.detectedAt == 0) {
        incident.detectedAt = now;
    }
    if (incident.detectedAt > now) {
        throw Error(Error::Kind::BadInput, tr("Detected at: the detection time cannot be in the future."));
    }
    if (incident.createdAt == 0) {
        incident.createdAt = now;
    }
    const bool backdated = incident.detectedAt < incident.createdAt - 60'000;
    if (backdated && detectionReason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    tr("Detected at: say why the incident was detected before it was opened (for example, the "
                       "impact began before the alert)."));
    }
    incident.status = Status::New;
    incident.priority = priority(incident.severity, linkedAssets);

    QJsonObject data{
        {QStringLiteral("status"), statuses().key(Status::New)},
        {QStringLiteral("tier"), toInt(incident.tier)},
        {QStringLiteral("severity"), toInt(incident.severity)},
        {QStringLiteral("category"), categories().key(incident.category)},
        {QStringLiteral("detected_at"), double(incident.detectedAt)},
        {QStringLiteral("title"), incident.title},
    };
    QString text = tr("Incident opened: %1 (%2)").arg(incident.title, severities().label(incident.severity));
    if (backdated) {
        data.insert(QStringLiteral("detection_reason"), detectionReason.trimmed());
        text = tr("%1; detected at %2: %3").arg(text, formatTime(incident.detectedAt), detectionReason.trimmed());
    }
    QList<TimelineDraft> drafts;
    drafts.append(TimelineDraft{QString(TimelineKind::Created), incident.createdAt, text, data});
    IncidentFacts facts;
    facts.apply(drafts.first());
    if (auto routing = routeForAssets(incident, linkedAssets, incident.createdAt)) {
        drafts.append(*routing);
        facts.apply(*routing);
    }
    facts.copyTo(incident);
    return drafts;
}

TimelineDraft IncidentRules::transition(const Incident& incident, Status to, qint64 at, const QString& note)
{
    if (auto refusal = Lifecycle::refusal(incident.status, to)) {
        throw Error(Error::Kind::Refused, *refusal);
    }
    if (at < incident.detectedAt) {
        throw Error(Error::Kind::BadInput, tr("Time: %1 is before the incident was detected (%2).")
                                               .arg(formatTime(at), formatTime(incident.detectedAt)));
    }
    QString text = tr("Status changed from %1 to %2").arg(statuses().label(incident.status), statuses().label(to));
    if (!note.trimmed().isEmpty()) {
        text = tr("%1: %2").arg(text, note.trimmed());
    }
    return TimelineDraft{QString(TimelineKind::Transition), at, text,
                         QJsonObject{{QStringLiteral("from"), statuses().key(incident.status)},
                                     {QStringLiteral("to"), statuses().key(to)},
                                     {QStringLiteral("note"), note.trimmed()}}};
}

TimelineDraft IncidentRules::changeTier(const Incident& incident, Tier to, const QString& reason,
                                        const QList<Asset>& linkedAssets, qint64 at)
{
    if (to == incident.tier) {
        throw Error(Error::Kind::Refused, tr("The incident is already at %1.").arg(tiers().label(to)));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Reason: say why the incident changes tier."));
    }
    const Tier minimum = minimumTier(incident.severity, linkedAssets);
    if (toInt(to) < toInt(minimum)) {
        throw Error(Error::Kind::Refused,
                    incident.severity == Severity::Sev1
                        ? tr("A SEV1 incident is a major incident and stays at %1.").arg(tiers().label(minimum))
                        : tr("The incident touches a business-critical asset and stays at %1 or above.")
                              .arg(tiers().label(minimum)));
    }
    const bool up = toInt(to) > toInt(incident.tier);
    const QString text =
        up ? tr("Escalated from %1 to %2: %3").arg(tiers().label(incident.tier), tiers().label(to), reason.trimmed())
           : tr("De-escalated from %1 to %2: %3")
                 .arg(tiers().label(incident.tier), tiers().label(to), reason.trimmed());
    return TimelineDraft{QString(up ? TimelineKind::Escalation : TimelineKind::Deescalation), at, text,
                         QJsonObject{{QStringLiteral("from"), toInt(incident.tier)},
                                     {QStringLiteral("to"), toInt(to)},
                                     {QStringLiteral("reason"), reason.trimmed()},
                                     {QStringLiteral("automatic"), false}}};
}

std::optional<TimelineDraft> IncidentRules::routeForAssets(const Incident& incident, const QList<Asset>& linkedAssets,
                                                           qint64 at)
{
    const Tier minimum = minimumTier(incident.severity, linkedAssets);
    if (toInt(incident.tier) >= toInt(minimum)) {
        return std::nullopt;
    }
    QString reason;
    if (incident.severity == Severity::Sev1) {
        reason = tr("SEV1 is a major incident, handled by the Tier 3 escalation point");
    } else {
        QStringList critical;
        for (const Asset& a : linkedAssets) {
            if (a.businessCritical) {
                critical.append(a.name);
            }
        }
        reason = tr("touches business-critical asset %1").arg(critical.join(QStringLiteral(", ")));
    }
    return TimelineDraft{
        QString(TimelineKind::Escalation), at,
        tr("Routed automatically from %1 to %2: %3").arg(tiers().label(incident.tier), tiers().label(minimum), reason),
        QJsonObject{{QStringLiteral("from"), toInt(incident.tier)},
                    {QStringLiteral("to"), toInt(minimum)},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("automatic"), true}}};
}

TimelineDraft IncidentRules::setDetectionTime(const Incident& incident, qint64 detectedAt, const QString& reason,
                                              qint64 now)
{
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Reason: say why the detection time changes (for example, when the "
                                              "impact started before the alert)."));
    }
    if (detectedAt > now) {
        throw Error(Error::Kind::BadInput, tr("Detected at: the detection time cannot be in the future."));
    }
    if (incident.acknowledgedAt && detectedAt > *incident.acknowledgedAt) {
        throw Error(Error::Kind::BadInput, tr("Detected at: the incident cannot be detected after it was "
                                              "acknowledged (%1).")
                                               .arg(formatTime(*incident.acknowledgedAt)));
    }
    return TimelineDraft{QString(TimelineKind::DetectionTime), now,
                         tr("Detection time set to %1 (was %2): %3")
                             .arg(formatTime(detectedAt), formatTime(incident.detectedAt), reason.trimmed()),
                         QJsonObject{{QStringLiteral("detected_at"), double(detectedAt)},
                                     {QStringLiteral("previous"), double(incident.detectedAt)},
                                     {QStringLiteral("reason"), reason.trimmed()}}};
}

TimelineDraft IncidentRules::note(const QString& text, qint64 at)
{
    if (text.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Note: the note is empty."));
    }
    return TimelineDraft{QString(TimelineKind::Note), at, text.trimmed(), {}};
}

TimelineDraft IncidentRules::linkAsset(const Asset& asset, qint64 at)
{
    return TimelineDraft{QString(TimelineKind::AssetLinked), at,
                         tr("Asset linked: %1 (%2)").arg(asset.name, assetKinds().label(asset.kind)),
                         QJsonObject{{QStringLiteral("asset_id"), asset.id},
                                     {QStringLiteral("business_critical"), asset.businessCritical}}};
}

TimelineDraft IncidentRules::unlinkAsset(const Asset& asset, qint64 at)
{
    return TimelineDraft{QString(TimelineKind::AssetUnlinked), at, tr("Asset unlinked: %1").arg(asset.name),
                         QJsonObject{{QStringLiteral("asset_id"), asset.id}}};
}

TimelineDraft IncidentRules::assign(const QString& role, const QString& personId, const QString& personName, qint64 at)
{
    return TimelineDraft{QString(TimelineKind::Assignment), at,
                         personName.isEmpty() ? tr("%1 unassigned").arg(role) : tr("%1: %2").arg(role, personName),
                         QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("person_id"), personId}}};
}

TimelineDraft IncidentRules::changeField(const QString& field, const QString& label, const QJsonValue& from,
                                         const QJsonValue& to, const QString& text, qint64 at)
{
    Q_UNUSED(label)
    return TimelineDraft{
        QString(TimelineKind::FieldChange), at, text,
        QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}}};
}

} // namespace muster::core
