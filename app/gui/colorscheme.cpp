#include "colorscheme.h"

#include <QApplication>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace mlr::gui {

namespace {

double channel(float c)
{
    return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

using Role = QPalette::ColorRole;

// A palette from `colors` (all groups), with `disabled` for the disabled group's text.
QPalette makePalette(std::initializer_list<std::pair<Role, QColor>> colors, const QColor &disabled)
{
    QPalette p;
    for (const auto &[role, color] : colors)
        p.setColor(role, color);
    for (const auto role : { Role::WindowText, Role::Text, Role::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

std::optional<ColorScheme> colorSchemeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"system")
        return ColorScheme::System;
    if (n == u"light")
        return ColorScheme::Light;
    if (n == u"dark")
        return ColorScheme::Dark;
    return std::nullopt;
}

QPalette lightPalette()
{
    const QColor ink(0x1e, 0x1e, 0x1e);
    return makePalette(
        { { Role::Window, QColor(0xef, 0xef, 0xef) }, { Role::WindowText, ink }, { Role::Base, Qt::white },
            { Role::AlternateBase, QColor(0xf3, 0xf4, 0xf6) }, { Role::Text, ink },
            { Role::PlaceholderText, QColor(0x5f, 0x63, 0x68) }, { Role::Button, QColor(0xf2, 0xf2, 0xf2) },
            { Role::ButtonText, ink }, { Role::Light, Qt::white },
            { Role::Midlight, QColor(0xe3, 0xe3, 0xe3) }, { Role::Mid, QColor(0xb8, 0xb8, 0xb8) },
            { Role::Dark, QColor(0x9f, 0x9f, 0x9f) }, { Role::Shadow, QColor(0x76, 0x76, 0x76) },
            { Role::Highlight, QColor(0x1f, 0x5f, 0xbf) }, { Role::HighlightedText, Qt::white },
            { Role::Link, QColor(0x0b, 0x57, 0xd0) }, { Role::LinkVisited, QColor(0x68, 0x1d, 0xa8) },
            { Role::ToolTipBase, QColor(0xff, 0xff, 0xe6) }, { Role::ToolTipText, Qt::black } },
        QColor(0x80, 0x80, 0x80));
}

QPalette darkPalette()
{
    const QColor ink(0xe8, 0xe8, 0xe8);
    return makePalette(
        { { Role::Window, QColor(0x2b, 0x2b, 0x2d) }, { Role::WindowText, ink },
            { Role::Base, QColor(0x1e, 0x1e, 0x20) }, { Role::AlternateBase, QColor(0x33, 0x33, 0x36) },
            { Role::Text, ink }, { Role::PlaceholderText, QColor(0xa0, 0xa0, 0xa4) },
            { Role::Button, QColor(0x3a, 0x3a, 0x3c) }, { Role::ButtonText, ink },
            { Role::Light, QColor(0x55, 0x55, 0x58) }, { Role::Midlight, QColor(0x48, 0x48, 0x4a) },
            { Role::Mid, QColor(0x30, 0x30, 0x32) }, { Role::Dark, QColor(0x20, 0x20, 0x22) },
            { Role::Shadow, Qt::black }, { Role::Highlight, QColor(0x2f, 0x6a, 0xc0) },
            { Role::HighlightedText, Qt::white }, { Role::Link, QColor(0x8a, 0xb4, 0xf8) },
            { Role::LinkVisited, QColor(0xc5, 0x8a, 0xf9) }, { Role::ToolTipBase, QColor(0x3a, 0x3a, 0x3c) },
            { Role::ToolTipText, ink } },
        QColor(0x8a, 0x8a, 0x8e));
}

QPalette withReadableSelection(QPalette palette)
{
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        const QColor text = palette.color(group, Role::HighlightedText);
        QColor highlight = palette.color(group, Role::Highlight);
        const bool lightText = text.lightnessF() >= 0.5;
        for (int i = 0; i < 40 && contrastRatio(text, highlight) < 4.5; ++i)
            highlight = lightText ? highlight.darker(110) : highlight.lighter(110);
        palette.setColor(group, Role::Highlight, highlight);
    }
    return palette;
}

void applyColorScheme(QApplication &app, ColorScheme scheme)
{
    if (scheme == ColorScheme::System) {
        // Set a palette only when the selection needed mending: an application palette set
        // explicitly no longer follows the desktop's theme changes.
        const QPalette system = QApplication::palette();
        const QPalette readable = withReadableSelection(system);
        if (readable != system)
            QApplication::setPalette(readable);
        return;
    }
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace mlr::gui
