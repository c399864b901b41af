#pragma once

#include <QIcon>

class QWidget;

// Small icons painted at run time with the widget's palette, so they follow light and
// dark palettes and every device pixel ratio without shipping image plugins.
namespace mlr::gui::icons {

enum class Glyph
{
    Reveal, // an open eye: "show the secret"
    Conceal, // a crossed-out eye: "hide the secret"
    Done, // a check mark: a finished step
    Current, // a right-pointing triangle in HighlightedText: the current step
    Pending, // a small hollow circle: a step still to come
};

// Returns an icon drawn in the palette's WindowText colour of `widget` (or the
// application palette when `widget` is null), at 16, 24, 32 and 48 px and twice that.
QIcon icon(Glyph glyph, const QWidget *widget = nullptr);

// The application icon: the desktop theme's "mlretrain" when installed, else the PNG set
// built into the program (resources/icons, :/icons/mlretrain-N.png).
QIcon appIcon();

} // namespace mlr::gui::icons
