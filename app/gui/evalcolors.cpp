#include "evalcolors.h"

#include "colorscheme.h"

#include <algorithm>

namespace mlr::gui::evalcolors {

namespace {

// Text is readable at 4.5:1 (WCAG 2.1 AA).
constexpr double readable = 4.5;

double worstContrast(const QPalette &palette, const QColor &c)
{
    return std::min(
        contrastRatio(c, palette.color(QPalette::Base)), contrastRatio(c, palette.color(QPalette::Window)));
}

QColor adapt(const QPalette &palette, int hue, int saturation)
{
    // Darker on light backgrounds, lighter on dark ones, until it reads on both base and
    // window: the hue stays, the lightness moves away from the background.
    const bool dark = isDark(palette);
    int lightness = dark ? 170 : 95;
    QColor c = QColor::fromHsl(hue, saturation, lightness);
    while (worstContrast(palette, c) < readable && lightness > 0 && lightness < 255) {
        lightness += dark ? 5 : -5;
        c = QColor::fromHsl(hue, saturation, std::clamp(lightness, 0, 255));
    }
    return c;
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
    const QColor text = palette.color(QPalette::Text);
    const auto blend = [&](double w) {
        return QColor::fromRgbF(float(base.redF() * (1 - w) + hue.redF() * w),
            float(base.greenF() * (1 - w) + hue.greenF() * w),
            float(base.blueF() * (1 - w) + hue.blueF() * w));
    };
    // Never opaque, and never so strong that the count written on it stops being readable.
    double w = std::clamp(weight, 0.0, 1.0) * 0.55;
    QColor c = blend(w);
    while (w > 0 && contrastRatio(text, c) < readable) {
        w = std::max(0.0, w - 0.05);
        c = blend(w);
    }
    return c;
}

} // namespace mlr::gui::evalcolors
