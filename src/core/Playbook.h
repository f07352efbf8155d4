#pragma once

#include "core/IncidentAttributes.h"
#include "core/IncidentEnums.h"
#include "core/Task.h"
#include "core/WorkflowEnums.h"

#include <QList>
#include <QString>

#include <optional>

namespace muster::core {

struct Incident;

// One condition set of a playbook's triggers: every field that is set must hold.
// An empty condition matches every incident.
struct PlaybookCondition
{
    QList<Category> categories; // any of
    std::optional<Severity> severityAtLeast;
    std::optional<bool> personalData;
    std::optional<bool> employeeInvolved;
    std::optional<bool> customerFacing;
    std::optional<bool> businessCriticalAsset;
    std::optional<bool> regulated;  // in any regulated sector
    QList<RegulatedSector> sectors; // in any of these sectors
    QStringList jurisdictions;      // any of; EU matches every member state

    bool matches(const Incident& incident, const IncidentAttributes& attributes) const;
};

struct PlaybookTask
{
    QString key;
    QString title;
    QString description;
    std::optional<IncidentRole> ownerRole;
    QString dueEvent;
    int dueOffsetMinutes = 0;
    QStringList dependsOn;
    QList<ApprovalRole> approvals;
    bool hrAction = false;
};

struct PlaybookWorkstream
{
    Workstream workstream = Workstream::Security;
    QList<PlaybookTask> tasks;
};

// A playbook file (resources/playbooks/*.json, format in docs/playbooks.md).
struct Playbook
{
    QString id;
    int version = 1;
    QString name;
    QString description;
    bool confidential = false;         // incidents it applies to become confidential
    QList<PlaybookCondition> triggers; // any of
    QList<PlaybookWorkstream> workstreams;
    QString sourceFile;

    bool matches(const Incident& incident, const IncidentAttributes& attributes) const;
    int taskCount() const;
    // The task of `key` made concrete for an incident (not yet stored).
    Task makeTask(const PlaybookWorkstream& workstream, const PlaybookTask& task) const;
};

} // namespace muster::core
