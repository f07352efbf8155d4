#include "storage/PlaybookApplier.h"

#include "core/Ids.h"
#include "core/IncidentRules.h"
#include "core/PlaybookRules.h"
#include "core/RoleRules.h"
#include "core/TaskRules.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/IncidentAttributesRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RoleRepository.h"
#include "storage/TaskRepository.h"

namespace muster::storage {

PlaybookApplier::PlaybookApplier(Database& db, const core::PlaybookLibrary& library)
    : m_db(db)
    , m_library(library)
{}

QList<core::TimelineDraft> PlaybookApplier::seedAccessList(Database& db, const core::Incident& incident,
                                                           const core::Actor& actor, qint64 now)
{
    QStringList people{incident.commanderId};
    people += incident.assigneeIds;
    for (const auto& r : RoleRepository(db).current(incident.id)) {
        people.append(r.personId);
    }
    people.append(actor.personId);
    PeopleRepository directory(db);
    AccessListRepository access(db);
    QList<core::TimelineDraft> drafts;
    for (const QString& id : people) {
        if (id.isEmpty()) {
            continue;
        }
        const auto person = directory.find(id);
        if (person && access.add(incident.id, id, now)) {
            drafts.append(core::RoleRules::accessChanged(id, person->name, true, now));
        }
    }
    return drafts;
}

QList<core::TimelineDraft> PlaybookApplier::apply(core::Incident& incident, const core::Actor& actor, qint64 now)
{
    const auto attributes = IncidentAttributesRepository(m_db).get(incident.id);
    const auto matching = m_library.matching(incident, attributes);
    if (matching.isEmpty()) {
        return {};
    }
    TaskRepository tasks(m_db);
    const auto plan = core::PlaybookRules::plan(matching, tasks.appliedPlaybooks(incident.id), tasks.keys(incident.id));
    if (plan.isEmpty()) {
        return {};
    }
    const auto milestones = core::TaskRules::milestones(incident, DeadlineRepository(m_db).events(incident.id));
    int order = tasks.nextSortOrder(incident.id);
    QList<core::TimelineDraft> drafts;
    bool confidential = false;
    QString confidentialBy;
    for (const auto& application : plan) {
        for (core::Task task : application.newTasks) {
            task.id = core::newId();
            task.incidentId = incident.id;
            task.sortOrder = order++;
            task.createdAt = now;
            task.updatedAt = now;
            task.dueAt = core::TaskRules::dueAt(task, milestones);
            tasks.insert(task);
        }
        tasks.recordPlaybook(incident.id, application.playbook->id, application.playbook->version, now);
        drafts.append(core::PlaybookRules::applied(application, now));
        if (application.playbook->confidential && !confidential) {
            confidential = true;
            confidentialBy = application.playbook->name;
        }
    }
    if (confidential && !incident.confidential) {
        drafts.append(core::IncidentRules::changeField(
            QStringLiteral("confidential"), tr("Confidential"), false, true,
            tr("Marked confidential by the playbook \"%1\"; only the access list, Legal and HR see it")
                .arg(confidentialBy),
            now));
        incident.confidential = true;
        drafts += seedAccessList(m_db, incident, actor, now);
    }
    return drafts;
}

} // namespace muster::storage
