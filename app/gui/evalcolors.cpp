#include "evalcolors.h"

#include <algorithm>

namespace mlr::gui::evalcolors {

namespace {

QColor adapt(const QPalette &palette, int hue, int saturation)
{
    // Darker on light backgrounds, lighter on dark ones: contrast with both base and window.
    return QColor::fromHsl(hue, saturation, isDark(palette) ? 170 : 95);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor newModel(const QPalette &palette)
{
    return adapt(palette, 212, 200);
}

QColor currentModel(const QPalette &palette)
{
    return adapt(palette, 28, 220);
}

QColor pass(const QPalette &palette)
{
    return adapt(palette, 130, 160);
}

QColor fail(const QPalette &palette)
{
    return adapt(palette, 0, 190);
}

QColor neutral(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(110);
    return c;
}

QColor cell(const QPalette &palette, const QColor &hue, double weight)
{
    const QColor base = palette.color(QPalette::Base);
    const double w = std::clamp(weight, 0.0, 1.0) * 0.55; // never opaque: text stays readable
    return QColor::fromRgbF(float(base.redF() * (1 - w) + hue.redF() * w),
        float(base.greenF() * (1 - w) + hue.greenF() * w), float(base.blueF() * (1 - w) + hue.blueF() * w));
}

} // namespace mlr::gui::evalcolors
