#include "core/GenericMapping.h"

#include "core/AlertTime.h"
#include "core/Error.h"
#include "core/JsonFields.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace muster::core {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kSeverity = QStringLiteral("severity");
const QString kSource = QStringLiteral("source");
const QString kTime = QStringLiteral("time");
const QString kAsset = QStringLiteral("asset");
const QString kDedupKey = QStringLiteral("dedupKey");
const QString kRule = QStringLiteral("rule");
const QString kLabels = QStringLiteral("labels");
const QString kAction = QStringLiteral("action");
const QString kAlerts = QStringLiteral("alerts");

std::optional<AlertAction> actionFromWord(const QString& word)
{
    const QString w = word.trimmed().toLower();
    static const QStringList trigger{QStringLiteral("trigger"), QStringLiteral("triggered"), QStringLiteral("firing"),
                                     QStringLiteral("fire"),    QStringLiteral("open"),      QStringLiteral("new"),
                                     QStringLiteral("active"),  QStringLiteral("problem"),   QStringLiteral("alert")};
    static const QStringList ack{QStringLiteral("acknowledge"), QStringLiteral("acknowledged"), QStringLiteral("ack"),
                                 QStringLiteral("in-progress"), QStringLiteral("in_progress")};
    static const QStringList resolve{QStringLiteral("resolve"), QStringLiteral("resolved"), QStringLiteral("closed"),
                                     QStringLiteral("close"),   QStringLiteral("ok"),       QStringLiteral("recovered"),
                                     QStringLiteral("recovery")};
    if (w.isEmpty() || trigger.contains(w)) {
        return AlertAction::Trigger;
    }
    if (ack.contains(w)) {
        return AlertAction::Acknowledge;
    }
    if (resolve.contains(w)) {
        return AlertAction::Resolve;
    }
    return std::nullopt;
}

} // namespace

GenericMapping::GenericMapping()
{
    m_title = JsonPointer::parse(QStringLiteral("/title"), kTitle);
    m_severity = JsonPointer::parse(QStringLiteral("/severity"), kSeverity);
    m_source = JsonPointer::parse(QStringLiteral("/source"), kSource);
    m_time = JsonPointer::parse(QStringLiteral("/time"), kTime);
    m_asset = JsonPointer::parse(QStringLiteral("/asset"), kAsset);
    m_dedupKey = JsonPointer::parse(QStringLiteral("/dedup_key"), kDedupKey);
    m_rule = JsonPointer::parse(QStringLiteral("/rule"), kRule);
    m_labels = JsonPointer::parse(QStringLiteral("/labels"), kLabels);
    m_action = JsonPointer::parse(QStringLiteral("/action"), kAction);
}

QStringList GenericMapping::fieldNames()
{
    return {kTitle, kSeverity, kSource, kTime, kAsset, kDedupKey, kRule, kLabels, kAction, kAlerts};
}

GenericMapping GenericMapping::fromJson(const QJsonObject& config)
{
    GenericMapping m;
    if (config.isEmpty()) {
        return m;
    }
    const QStringList names = fieldNames();
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (!names.contains(it.key())) {
            throw Error(Error::Kind::BadInput, tr("Mapping: unknown field \"%1\"; the fields are %2.")
                                                   .arg(it.key(), names.join(QStringLiteral(", "))));
        }
        if (!it.value().isString()) {
            throw Error(Error::Kind::BadInput,
                        tr("Mapping: %1 must be a JSON pointer in a string, such as \"/rule/level\".").arg(it.key()));
        }
    }
    if (!config.contains(kTitle)) {
        throw Error(Error::Kind::BadInput, tr("Mapping: title is required (a JSON pointer such as \"/message\")."));
    }
    const auto pointer = [&](const QString& name) {
        return JsonPointer::parse(config.value(name).toString(), tr("Mapping: %1").arg(name));
    };
    m.m_title = pointer(kTitle);
    if (m.m_title.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Mapping: title must point into the alert, not at the whole of it."));
    }
    m.m_severity = pointer(kSeverity);
    m.m_source = pointer(kSource);
    m.m_time = pointer(kTime);
    m.m_asset = pointer(kAsset);
    m.m_dedupKey = pointer(kDedupKey);
    m.m_rule = pointer(kRule);
    m.m_labels = pointer(kLabels);
    m.m_action = pointer(kAction);
    m.m_alerts = pointer(kAlerts);
    m.m_hasAlerts = config.contains(kAlerts);
    return m;
}

QJsonObject GenericMapping::toJson() const
{
    QJsonObject o;
    const auto put = [&](const QString& name, const JsonPointer& p) {
        if (!p.isEmpty()) {
            o.insert(name, p.text());
        }
    };
    put(kTitle, m_title);
    put(kSeverity, m_severity);
    put(kSource, m_source);
    put(kTime, m_time);
    put(kAsset, m_asset);
    put(kDedupKey, m_dedupKey);
    put(kRule, m_rule);
    put(kLabels, m_labels);
    put(kAction, m_action);
    if (m_hasAlerts) {
        o.insert(kAlerts, m_alerts.text());
    }
    return o;
}

QList<AlertEvent> GenericMapping::parse(const QByteArray& body) const
{
    const QJsonValue root = JsonFields::parseDocument(body);
    QJsonArray elements;
    QString arrayPath;
    if (m_hasAlerts) {
        const auto list = m_alerts.resolve(root);
        if (!list || !list->isArray()) {
            JsonFields::failAt(m_alerts.text(), tr("expected an array of alerts (the mapping's \"alerts\")"));
        }
        elements = list->toArray();
        arrayPath = m_alerts.text();
    } else if (root.isArray()) {
        elements = root.toArray();
    } else {
        return {readOne(root, QString())};
    }
    if (elements.size() > maxAlerts) {
        JsonFields::failAt(arrayPath,
                           tr("at most %1 alerts per request (this one has %2)").arg(maxAlerts).arg(elements.size()));
    }
    QList<AlertEvent> events;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        events.append(readOne(elements.at(i), JsonFields::indexPath(arrayPath, i)));
    }
    return events;
}

AlertEvent GenericMapping::readOne(const QJsonValue& element, const QString& prefix) const
{
    if (!element.isObject()) {
        JsonFields::failAt(prefix, tr("expected an object"));
    }
    const auto where = [&](const JsonPointer& p) {
        return prefix + p.text();
    };
    const auto scalar = [&](const JsonPointer& p, const QString& field, int maxLength) -> QString {
        if (p.isEmpty()) {
            return {};
        }
        const auto v = p.resolve(element);
        if (!v || v->isNull()) {
            return {};
        }
        if (!v->isString() && !v->isDouble() && !v->isBool()) {
            JsonFields::failAt(where(p), tr("expected a string or a number for %1").arg(field));
        }
        const QString text = JsonFields::scalarText(*v).trimmed();
        if (text.size() > maxLength) {
            JsonFields::failAt(
                where(p), tr("%1: at most %2 characters (this one has %3)").arg(field).arg(maxLength).arg(text.size()));
        }
        return text;
    };

    AlertEvent e;
    e.title = scalar(m_title, kTitle, 1024);
    if (e.title.isEmpty()) {
        JsonFields::failAt(where(m_title), tr("is required: this source's mapping takes the title from here"));
    }
    e.severityText = scalar(m_severity, kSeverity, 64);
    e.rule = scalar(m_rule, kRule, 1024);
    const QString source = scalar(m_source, kSource, 1024);
    const QString asset = scalar(m_asset, kAsset, 1024);
    e.dedupKey = scalar(m_dedupKey, kDedupKey, 255);
    if (!m_time.isEmpty()) {
        if (const auto t = m_time.resolve(element)) {
            e.sourceTime = AlertTime::parse(*t, where(m_time));
        }
    }
    const QString actionWord = scalar(m_action, kAction, 32);
    const auto action = actionFromWord(actionWord);
    if (!action) {
        JsonFields::failAt(where(m_action),
                           tr("unknown action \"%1\"; expected firing, acknowledged or resolved").arg(actionWord));
    }
    e.action = *action;
    if (!m_labels.isEmpty()) {
        if (const auto labels = m_labels.resolve(element); labels && !labels->isNull()) {
            if (!labels->isObject()) {
                JsonFields::failAt(where(m_labels), tr("expected an object of labels"));
            }
            const QJsonObject o = labels->toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString text = JsonFields::scalarText(it.value());
                if (!text.isEmpty() && text.size() <= 1024) {
                    e.labels.insert(it.key(), text);
                }
            }
        }
    }
    if (!source.isEmpty()) {
        e.labels.insert(kSource, source);
    }
    if (!asset.isEmpty()) {
        e.labels.insert(kAsset, asset);
    }
    if (e.dedupKey.isEmpty()) {
        // The same alert text on the same rule and asset counts as a repeat.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& part : {e.title, e.rule, source, asset}) {
            hash.addData(part.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        e.dedupKey = QString::fromLatin1(hash.result().toHex().left(32));
    }
    e.raw = element.toObject();
    return e;
}

} // namespace muster::core
