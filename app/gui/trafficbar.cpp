#include "trafficbar.h"

#include "colorscheme.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QEvent>
#include <QPainter>

namespace mlr::gui {

QString trafficBarText(const azureml::TrafficMap &traffic)
{
    azureml::TrafficMap live;
    for (auto it = traffic.cbegin(); it != traffic.cend(); ++it)
        if (it.value() > 0)
            live.insert(it.key(), it.value());
    return azureml::describeTraffic(live);
}

QColor segmentColor(int index, const QColor &base)
{
    // Hues far apart (blue, orange, green, purple, ...); lightness by the base.
    static constexpr int hues[] = { 215, 30, 135, 280, 350, 180 };
    const bool dark = base.lightnessF() < 0.5;
    const int hue = hues[index % int(std::size(hues))];
    return QColor::fromHsl(hue, dark ? 170 : 200, dark ? 170 : 80);
}

QColor segmentTextColor(const QColor &segment)
{
    return contrastRatio(segment, Qt::black) >= contrastRatio(segment, Qt::white) ? QColor(Qt::black)
                                                                                  : QColor(Qt::white);
}

TrafficBar::TrafficBar(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(QCoreApplication::translate(
        "mlr::gui::RolloutPage", "Share of the endpoint's live traffic per deployment"));
    updateAccessibility();
}

void TrafficBar::setTraffic(const azureml::TrafficMap &traffic, bool known)
{
    m_traffic = traffic;
    m_known = known;
    updateAccessibility();
    update();
}

QString TrafficBar::text() const
{
    if (!m_known)
        return QCoreApplication::translate("mlr::gui::RolloutPage", "Traffic not known");
    return QCoreApplication::translate("mlr::gui::RolloutPage", "Traffic: %1").arg(trafficBarText(m_traffic));
}

void TrafficBar::updateAccessibility()
{
    setAccessibleName(text());
    setToolTip(text());
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QSize TrafficBar::sizeHint() const
{
    return { 320, fontMetrics().height() * 2 };
}

QSize TrafficBar::minimumSizeHint() const
{
    return { 120, fontMetrics().height() * 2 };
}

void TrafficBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TrafficBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    p.fillRect(frame, palette().color(QPalette::Base));
    int total = 0;
    for (int v : std::as_const(m_traffic))
        total += std::max(0, v);
    if (m_known && total > 0) {
        int x = 0, index = 0, done = 0;
        for (auto it = m_traffic.cbegin(); it != m_traffic.cend(); ++it, ++index) {
            if (it.value() <= 0)
                continue;
            done += it.value();
            const int right = done * width() / total;
            const QRect segment(x, 0, right - x, height());
            const QColor colour = segmentColor(index, palette().color(QPalette::Base));
            p.fillRect(segment, colour);
            p.setPen(segmentTextColor(colour));
            const QString full = QStringLiteral("%1 %2 %").arg(it.key()).arg(it.value());
            const QString label = fontMetrics().horizontalAdvance(full) + 8 <= segment.width()
                ? full
                : QStringLiteral("%1 %").arg(it.value());
            if (fontMetrics().horizontalAdvance(label) + 4 <= segment.width())
                p.drawText(segment, Qt::AlignCenter, label);
            x = right;
        }
    } else {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(frame, Qt::AlignCenter, m_known ? trafficBarText(m_traffic) : text());
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(frame);
}

} // namespace mlr::gui
