#pragma once

class QWidget;

namespace muster::gui {

class Session;

// Loads the demo organisation on a worker thread with a cancellable progress dialog.
// Returns true when data was written.
bool loadDemoData(QWidget* parent, Session& session);

} // namespace muster::gui
