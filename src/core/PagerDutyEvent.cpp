#include "core/PagerDutyEvent.h"

#include "core/AlertTime.h"
#include "core/JsonFields.h"

namespace muster::core {

PagerDutyEvent PagerDutyEvent::parse(const QByteArray& body)
{
    const JsonFields top = JsonFields::of(JsonFields::parseDocument(body), QString());
    PagerDutyEvent result;
    AlertEvent& e = result.event;
    result.routingKey = top.requiredString(QStringLiteral("routing_key"), 255);
    const QString action = top.requiredString(QStringLiteral("event_action"), 32);
    const auto parsed = alertActions().fromKey(action);
    if (!parsed || action != alertActions().key(*parsed)) {
        top.fail(QStringLiteral("event_action"),
                 tr("unknown action \"%1\"; expected trigger, acknowledge or resolve").arg(action));
    }
    e.action = *parsed;
    e.dedupKey = top.optionalString(QStringLiteral("dedup_key"), 255);
    if (e.action != AlertAction::Trigger) {
        if (e.dedupKey.trimmed().isEmpty()) {
            top.fail(QStringLiteral("dedup_key"), tr("is required to %1 an alert").arg(action));
        }
        e.raw = top.object();
        e.raw.remove(QStringLiteral("routing_key"));
        return result;
    }

    const JsonFields payload = top.requiredObject(QStringLiteral("payload"));
    e.title = payload.requiredString(QStringLiteral("summary"), 1024).trimmed();
    const QString source = payload.requiredString(QStringLiteral("source"), 255);
    e.severityText = payload.requiredString(QStringLiteral("severity"), 32);
    static const QStringList kSeverities{QStringLiteral("critical"), QStringLiteral("error"), QStringLiteral("warning"),
                                         QStringLiteral("info")};
    if (!kSeverities.contains(e.severityText)) {
        payload.fail(QStringLiteral("severity"),
                     tr("unknown severity \"%1\"; expected critical, error, warning or info").arg(e.severityText));
    }
    e.sourceTime = AlertTime::parse(payload.object().value(QStringLiteral("timestamp")),
                                    payload.pathOf(QStringLiteral("timestamp")));
    const QString component = payload.optionalString(QStringLiteral("component"), 1024);
    const QString group = payload.optionalString(QStringLiteral("group"), 1024);
    const QString cls = payload.optionalString(QStringLiteral("class"), 1024);
    const QJsonValue details = payload.object().value(QStringLiteral("custom_details"));
    if (!details.isUndefined() && !details.isNull() && !details.isObject() && !details.isString()) {
        payload.fail(QStringLiteral("custom_details"), tr("expected an object or a string"));
    }
    const QJsonArray links = top.optionalArray(QStringLiteral("links"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const JsonFields link = JsonFields::of(links.at(i), JsonFields::indexPath(QStringLiteral("links"), i));
        link.requiredString(QStringLiteral("href"), 4096);
        link.optionalString(QStringLiteral("text"), 1024);
    }
    const QJsonArray images = top.optionalArray(QStringLiteral("images"));
    for (qsizetype i = 0; i < images.size(); ++i) {
        JsonFields::of(images.at(i), JsonFields::indexPath(QStringLiteral("images"), i))
            .requiredString(QStringLiteral("src"), 4096);
    }
    top.optionalString(QStringLiteral("client"), 1024);
    top.optionalString(QStringLiteral("client_url"), 4096);

    // Scalar custom details (host, user, src_ip, ...) become labels, for asset matching
    // and filters; the named fields win over them.
    const QJsonObject detailObject = details.toObject();
    for (auto it = detailObject.begin(); it != detailObject.end(); ++it) {
        const QString text = JsonFields::scalarText(it.value());
        if (!text.isEmpty() && text.size() <= 1024) {
            e.labels.insert(it.key(), text);
        }
    }
    e.labels.insert(QStringLiteral("source"), source);
    if (!component.isEmpty()) {
        e.labels.insert(QStringLiteral("component"), component);
    }
    if (!group.isEmpty()) {
        e.labels.insert(QStringLiteral("group"), group);
    }
    if (!cls.isEmpty()) {
        e.labels.insert(QStringLiteral("class"), cls);
    }
    e.rule = cls.isEmpty() ? (component.isEmpty() ? e.title : component) : cls;
    e.raw = top.object();
    e.raw.remove(QStringLiteral("routing_key")); // the token is never stored
    return result;
}

} // namespace muster::core
