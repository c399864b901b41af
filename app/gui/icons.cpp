#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

namespace mlr::gui::icons {

namespace {

// Paints `glyph` in a 16x16 logical box scaled to `side` device pixels.
void paintGlyph(QPainter &p, Glyph glyph, const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
    QPen pen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Reveal:
    case Glyph::Conceal: {
        QPainterPath eye;
        eye.moveTo(1.5, 8);
        eye.quadTo(8, 1, 14.5, 8);
        eye.quadTo(8, 15, 1.5, 8);
        p.drawPath(eye);
        p.setBrush(ink);
        p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
        if (glyph == Glyph::Conceal) {
            p.setBrush(Qt::NoBrush);
            QPen slash = pen;
            slash.setWidthF(1.8);
            p.setPen(slash);
            p.drawLine(QPointF(2.5, 13.5), QPointF(13.5, 2.5));
        }
        break;
    }
    case Glyph::Done: {
        QPen check = pen;
        check.setWidthF(2.0);
        p.setPen(check);
        p.drawPolyline(QPolygonF({ QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4) }));
        break;
    }
    case Glyph::Current: {
        // Drawn on the highlighted row of the step list.
        p.setBrush(palette.color(QPalette::Active, QPalette::HighlightedText));
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({ QPointF(5, 3), QPointF(12.5, 8), QPointF(5, 13) }));
        break;
    }
    case Glyph::Pending:
        p.drawEllipse(QPointF(8, 8), 3.0, 3.0);
        break;
    }
}

} // namespace

QIcon icon(Glyph glyph, const QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    QIcon result;
    for (const int side : { 16, 24, 32, 48, 64, 96 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(side / 16.0, side / 16.0);
        paintGlyph(p, glyph, palette);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QIcon appIcon()
{
    QIcon bundled;
    for (const int side : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        bundled.addFile(QStringLiteral(":/icons/mlretrain-%1.png").arg(side), QSize(side, side));
    return QIcon::fromTheme(QStringLiteral("mlretrain"), bundled);
}

} // namespace mlr::gui::icons
