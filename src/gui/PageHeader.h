#pragma once

class QLabel;

namespace muster::gui {

// Shared look of page titles.
struct PageHeader
{
    static void styleTitle(QLabel* label);
};

} // namespace muster::gui
