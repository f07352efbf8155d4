#pragma once

#include "core/Alert.h"
#include "core/JsonPointer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace muster::core {

// Where a source's own JSON keeps the fields of an alert, as JSON pointers. Configured
// per source for the generic endpoint, for example for Wazuh:
//   {"title": "/rule/description", "severity": "/rule/level", "time": "/timestamp",
//    "asset": "/agent/name", "dedupKey": "/id", "rule": "/rule/id", "labels": "/data"}
// "alerts" points at an array when one request carries several alerts (the other
// pointers then apply to each element); a body that is an array works the same way.
// "action" points at a status word (firing/resolved/acknowledged and their synonyms).
class GenericMapping
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::GenericMapping)

public:
    GenericMapping();
    // Validates a configured mapping; an empty object gives the default mapping
    // (/title, /severity, /source, /time, /asset, /dedup_key, /rule, /labels, /action).
    static GenericMapping fromJson(const QJsonObject& config);
    QJsonObject toJson() const;
    static QStringList fieldNames();

    // Throws Error(BadInput) naming the field and pointer at fault.
    QList<AlertEvent> parse(const QByteArray& body) const;

    static constexpr int maxAlerts = 1000;

private:
    AlertEvent readOne(const QJsonValue& element, const QString& prefix) const;

    JsonPointer m_title;
    JsonPointer m_severity;
    JsonPointer m_source;
    JsonPointer m_time;
    JsonPointer m_asset;
    JsonPointer m_dedupKey;
    JsonPointer m_rule;
    JsonPointer m_labels;
    JsonPointer m_action;
    JsonPointer m_alerts;
    bool m_hasAlerts = false;
};

} // namespace muster::core
