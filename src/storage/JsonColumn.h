#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

namespace muster::storage {

// Lists kept in one TEXT column as compact JSON arrays (names may contain commas).
inline QString jsonColumn(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString jsonColumn(const QStringList& list)
{
    return jsonColumn(QJsonArray::fromStringList(list));
}

inline QJsonArray jsonArrayColumn(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

inline QStringList stringListColumn(const QVariant& value)
{
    QStringList out;
    for (const auto& e : jsonArrayColumn(value)) {
        out.append(e.toString());
    }
    return out;
}

} // namespace muster::storage
