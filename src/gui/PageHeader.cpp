#include "gui/PageHeader.h"

#include <QLabel>
#include <QWidget>

namespace muster::gui {

void PageHeader::styleTitle(QLabel* label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

int PageHeader::timeColumnWidth(const QWidget* table)
{
    const QFontMetrics metrics = table->fontMetrics();
    return metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 3 * metrics.averageCharWidth();
}

} // namespace muster::gui
