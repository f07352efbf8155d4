#pragma once

class QWidget;

namespace muster::gui {

class Session;

// Asks for a CSV file and imports people or assets from it. When rows are bad, shows
// every problem (file, line, column) and offers to import the good rows only.
void importDirectoryCsv(QWidget* parent, Session& session, bool people);

} // namespace muster::gui
