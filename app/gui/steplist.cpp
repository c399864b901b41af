#include "steplist.h"

#include "icons.h"

#include <QEvent>
#include <QFontMetrics>

namespace mlr::gui {

namespace {
constexpr int StateRole = Qt::UserRole + 1;
}

StepList::StepList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("The steps of the retraining, with the current step highlighted"));
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setSpacing(3);
    setIconSize(QSize(16, 16));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void StepList::addStep(const QString &title)
{
    auto *item = new QListWidgetItem(title, this);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(StateRole, QVariant::fromValue(State::Pending));
    refresh();
}

void StepList::setProgress(int currentRow, const QList<int> &done)
{
    m_current = currentRow;
    m_done = done;
    refresh();
}

QString StepList::stepTitle(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->text() : QString();
}

StepList::State StepList::stepState(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(StateRole).value<State>() : State::Pending;
}

QSize StepList::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, metrics.horizontalAdvance(item(row)->text()));
    // icon + gaps + text + frame; the height follows the wizard.
    const int extra = iconSize().width() + 6 * spacing() + 2 * frameWidth() + 16;
    return {std::max(width + extra, 140), QListWidget::sizeHint().height()};
}

void StepList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

void StepList::refresh()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        State state = State::Pending;
        if (row == m_current)
            state = State::Current;
        else if (m_done.contains(row))
            state = State::Done;
        it->setData(StateRole, QVariant::fromValue(state));
        QFont f = font();
        f.setBold(state == State::Current);
        it->setFont(f);
        // The current step uses the selection colours of the palette (light and dark).
        if (state == State::Current) {
            it->setBackground(palette().brush(QPalette::Active, QPalette::Highlight));
            it->setForeground(palette().brush(QPalette::Active, QPalette::HighlightedText));
        } else {
            it->setData(Qt::BackgroundRole, QVariant());
            it->setData(Qt::ForegroundRole, QVariant());
        }
        QString stateText;
        switch (state) {
        case State::Pending:
            it->setIcon(icons::icon(icons::Glyph::Pending, this));
            stateText = tr("not started");
            break;
        case State::Current:
            it->setIcon(icons::icon(icons::Glyph::Current, this));
            stateText = tr("current step");
            break;
        case State::Done:
            it->setIcon(icons::icon(icons::Glyph::Done, this));
            stateText = tr("done");
            break;
        }
        //: Accessible text of a step in the side panel, e.g. "Step 2 of 5: Storage, current step"
        it->setData(Qt::AccessibleTextRole,
                    tr("Step %1 of %2: %3, %4").arg(row + 1).arg(count()).arg(it->text(), stateText));
        it->setToolTip(stateText);
    }
    updateGeometry();
}

} // namespace mlr::gui
