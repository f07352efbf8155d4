#include "core/AlertmanagerPayload.h"

#include "core/AlertTime.h"
#include "core/JsonFields.h"

#include <QCryptographicHash>

namespace muster::core {

namespace {

// Alertmanager always sends a fingerprint; when a proxy dropped it, the sorted labels
// identify the alert just as well.
QString labelsFingerprint(const QJsonObject& labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = labels.begin(); it != labels.end(); ++it) { // QJsonObject keeps keys sorted
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
        hash.addData(it.value().toString().toUtf8());
        hash.addData(QByteArrayView("\xfe", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

QList<AlertEvent> AlertmanagerPayload::parse(const QByteArray& body)
{
    const JsonFields top = JsonFields::of(JsonFields::parseDocument(body), QString());
    const QString version = top.optionalScalar(QStringLiteral("version"), 10);
    if (version != QLatin1String("4")) {
        top.fail(QStringLiteral("version"), version.isEmpty()
                                                ? tr("is required (Alertmanager webhook payloads are version \"4\")")
                                                : tr("version \"%1\" is not supported; expected \"4\"").arg(version));
    }
    const QString groupKey = top.optionalString(QStringLiteral("groupKey"), 4096);
    const QString receiver = top.optionalString(QStringLiteral("receiver"), 1024);
    const QString externalUrl = top.optionalString(QStringLiteral("externalURL"), 4096);
    const QJsonObject commonAnnotations = top.stringMap(QStringLiteral("commonAnnotations"));
    top.stringMap(QStringLiteral("groupLabels"));
    top.stringMap(QStringLiteral("commonLabels"));
    const QJsonArray alerts = top.requiredArray(QStringLiteral("alerts"));
    if (alerts.size() > maxAlerts) {
        top.fail(QStringLiteral("alerts"),
                 tr("at most %1 alerts per request (this one has %2)").arg(maxAlerts).arg(alerts.size()));
    }

    QList<AlertEvent> events;
    events.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString path = JsonFields::indexPath(QStringLiteral("alerts"), i);
        const JsonFields a = JsonFields::of(alerts.at(i), path);
        AlertEvent e;
        const QString status = a.requiredString(QStringLiteral("status"), 32);
        if (status == QLatin1String("firing")) {
            e.action = AlertAction::Trigger;
        } else if (status == QLatin1String("resolved")) {
            e.action = AlertAction::Resolve;
        } else {
            a.fail(QStringLiteral("status"), tr("unknown status \"%1\"; expected firing or resolved").arg(status));
        }
        e.labels = a.stringMap(QStringLiteral("labels"));
        const QJsonObject annotations = a.stringMap(QStringLiteral("annotations"));
        e.dedupKey = a.optionalString(QStringLiteral("fingerprint"), 255);
        if (e.dedupKey.isEmpty()) {
            if (e.labels.isEmpty()) {
                a.fail(QStringLiteral("fingerprint"), tr("is required when an alert has no labels"));
            }
            e.dedupKey = labelsFingerprint(e.labels);
        }
        const QJsonValue startsAt = a.object().value(QStringLiteral("startsAt"));
        e.sourceTime = AlertTime::parse(startsAt, a.pathOf(QStringLiteral("startsAt")));
        const auto endsAt =
            AlertTime::parse(a.object().value(QStringLiteral("endsAt")), a.pathOf(QStringLiteral("endsAt")));
        a.optionalString(QStringLiteral("generatorURL"), 4096);
        e.rule = e.labels.value(QStringLiteral("alertname")).toString();
        for (const QString& key : {QStringLiteral("summary"), QStringLiteral("title"), QStringLiteral("description")}) {
            const QString text = annotations.value(key).toString(commonAnnotations.value(key).toString()).trimmed();
            if (!text.isEmpty()) {
                e.title = text;
                break;
            }
        }
        if (e.title.isEmpty()) {
            e.title = e.rule.isEmpty() ? tr("Alert %1").arg(e.dedupKey) : e.rule;
        }
        e.severityText = e.labels.value(QStringLiteral("severity")).toString();
        e.groupKey = groupKey;
        e.raw = a.object();
        e.raw.insert(QStringLiteral("groupKey"), groupKey);
        e.raw.insert(QStringLiteral("receiver"), receiver);
        e.raw.insert(QStringLiteral("externalURL"), externalUrl);
        if (e.action == AlertAction::Resolve && endsAt) {
            e.sourceTime = endsAt;
        }
        events.append(e);
    }
    return events;
}

} // namespace muster::core
