#pragma once

#include <QColor>
#include <QPalette>

namespace mlr::gui::evalcolors {

// Colours of the Evaluate page, derived from the palette so that they read well in light
// and dark themes: fixed hues, lightness adapted to the window colour.
bool isDark(const QPalette &palette);
QColor newModel(const QPalette &palette); // the retrained model's series (blue)
QColor currentModel(const QPalette &palette); // the production model's series (orange)
QColor pass(const QPalette &palette); // green, for text and badges
QColor fail(const QPalette &palette); // red
QColor neutral(const QPalette &palette); // guides such as the chance diagonal
// A cell background of `hue` whose strength grows with `weight` in [0, 1], blended into the
// palette's base colour so that text stays readable.
QColor cell(const QPalette &palette, const QColor &hue, double weight);

} // namespace mlr::gui::evalcolors
