#include "core/RoleRules.h"

#include "core/DeadlineRules.h"
#include "core/Error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster::core {

TimelineDraft RoleRules::assign(IncidentRole role, const QString& personId, const QString& personName,
                                const std::optional<RoleAssignment>& current, qint64 at, qint64 now)
{
    if (personId.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("%1: choose a person.").arg(incidentRoles().label(role)));
    }
    if (at > now + 60'000) {
        throw Error(Error::Kind::BadInput, tr("Time: a handover cannot be recorded in the future."));
    }
    QJsonObject data{{QStringLiteral("role"), incidentRoles().key(role)},
                     {QStringLiteral("person_id"), personId},
                     {QStringLiteral("assumed_at"), at}};
    if (!current) {
        return TimelineDraft{QString(TimelineKind::RoleAssigned), at,
                             tr("%1: %2 assumed the role").arg(incidentRoles().label(role), personName), data};
    }
    if (current->personId == personId) {
        throw Error(Error::Kind::Refused,
                    tr("%1 already holds the role %2.").arg(personName, incidentRoles().label(role)));
    }
    if (at < current->assumedAt) {
        throw Error(Error::Kind::BadInput, tr("Time: %1 took the role at %2; a handover cannot come before that.")
                                               .arg(current->personName, DeadlineRules::formatUtc(current->assumedAt)));
    }
    data.insert(QStringLiteral("from_person_id"), current->personId);
    data.insert(QStringLiteral("handed_over_at"), at);
    return TimelineDraft{
        QString(TimelineKind::RoleAssigned), at,
        tr("%1: handed over from %2 to %3").arg(incidentRoles().label(role), current->personName, personName), data};
}

TimelineDraft RoleRules::release(const RoleAssignment& current, qint64 at, qint64 now)
{
    if (at > now + 60'000 || at < current.assumedAt) {
        throw Error(Error::Kind::BadInput, tr("Time: the role ends after it began and not in the future."));
    }
    return TimelineDraft{
        QString(TimelineKind::RoleAssigned), at,
        tr("%1: %2 stood down; the role is vacant").arg(incidentRoles().label(current.role), current.personName),
        QJsonObject{{QStringLiteral("role"), incidentRoles().key(current.role)},
                    {QStringLiteral("person_id"), QString()},
                    {QStringLiteral("from_person_id"), current.personId},
                    {QStringLiteral("handed_over_at"), at}}};
}

TimelineDraft RoleRules::attributesChanged(const IncidentAttributes& from, const IncidentAttributes& to, qint64 now)
{
    const auto json = [](const IncidentAttributes& a) {
        QJsonObject o{
            {QStringLiteral("personal_data"), a.personalData},
            {QStringLiteral("employee_involved"), a.employeeInvolved},
            {QStringLiteral("customer_facing"), a.customerFacing},
            {QStringLiteral("sectors"), QJsonArray::fromStringList(IncidentAttributeRules::sectorKeys(a.sectors))},
            {QStringLiteral("jurisdictions"), QJsonArray::fromStringList(a.jurisdictions)}};
        if (a.affectedIndividuals) {
            o.insert(QStringLiteral("affected_individuals"), *a.affectedIndividuals);
        }
        return o;
    };
    return TimelineDraft{QString(TimelineKind::AttributesChanged), now,
                         tr("Attributes: %1").arg(IncidentAttributeRules::describe(to)),
                         QJsonObject{{QStringLiteral("from"), json(from)}, {QStringLiteral("to"), json(to)}}};
}

TimelineDraft RoleRules::accessChanged(const QString& personId, const QString& personName, bool granted, qint64 now)
{
    return TimelineDraft{QString(TimelineKind::AccessChanged), now,
                         granted ? tr("%1 added to the access list").arg(personName)
                                 : tr("%1 removed from the access list").arg(personName),
                         QJsonObject{{QStringLiteral("person_id"), personId}, {QStringLiteral("granted"), granted}}};
}

} // namespace muster::core
