#pragma once

#include <QString>
#include <QUuid>

namespace muster::core {

// Every record's primary key: a UUID made on the desktop that created it.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isValidId(const QString& id)
{
    return !QUuid::fromString(id).isNull();
}

} // namespace muster::core
