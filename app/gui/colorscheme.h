#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace mlr::gui {

// The colours the wizard is drawn with. System: the platform's palette (light or dark as the
// desktop says). Light and Dark: the Fusion style with a fixed palette, for desktops whose
// theme Qt cannot read, and for screenshots of both.
enum class ColorScheme
{
    System,
    Light,
    Dark
};

// "system", "light", "dark" (case-insensitive); nullopt for anything else.
std::optional<ColorScheme> colorSchemeFromName(const QString &name);

QPalette lightPalette();
QPalette darkPalette();

// `palette` with its selection colours made readable (4.5:1): a highlight too light for its
// text is darkened, one too dark for it lightened. Other roles are left as they are.
QPalette withReadableSelection(QPalette palette);

// Applies `scheme` to the application. System keeps the platform's palette and style, only
// with a readable selection (withReadableSelection; the palette is set only when that changed it).
void applyColorScheme(QApplication &app, ColorScheme scheme);

// WCAG 2.1 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace mlr::gui
