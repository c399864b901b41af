#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mlr::gui {

// A message shown inside a page, next to what it is about, instead of a modal dialog:
// an icon, a word-wrapped text and an optional action button (e.g. "Retry").
// Colours come from the palette only, so it reads well in light and dark themes.
// Hidden while it has no text.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit InlineMessage(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;

    // Shows `text` (plain text) with the icon of `kind`, and announces it to assistive
    // technology. An empty text hides the message.
    void showMessage(Kind kind, const QString &text);
    // Hides the message and its action button.
    void clear();

    // Shows a button labelled `text` after the message; an empty text hides it.
    // actionTriggered() fires when it is clicked.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace mlr::gui
