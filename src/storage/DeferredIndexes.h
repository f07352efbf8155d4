#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace muster::storage {

class Database;

// Secondary indexes that a bulk writer into an empty database builds once, at its end,
// instead of row by row: rows keyed by random UUIDs dirty pages all over every index
// they enter, while CREATE INDEX sorts once. Only indexes that enforce nothing are
// deferred (never a UNIQUE one), so every constraint holds while they are away; queries
// meanwhile are slower, never wrong. The definitions wait in index_control, so a writer
// that crashed leaves them there and the next open of the file builds them.
class DeferredIndexes
{
public:
    // Drops the non-unique indexes of these tables and remembers them; commits on its own.
    // Returns how many were deferred.
    static int defer(const Database& db, const QStringList& tables);
    // Builds every remembered index and forgets it, in one transaction.
    static void build(const Database& db);
    // True when indexes wait to be built.
    static bool pending(const QSqlDatabase& connection);
};

} // namespace muster::storage
