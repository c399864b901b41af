#include "secretfield.h"

#include "icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace mlr::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretField)
};

void applyState(QLineEdit *edit, QAction *action, bool revealed)
{
    edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    action->setIcon(icons::icon(revealed ? icons::Glyph::Conceal : icons::Glyph::Reveal, edit));
    action->setText(revealed ? Text::tr("Hide") : Text::tr("Show"));
    action->setToolTip(revealed ? Text::tr("Hide the secret (Ctrl+Shift+H)")
                                : Text::tr("Show the secret (Ctrl+Shift+H)"));
}

} // namespace

QAction *makeSecretField(QLineEdit *edit)
{
    auto *action = new QAction(edit);
    action->setObjectName(edit->objectName() + QStringLiteral("Reveal"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    action->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(action, QLineEdit::TrailingPosition);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    edit->setDragEnabled(false);
    applyState(edit, action, false);
    QObject::connect(action, &QAction::toggled, edit, [edit, action](bool revealed) {
        applyState(edit, action, revealed);
    });
    return action;
}

} // namespace mlr::gui
