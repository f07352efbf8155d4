#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>

namespace muster::storage {

void SearchIndex::defer(const Database& db)
{
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    Query q(c, QStringLiteral("INSERT INTO fts_control (deferred_since) VALUES (:now)"));
    q.bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch()).exec();
    tx.commit();
}

void SearchIndex::rebuild(const Database& db)
{
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    execute(c, QStringLiteral("DELETE FROM incident_fts"));
    execute(c, QStringLiteral("INSERT INTO incident_fts (rowid, title, summary, notes)"
                              " SELECT i.rowid, i.title, i.summary, COALESCE(n.notes, '')"
                              " FROM incidents i LEFT JOIN"
                              "  (SELECT incident_id, group_concat(text, ' ') AS notes FROM timeline_entries"
                              "   WHERE kind = 'note' GROUP BY incident_id) n ON n.incident_id = i.id"));
    execute(c, QStringLiteral("DELETE FROM fts_control"));
    tx.commit();
}

bool SearchIndex::isDeferred(const Database& db)
{
    return isDeferred(db.connection());
}

bool SearchIndex::isDeferred(const QSqlDatabase& c)
{
    return hasRows(c, QStringLiteral("fts_control"));
}

} // namespace muster::storage
