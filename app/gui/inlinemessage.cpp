#include "inlinemessage.h"

#include "icons.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace mlr::gui {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setAccessibleName(tr("Message action"));
    m_action->setAccessibleDescription(tr("Does what the message next to it offers"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &InlineMessage::actionTriggered);

    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2 + 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);

    setAccessibleName(tr("Message"));
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_action->setAccessibleDescription(text); // the action is about this message
    switch (kind) {
    case Kind::Information:
        setAccessibleDescription(tr("Information"));
        break;
    case Kind::Positive:
        setAccessibleDescription(tr("Success"));
        break;
    case Kind::Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case Kind::Error:
        setAccessibleDescription(tr("Error"));
        break;
    }
    updateIcon();
    show();
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clear()
{
    m_text->clear();
    m_action->hide();
    hide();
}

void InlineMessage::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setAccessibleName(text.isEmpty() ? tr("Message action") : text);
    m_action->setVisible(!text.isEmpty());
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

void InlineMessage::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Kind::Information:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
        break;
    case Kind::Positive:
        icon = icons::icon(icons::Glyph::Done, this);
        break;
    case Kind::Warning:
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        break;
    case Kind::Error:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
        break;
    }
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
}

} // namespace mlr::gui
