#pragma once

class QAction;
class QLineEdit;

namespace mlr::gui {

// Turns `edit` into a secret field: masked input, no undo/drag of the clear text, no
// completion, and a trailing show/hide toggle (also Ctrl+Shift+H while it has focus).
// The returned action belongs to `edit`. The field starts masked.
QAction *makeSecretField(QLineEdit *edit);

} // namespace mlr::gui
