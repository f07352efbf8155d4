#include "gui/PageHeader.h"

#include <QLabel>

namespace muster::gui {

void PageHeader::styleTitle(QLabel* label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

} // namespace muster::gui
