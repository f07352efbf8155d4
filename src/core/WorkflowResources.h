#pragma once

namespace muster::core {

// Registers the playbooks and message templates compiled into muster_core
// (resources/workflows.qrc). A static library's resources must be initialised
// explicitly; the libraries call this before they read ":/playbooks" or ":/templates".
void initWorkflowResources();

} // namespace muster::core
