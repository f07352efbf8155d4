#include "core/JsonFields.h"

#include "core/Error.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace muster::core {

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

QJsonValue JsonFields::parseDocument(const QByteArray& body)
{
    if (body.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("The body is empty; expected a JSON document."));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw Error(Error::Kind::BadInput,
                    tr("The body is not valid JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset));
    }
    if (doc.isArray()) {
        return doc.array();
    }
    return doc.object();
}

JsonFields JsonFields::of(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        failAt(path, tr("expected an object"));
    }
    return JsonFields(value.toObject(), path);
}

QString JsonFields::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFields::indexPath(const QString& arrayPath, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
}

bool JsonFields::has(const QString& key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonFields::failAt(const QString& path, const QString& problem)
{
    if (path.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("The body: %1.").arg(problem));
    }
    throw Error(Error::Kind::BadInput, tr("%1: %2.").arg(path, problem));
}

void JsonFields::fail(const QString& key, const QString& problem) const
{
    failAt(pathOf(key), problem);
}

QString JsonFields::requiredString(const QString& key, int maxLength) const
{
    if (!has(key)) {
        fail(key, tr("is required"));
    }
    const QString s = optionalString(key, maxLength);
    if (s.trimmed().isEmpty()) {
        fail(key, tr("must not be empty"));
    }
    return s;
}

QString JsonFields::optionalString(const QString& key, int maxLength) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString()) {
        fail(key, tr("expected a string"));
    }
    const QString s = v.toString();
    if (maxLength > 0 && s.size() > maxLength) {
        fail(key, tr("at most %1 characters (this one has %2)").arg(maxLength).arg(s.size()));
    }
    return s;
}

QString JsonFields::optionalScalar(const QString& key, int maxLength) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString() && !v.isDouble()) {
        fail(key, tr("expected a string or a number"));
    }
    const QString s = scalarText(v);
    if (maxLength > 0 && s.size() > maxLength) {
        fail(key, tr("at most %1 characters (this one has %2)").arg(maxLength).arg(s.size()));
    }
    return s;
}

std::optional<JsonFields> JsonFields::optionalObject(const QString& key) const
{
    if (!has(key)) {
        return std::nullopt;
    }
    return of(m_object.value(key), pathOf(key));
}

JsonFields JsonFields::requiredObject(const QString& key) const
{
    if (!has(key)) {
        fail(key, tr("is required"));
    }
    return of(m_object.value(key), pathOf(key));
}

QJsonArray JsonFields::optionalArray(const QString& key) const
{
    if (!has(key)) {
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, tr("expected an array"));
    }
    return v.toArray();
}

QJsonArray JsonFields::requiredArray(const QString& key) const
{
    if (!has(key)) {
        fail(key, tr("is required"));
    }
    return optionalArray(key);
}

QJsonObject JsonFields::stringMap(const QString& key) const
{
    const auto object = optionalObject(key);
    if (!object) {
        return {};
    }
    const QJsonObject& o = object->object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            object->fail(it.key(), tr("expected a string"));
        }
    }
    return o;
}

QString JsonFields::scalarText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            return QString::number(static_cast<qint64>(d));
        }
        return QString::number(d, 'g', 15);
    }
    return {};
}

} // namespace muster::core
