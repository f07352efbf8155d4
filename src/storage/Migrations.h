#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace muster::storage {

// A numbered schema change. Migrations are append-only: a released migration is never
// edited; a later one changes what it did.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

const QList<Migration>& migrations();

} // namespace muster::storage
