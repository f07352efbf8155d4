#include "gui/TlpBadge.h"

#include <QLabel>

namespace muster::gui {

QColor TlpBadge::foreground(core::Tlp tlp)
{
    return QColor(QLatin1String(core::tlpColors(tlp).foreground));
}

QColor TlpBadge::background(core::Tlp tlp)
{
    return QColor(QLatin1String(core::tlpColors(tlp).background));
}

void TlpBadge::apply(QLabel* label, core::Tlp tlp)
{
    label->setText(core::tlpMarking(tlp));
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; font-family: monospace; "
                                        "font-weight: bold; padding: 2px 8px; border-radius: 3px; }")
                             .arg(foreground(tlp).name(), background(tlp).name()));
    label->setToolTip(core::tlpMarking(tlp));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

} // namespace muster::gui
