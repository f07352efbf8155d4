#include "gui/Resources.h"

#include <QtGlobal>

static void initMusterResources()
{
    Q_INIT_RESOURCE(muster);
}

namespace muster::gui {

void initResources()
{
    initMusterResources();
}

} // namespace muster::gui
