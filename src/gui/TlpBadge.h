#pragma once

#include "core/Tlp.h"

#include <QColor>

class QLabel;

namespace muster::gui {

// How a TLP marking looks: FIRST's colours on black, in tables and labels.
struct TlpBadge
{
    static QColor foreground(core::Tlp tlp);
    static QColor background(core::Tlp tlp);
    static void apply(QLabel* label, core::Tlp tlp);
};

} // namespace muster::gui
