#pragma once

#include <QApplication>

#include <cstdint>
#include <vector>

// Diagnosis for the stall probe (--explain): where the GUI thread's time went around its
// worst ticks. StallTrace records every top-level event delivery on the GUI thread that took
// longer than a threshold, and the probe records, per tick, how much CPU the GUI thread used
// between ticks: a late tick with little CPU was waiting (descheduled or in the dispatcher),
// one with CPU close to its lateness was busy in the events listed beside it.
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
