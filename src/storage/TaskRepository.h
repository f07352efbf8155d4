#pragma once

#include "core/Incident.h"
#include "core/Task.h"
#include "core/Timeline.h"

#include <QHash>
#include <QList>

#include <optional>

namespace muster::storage {

class Database;

// Tasks, their comments, and which playbooks were applied to an incident.
class TaskRepository
{
public:
    explicit TaskRepository(const Database& db);

    // With the owner's name: the named person, else the current holder of the owner role.
    QList<core::Task> ofIncident(const QString& incidentId) const;
    std::optional<core::Task> find(const QString& id) const;
    std::optional<core::Task> findByKey(const QString& incidentId, const QString& key) const;
    // Tasks a person owns (by name or through a role they hold) across the incidents
    // the person may see (IncidentVisibility); open ones first by due time.
    QList<core::Task> ownedBy(const core::Actor& person, bool includeFinished) const;
    QStringList keys(const QString& incidentId) const;
    int nextSortOrder(const QString& incidentId) const;

    void insert(const core::Task& task);
    void update(const core::Task& task);
    // Recomputes the due times of unfinished tasks that run from a milestone.
    void refreshDueTimes(const core::Incident& incident, qint64 now);

    QList<core::TaskComment> comments(const QString& taskId) const;
    void insertComment(const core::TaskComment& comment);

    QHash<QString, int> appliedPlaybooks(const QString& incidentId) const;
    void recordPlaybook(const QString& incidentId, const QString& playbookId, int version, qint64 now);

private:
    QList<core::Task> select(const QString& where, const QVariantMap& bindings) const;

    const Database& m_db;
};

} // namespace muster::storage
