#pragma once

#include "core/Incident.h"
#include "core/Timeline.h"

#include <QString>
#include <QVariantMap>

namespace muster::storage {

class Database;
class Query;

// A WHERE fragment with its bound values, to AND into a query.
struct SqlCondition
{
    QString sql;
    QVariantMap bindings; // placeholder -> value; placeholders start with ":vis_"

    void bindTo(Query& query) const;
};

// core::Confidentiality as SQL: which incidents a person may see. The incident list,
// metrics drill-downs, exports, "My tasks" and the deadline strip all filter with it.
//
//   auto visible = IncidentVisibility::condition(db, session.actor(), QStringLiteral("i"));
//   Query q(db.connection(), "SELECT ... FROM incidents i WHERE ... AND " + visible.sql);
//   visible.bindTo(q);
class IncidentVisibility
{
public:
    // `alias` is how the query names the incidents table.
    static SqlCondition condition(const Database& db, const core::Actor& viewer, const QString& alias);
    // For one incident already loaded (opening an incident window by reference).
    static bool maySee(const Database& db, const core::Actor& viewer, const core::Incident& incident);
    // The people on an incident's access list.
    static QStringList accessList(const Database& db, const QString& incidentId);
};

} // namespace muster::storage
