// Contrast holds in light and dark palettes: the text and graphics colours the wizard uses
// (the palette's own and the Evaluate page's derived ones) against the backgrounds they are
// drawn on, measured with the WCAG 2.1 ratio (4.5:1 for text, 3:1 for chart lines).
#include "colorscheme.h"
#include "evalcolors.h"

#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace mlr::gui;

namespace {
QPalette schemePalette(const QString &name)
{
    if (name == u"light")
        return lightPalette();
    if (name == u"dark")
        return darkPalette();
    // What "system" gives where the platform has no theme: Fusion's palette, with the
    // selection the wizard makes readable at start (applyColorScheme).
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return withReadableSelection(fusion->standardPalette());
}
} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    static void addSchemes()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("fusion-default") << QStringLiteral("fusion");
    }

    static void check(const char *what, const QColor &fg, const QColor &bg, double minimum)
    {
        const double ratio = contrastRatio(fg, bg);
        QVERIFY2(ratio >= minimum,
            qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
                           .arg(QLatin1String(what), fg.name(), bg.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(minimum)));
    }

private Q_SLOTS:
    void ratioMatchesWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black-white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        QTest::newRow("grey-767676") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("order-free") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
    }

    void ratioMatchesWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(qAbs(contrastRatio(a, b) - ratio) < 0.01, qPrintable(QString::number(contrastRatio(a, b))));
    }

    void schemeNames()
    {
        QCOMPARE(colorSchemeFromName(QStringLiteral("Dark")), ColorScheme::Dark);
        QCOMPARE(colorSchemeFromName(QStringLiteral(" light ")), ColorScheme::Light);
        QCOMPARE(colorSchemeFromName(QStringLiteral("system")), ColorScheme::System);
        QVERIFY(!colorSchemeFromName(QStringLiteral("sepia")));
        QVERIFY(evalcolors::isDark(darkPalette()));
        QVERIFY(!evalcolors::isDark(lightPalette()));
    }

    void paletteText_data() { addSchemes(); }
    void paletteText()
    {
        QFETCH(QString, scheme);
        const QPalette p = schemePalette(scheme);
        check("text", p.color(QPalette::Text), p.color(QPalette::Base), 4.5);
        check("window text", p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5);
        check("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5);
        check("selection (current step)", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight),
            4.5);
        check("inline message text", p.color(QPalette::WindowText), p.color(QPalette::AlternateBase), 4.5);
        check("table stripe text", p.color(QPalette::Text), p.color(QPalette::AlternateBase), 4.5);
        check("tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5);
        if (scheme != u"fusion") { // our palettes also keep placeholders and links readable
            check("placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5);
            check("link", p.color(QPalette::Link), p.color(QPalette::Base), 4.5);
        }
    }

    // The Evaluate page: verdict text, the two models' series, gate badges and the
    // heat-map cells of the confusion matrices with the table's text on them.
    void evaluateColours_data() { addSchemes(); }
    void evaluateColours()
    {
        QFETCH(QString, scheme);
        const QPalette p = schemePalette(scheme);
        for (const QPalette::ColorRole bg : { QPalette::Base, QPalette::Window }) {
            check("pass text", evalcolors::pass(p), p.color(bg), 4.5);
            check("fail text", evalcolors::fail(p), p.color(bg), 4.5);
            check("new model series", evalcolors::newModel(p), p.color(bg), 3.0);
            check("current model series", evalcolors::currentModel(p), p.color(bg), 3.0);
        }
        for (const QColor &hue : { evalcolors::pass(p), evalcolors::fail(p), evalcolors::newModel(p) }) {
            for (const double weight : { 0.0, 0.5, 1.0 })
                check("text on a heat-map cell", p.color(QPalette::Text), evalcolors::cell(p, hue, weight),
                    4.5);
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
