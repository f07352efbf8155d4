#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace muster::core {

// Reads the fields of one JSON object from an untrusted payload. Every refusal throws
// Error(BadInput) with a message that names the field by its JSON path
// ("alerts[2].labels: expected an object"), so a sender can fix its payload.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::JsonFields)

public:
    JsonFields(QJsonObject object, QString path);

    // Parses a whole body; throws with the byte offset when it is not JSON.
    static QJsonValue parseDocument(const QByteArray& body);
    // `value` must be an object; `path` names it in messages (empty for the top level).
    static JsonFields of(const QJsonValue& value, const QString& path);

    const QJsonObject& object() const { return m_object; }
    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    static QString indexPath(const QString& arrayPath, qsizetype index);

    bool has(const QString& key) const;
    QString requiredString(const QString& key, int maxLength) const;
    // Absent or null gives an empty string; any other non-string is refused.
    QString optionalString(const QString& key, int maxLength) const;
    // A string or a number (numbers are written as text); absent gives an empty string.
    QString optionalScalar(const QString& key, int maxLength) const;
    std::optional<JsonFields> optionalObject(const QString& key) const;
    JsonFields requiredObject(const QString& key) const;
    QJsonArray optionalArray(const QString& key) const;
    QJsonArray requiredArray(const QString& key) const;
    // An object whose values are all strings (Alertmanager labels and annotations).
    QJsonObject stringMap(const QString& key) const;

    [[noreturn]] void fail(const QString& key, const QString& problem) const;
    [[noreturn]] static void failAt(const QString& path, const QString& problem);

    // Text for a scalar JSON value (string, number, bool); empty for others.
    static QString scalarText(const QJsonValue& value);

private:
    QJsonObject m_object;
    QString m_path;
};

} // namespace muster::core
