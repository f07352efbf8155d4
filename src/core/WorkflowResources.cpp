#include "core/WorkflowResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside a namespace.
static void initMusterWorkflowResources()
{
    Q_INIT_RESOURCE(workflows);
}

namespace muster::core {

void initWorkflowResources()
{
    initMusterWorkflowResources();
}

} // namespace muster::core
