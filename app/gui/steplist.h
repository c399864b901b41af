#pragma once

#include <QListWidget>

namespace mlr::gui {

// The wizard's side panel: the ordered list of steps, the current one highlighted and
// the finished ones checked. It only displays progress (no focus, no clicks); the
// wizard tells it which step is current and which are done.
class StepList : public QListWidget
{
    Q_OBJECT

public:
    enum class State { Pending, Current, Done };
    Q_ENUM(State)

    explicit StepList(QWidget *parent = nullptr);

    // Appends a step; steps are addressed by their row, in the order they were added.
    void addStep(const QString &title);
    // Marks the step at `row` current and the rows in `done` finished; all other pending.
    void setProgress(int currentRow, const QList<int> &done);

    int stepCount() const { return count(); }
    QString stepTitle(int row) const;
    State stepState(int row) const;

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    int m_current = -1;
    QList<int> m_done;
};

} // namespace mlr::gui
