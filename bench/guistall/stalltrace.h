#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <cstdint>
#include <vector>

// The stall probe and its diagnosis (--explain): where the GUI thread's time went around its
// worst ticks. TimedApplication records every top-level event delivery on the GUI thread that
// took longer than a threshold, and the probe records, per tick, the GUI thread's CPU time and
// run-queue wait since the tick before: a late tick with its lateness in run-queue wait was
// waiting for a CPU; one with little of either slept (outside the process's control); one
// with CPU close to its lateness was busy in the events listed beside it.
namespace stalltrace {

// Monotonic nanoseconds (the clock of every timestamp here).
std::int64_t nowNs();
// CPU time used so far by the calling thread, in nanoseconds.
std::int64_t threadCpuNs();
// How long one thread has spent runnable but waiting for a CPU: its
// /proc/thread-self/schedstat, opened once on the thread that constructs it and re-read with
// pread() (no allocation per reading, which could wait for the process's memory-map lock).
class RunQueueWait
{
public:
    RunQueueWait();
    ~RunQueueWait();
    RunQueueWait(const RunQueueWait &) = delete;
    RunQueueWait &operator=(const RunQueueWait &) = delete;
    // Nanoseconds so far; 0 where the kernel does not keep it.
    std::int64_t ns() const;

private:
    int m_fd = -1;
};

class TimedApplication;

// The probe: a 2 ms precise timer on the thread that makes it (the GUI thread). Records how late
// each tick fires, and between ticks the thread's CPU time and its time runnable but waiting
// for a CPU. stop() returns the phase's figures (ticks, p50Ms, p99Ms, worstMs, cpuWaitWorstMs:
// the longest such wait, seconds); with an application to explain by (--explain) it also
// prints the worst ticks with those two times and the slow events that overlapped them, to
// stderr.
class StallProbe : public QObject
{
public:
    static constexpr int intervalMs = 2;

    StallProbe(const TimedApplication *explainBy, QObject *parent);
    void start();
    QJsonObject stop(const char *phase);

private:
    struct Tick
    {
        std::int64_t atNs;
        std::int64_t cpuSinceLastNs;
        std::int64_t runQueueWaitSinceLastNs;
    };

    void explain(const char *phase) const;

    const TimedApplication *m_explainBy;
    QTimer m_timer;
    QElapsedTimer m_clock;
    RunQueueWait m_runQueueWait; // the probe thread's: opened where the probe is made
    qint64 m_last = 0;
    std::int64_t m_lastCpu = 0;
    std::int64_t m_lastWait = 0;
    std::vector<double> m_lateMs;
    std::vector<Tick> m_ticks;
};

struct SlowEvent
{
    std::int64_t startNs = 0;
    std::int64_t durationNs = 0;
    const char *receiverClass = nullptr; // static metaobject string
    int eventType = 0;
};

// A QApplication that times top-level event deliveries on its own thread once enabled.
class TimedApplication : public QApplication
{
public:
    TimedApplication(int &argc, char **argv);
    void enable(std::int64_t thresholdNs)
    {
        m_thresholdNs = thresholdNs;
        m_slow.reserve(1 << 14);
    }
    bool notify(QObject *receiver, QEvent *event) override;
    // Events of at least the threshold that overlapped [fromNs, toNs].
    std::vector<SlowEvent> overlapping(std::int64_t fromNs, std::int64_t toNs) const;

private:
    std::int64_t m_thresholdNs = -1; // < 0: not recording
    int m_depth = 0;
    std::vector<SlowEvent> m_slow;
};

} // namespace stalltrace
