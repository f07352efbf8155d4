#pragma once

class QLabel;
class QWidget;

namespace muster::gui {

// Shared look of page titles and their tables.
struct PageHeader
{
    static void styleTitle(QLabel* label);
    // The width of a table column of "yyyy-MM-dd HH:mm" times in `table`'s font (digits
    // are wider than the average character, so a real time stamp is measured).
    static int timeColumnWidth(const QWidget* table);
};

} // namespace muster::gui
