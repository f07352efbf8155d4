#pragma once

namespace muster::gui {

// Registers the compiled-in icons (the GUI library is static, so its resources must
// be initialised explicitly).
void initResources();

} // namespace muster::gui
