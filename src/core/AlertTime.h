#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace muster::core {

// Times in alert payloads: RFC 3339 / ISO 8601 text with up to nanoseconds and a zone
// (Alertmanager, PagerDuty, Elastic), or a number of seconds or milliseconds since the
// epoch (Splunk, Wazuh, scripts). Go's zero time (year 1) means "no time".
class AlertTime
{
public:
    // Returns epoch ms, nullopt for an empty value or the zero time; throws
    // Error(BadInput) naming `path` when the value is not a time.
    static std::optional<qint64> parse(const QJsonValue& value, const QString& path);
    static std::optional<qint64> parseText(const QString& text, const QString& path);
};

} // namespace muster::core
