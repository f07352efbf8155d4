#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// An RFC 6901 JSON pointer ("/rule/level", "/alerts/0/id"; "~1" stands for "/" and
// "~0" for "~"). The empty pointer selects the whole document.
class JsonPointer
{
public:
    JsonPointer() = default;
    // Throws Error(BadInput) naming `field` when `text` is not a pointer.
    static JsonPointer parse(const QString& text, const QString& field);

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString& text() const { return m_text; }
    // The value it selects; nullopt when a step is missing.
    std::optional<QJsonValue> resolve(const QJsonValue& document) const;

private:
    QString m_text;
    QStringList m_steps;
};

} // namespace muster::core
