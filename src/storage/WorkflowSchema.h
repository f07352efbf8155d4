#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 4: stakeholder workflows. Incident attributes, roles, access lists,
// playbooks applied, tasks and their comments, communications and their versions,
// approvals, clock events and regulatory deadlines.
QStringList workflowSchema();

} // namespace muster::storage
