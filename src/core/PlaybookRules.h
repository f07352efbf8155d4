#pragma once

#include "core/Playbook.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace muster::core {

// Which playbooks add which tasks to an incident. A playbook is applied when it matches
// and has not been applied yet (or a newer version of it has tasks the incident lacks);
// it adds only tasks whose key the incident does not have, so that nothing is added
// twice, even when two playbooks name the same task.
class PlaybookRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::PlaybookRules)

public:
    struct Application
    {
        const Playbook* playbook = nullptr;
        QList<Task> newTasks;     // not yet stored: no id, incident or due time
        QStringList alreadyThere; // keys the incident had
    };

    // `appliedVersions`: playbook id -> the version applied to the incident.
    static QList<Application> plan(const QList<const Playbook*>& matching, const QHash<QString, int>& appliedVersions,
                                   const QStringList& existingKeys);
    static TimelineDraft applied(const Application& application, qint64 now);
};

} // namespace muster::core
