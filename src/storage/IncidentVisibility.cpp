#include "storage/IncidentVisibility.h"

#include "core/Confidentiality.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

namespace muster::storage {

namespace {

std::optional<core::PersonFunction> functionOf(const Database& db, const QString& personId)
{
    if (personId.isEmpty()) {
        return std::nullopt;
    }
    const auto person = PeopleRepository(db).find(personId);
    return person ? std::optional<core::PersonFunction>(person->function) : std::nullopt;
}

} // namespace

void SqlCondition::bindTo(Query& query) const
{
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        query.bind(it.key(), it.value());
    }
}

SqlCondition IncidentVisibility::condition(const Database& db, const core::Actor& viewer, const QString& alias)
{
    const auto function = functionOf(db, viewer.personId);
    if (function && core::Confidentiality::functionSeesAll(*function)) {
        return SqlCondition{QStringLiteral("1 = 1"), {}};
    }
    if (viewer.personId.isEmpty() || !function) {
        return SqlCondition{QStringLiteral("%1.confidential = 0").arg(alias), {}};
    }
    return SqlCondition{QStringLiteral("(%1.confidential = 0 OR EXISTS (SELECT 1 FROM incident_access vis_a "
                                       "WHERE vis_a.incident_id = %1.id AND vis_a.person_id = :vis_person))")
                            .arg(alias),
                        {{QStringLiteral(":vis_person"), viewer.personId}}};
}

bool IncidentVisibility::maySee(const Database& db, const core::Actor& viewer, const core::Incident& incident)
{
    return core::Confidentiality::maySee(incident.confidential, accessList(db, incident.id), viewer.personId,
                                         functionOf(db, viewer.personId));
}

QStringList IncidentVisibility::accessList(const Database& db, const QString& incidentId)
{
    Query q(db.connection(), QStringLiteral("SELECT person_id FROM incident_access WHERE incident_id = :incident "
                                            "ORDER BY added_at"));
    q.bind(QStringLiteral(":incident"), incidentId).exec();
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

} // namespace muster::storage
