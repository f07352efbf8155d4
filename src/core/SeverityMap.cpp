#include "core/SeverityMap.h"

#include "core/Error.h"

#include <algorithm>

namespace muster::core {

namespace {

std::optional<Severity> severityValue(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == 1 || d == 2 || d == 3 || d == 4 ? severityFromInt(static_cast<int>(d)) : std::nullopt;
    }
    if (v.isString()) {
        return severities().fromText(v.toString());
    }
    return std::nullopt;
}

} // namespace

SeverityMap::SeverityMap()
{
    const auto add = [this](std::initializer_list<const char*> words, Severity s) {
        for (const char* w : words) {
            m_words.insert(QString::fromLatin1(w), s);
        }
    };
    add({"critical", "crit", "fatal", "emergency", "emerg", "alert", "disaster", "sev1", "p1"}, Severity::Sev1);
    add({"high", "error", "err", "major", "sev2", "p2"}, Severity::Sev2);
    add({"warning", "warn", "medium", "moderate", "average", "minor", "sev3", "p3"}, Severity::Sev3);
    add({"low", "info", "informational", "information", "notice", "debug", "none", "sev4", "p4"}, Severity::Sev4);
}

SeverityMap SeverityMap::fromJson(const QJsonObject& config)
{
    SeverityMap map;
    if (config.isEmpty()) {
        return map;
    }
    map.m_words.clear();
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QString key = it.key().trimmed().toLower();
        const auto severity = severityValue(it.value());
        if (!severity) {
            throw Error(Error::Kind::BadInput,
                        tr("Severity map: \"%1\" maps to %2; use SEV1, SEV2, SEV3, SEV4 or 1 to 4.")
                            .arg(it.key(), it.value().isString() ? it.value().toString() : tr("a non-severity")));
        }
        if (key == QLatin1String("*")) {
            map.m_fallback = *severity;
        } else if (key.startsWith(QLatin1String(">="))) {
            bool ok = false;
            const double threshold = key.mid(2).trimmed().toDouble(&ok);
            if (!ok) {
                throw Error(Error::Kind::BadInput,
                            tr("Severity map: \"%1\" is not a threshold; write it as >=12.").arg(it.key()));
            }
            map.m_thresholds.append({threshold, *severity});
        } else if (key.isEmpty()) {
            throw Error(Error::Kind::BadInput, tr("Severity map: a key is empty."));
        } else {
            map.m_words.insert(key, *severity);
        }
    }
    std::sort(map.m_thresholds.begin(), map.m_thresholds.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    return map;
}

Severity SeverityMap::map(const QString& sourceSeverity) const
{
    const QString key = sourceSeverity.trimmed().toLower();
    if (key.isEmpty()) {
        return m_fallback;
    }
    const auto it = m_words.constFind(key);
    if (it != m_words.constEnd()) {
        return it.value();
    }
    bool ok = false;
    const double number = key.toDouble(&ok);
    if (ok) {
        for (const auto& [threshold, severity] : m_thresholds) {
            if (number >= threshold) {
                return severity;
            }
        }
    }
    return m_fallback;
}

QJsonObject SeverityMap::toJson() const
{
    QJsonObject o;
    for (auto it = m_words.begin(); it != m_words.end(); ++it) {
        o.insert(it.key(), severities().key(it.value()));
    }
    for (const auto& [threshold, severity] : m_thresholds) {
        o.insert(QStringLiteral(">=%1").arg(threshold), severities().key(severity));
    }
    o.insert(QStringLiteral("*"), severities().key(m_fallback));
    return o;
}

} // namespace muster::core
