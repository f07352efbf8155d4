#pragma once

#include <QSqlDatabase>

namespace muster::storage {

class Database;

// The full-text index over incidents (FTS5 table incident_fts, kept by triggers).
// Bulk writers defer it: the triggers then skip their work and the writer rebuilds the
// index once at the end, which is many times faster than updating it per row.
class SearchIndex
{
public:
    // Defers index maintenance; commits on its own.
    static void defer(const Database& db);
    // Rebuilds the index from incidents and notes and ends deferral, in one transaction.
    static void rebuild(const Database& db);
    // True when a deferral was left behind (a bulk writer crashed).
    static bool isDeferred(const Database& db);
    static bool isDeferred(const QSqlDatabase& connection);
};

} // namespace muster::storage
