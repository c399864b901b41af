#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace mlr::cli {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (self-pipe), so a
// running command can be cancelled cleanly (an upload keeps its staged blocks for resume).
// One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace mlr::cli
