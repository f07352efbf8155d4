#include "gui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace muster::gui {

namespace {

bool g_dark = false;
QPalette g_systemPalette;
bool g_systemPaletteSaved = false;

bool systemPrefersDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.contains(QLatin1String("dark"), Qt::CaseInsensitive)) {
        return true;
    }
    const QString colorScheme = qEnvironmentVariable("MUSTER_COLOR_SCHEME");
    if (colorScheme == QLatin1String("dark")) {
        return true;
    }
    return g_systemPalette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x36);
    const QColor base(0x21, 0x25, 0x2b);
    const QColor text(0xe6, 0xe9, 0xee);
    const QColor highlight(0x3d, 0x7e, 0xd1);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2b, 0x32));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x38, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xf0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x45, 0x4b, 0x55));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1d, 0x22));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x5a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x8a));
    }
    return p;
}

} // namespace

void Theme::apply(Choice choice)
{
    if (!g_systemPaletteSaved) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteSaved = true;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_dark = choice == Choice::Dark || (choice == Choice::System && systemPrefersDark());
    QApplication::setPalette(g_dark ? darkPalette() : QApplication::style()->standardPalette());
}

Theme::Choice Theme::saved()
{
    const int v = QSettings().value(QStringLiteral("appearance/theme"), 0).toInt();
    return v == 1 ? Choice::Light : v == 2 ? Choice::Dark : Choice::System;
}

void Theme::save(Choice choice)
{
    QSettings().setValue(QStringLiteral("appearance/theme"), static_cast<int>(choice));
}

bool Theme::isDark()
{
    return g_dark;
}

QColor Theme::severityColor(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Sev1:
        return g_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case core::Severity::Sev2:
        return g_dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xe0, 0x6c, 0x00);
    case core::Severity::Sev3:
        return g_dark ? QColor(0xf2, 0xd0, 0x4a) : QColor(0xb8, 0x8a, 0x00);
    case core::Severity::Sev4:
        return g_dark ? QColor(0x8f, 0xb8, 0xde) : QColor(0x4a, 0x6f, 0x94);
    }
    return {};
}

QColor Theme::tierColor(core::Tier tier)
{
    switch (tier) {
    case core::Tier::Tier1:
        return g_dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x5b, 0x70, 0x83);
    case core::Tier::Tier2:
        return g_dark ? QColor(0x6f, 0xa8, 0xf0) : QColor(0x1f, 0x5f, 0xa8);
    case core::Tier::Tier3:
        return g_dark ? QColor(0xc3, 0x8e, 0xf0) : QColor(0x6a, 0x2f, 0xa0);
    }
    return {};
}

QColor Theme::warningBackground()
{
    return g_dark ? QColor(0x5a, 0x3b, 0x1e) : QColor(0xff, 0xf1, 0xd6);
}

} // namespace muster::gui
