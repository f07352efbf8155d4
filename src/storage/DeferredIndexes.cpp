#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

int DeferredIndexes::defer(const Database& db, const QStringList& tables)
{
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    // Automatic indexes (sql IS NULL) back UNIQUE and PRIMARY KEY constraints.
    Query indexes(c, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                    "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (SELECT value FROM "
                                    "json_each(:tables)) ORDER BY name"));
    indexes.bind(QStringLiteral(":tables"), jsonList(tables));
    indexes.exec();
    QList<std::pair<QString, QString>> found;
    while (indexes.next()) {
        found.append({indexes.value(0).toString(), indexes.value(1).toString()});
    }
    Query remember(c, QStringLiteral("INSERT INTO index_control (name, definition) VALUES (:name, :definition)"));
    for (const auto& [name, definition] : std::as_const(found)) {
        remember.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":definition"), definition).exec();
        execute(c, QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
    tx.commit();
    return int(found.size());
}

void DeferredIndexes::build(const Database& db)
{
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    Query waiting(c, QStringLiteral("SELECT definition FROM index_control ORDER BY name"));
    waiting.exec();
    QStringList definitions;
    while (waiting.next()) {
        definitions.append(waiting.value(0).toString());
    }
    for (const QString& definition : std::as_const(definitions)) {
        execute(c, definition);
    }
    execute(c, QStringLiteral("DELETE FROM index_control"));
    tx.commit();
}

bool DeferredIndexes::pending(const QSqlDatabase& c)
{
    return hasRows(c, QStringLiteral("index_control"));
}

} // namespace muster::storage
