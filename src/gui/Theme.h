#pragma once

#include "core/IncidentEnums.h"

#include <QColor>
#include <QString>

namespace muster::gui {

// Light and dark palettes (Fusion). "System" follows the desktop: dark when the
// platform's window colour is dark or the GTK theme says so.
class Theme
{
public:
    enum class Choice
    {
        System,
        Light,
        Dark,
    };

    static void apply(Choice choice);
    static Choice saved();
    static void save(Choice choice);
    static bool isDark();

    // Colours that carry meaning, tuned for the current palette.
    static QColor severityColor(core::Severity severity);
    static QColor tierColor(core::Tier tier);
    static QColor warningBackground();
};

} // namespace muster::gui
