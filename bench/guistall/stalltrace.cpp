#include "stalltrace.h"

#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace stalltrace {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

RunQueueWait::RunQueueWait()
    : m_fd(open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
{ }

RunQueueWait::~RunQueueWait()
{
    if (m_fd >= 0)
        close(m_fd);
}

std::int64_t RunQueueWait::ns() const
{
    char text[96];
    const ssize_t got = m_fd >= 0 ? pread(m_fd, text, sizeof text - 1, 0) : -1;
    if (got <= 0)
        return 0;
    text[got] = '\0';
    // "<time on a CPU> <time waiting for one> <timeslices>", in nanoseconds
    char *end = nullptr;
    std::strtoll(text, &end, 10);
    return std::strtoll(end, nullptr, 10);
}

TimedApplication::TimedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the GUI thread's outermost deliveries: nested ones are part of their parent's time.
    if (m_thresholdNs < 0 || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const char *name = receiver->metaObject()->className(); // before the event may delete it
    const int type = event->type();
    ++m_depth;
    const std::int64_t start = nowNs();
    const bool handled = QApplication::notify(receiver, event);
    const std::int64_t duration = nowNs() - start;
    --m_depth;
    if (duration >= m_thresholdNs)
        m_slow.push_back({ start, duration, name, type });
    return handled;
}

std::vector<SlowEvent> TimedApplication::overlapping(std::int64_t fromNs, std::int64_t toNs) const
{
    std::vector<SlowEvent> found;
    for (const SlowEvent &e : m_slow) {
        if (e.startNs <= toNs && e.startNs + e.durationNs >= fromNs)
            found.push_back(e);
    }
    return found;
}

StallProbe::StallProbe(const TimedApplication *explainBy, QObject *parent)
    : QObject(parent)
    , m_explainBy(explainBy)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_lateMs.push_back(double(now - m_last) / 1e6 - intervalMs);
        m_last = now;
        const std::int64_t cpu = threadCpuNs();
        const std::int64_t wait = m_runQueueWait.ns();
        m_ticks.push_back({ nowNs(), cpu - m_lastCpu, wait - m_lastWait });
        m_lastCpu = cpu;
        m_lastWait = wait;
    });
}

void StallProbe::start()
{
    m_lateMs.clear();
    m_ticks.clear();
    // Room for a long phase: no allocation (and no wait for the memory-map lock) in a tick.
    m_lateMs.reserve(1 << 17);
    m_ticks.reserve(1 << 17);
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuNs();
    m_lastWait = m_runQueueWait.ns();
    m_timer.start();
}

QJsonObject StallProbe::stop(const char *phase)
{
    m_timer.stop();
    if (m_explainBy)
        explain(phase);
    std::vector<double> late = m_lateMs;
    std::sort(late.begin(), late.end());
    auto at = [&](double q) {
        return late.empty() ? 0.0 : late[size_t(q * double(late.size() - 1))];
    };
    std::int64_t waitWorst = 0;
    for (const Tick &tick : m_ticks)
        waitWorst = std::max(waitWorst, tick.runQueueWaitSinceLastNs);
    return QJsonObject { { QStringLiteral("ticks"), qint64(late.size()) },
        { QStringLiteral("p50Ms"), at(0.5) }, { QStringLiteral("p99Ms"), at(0.99) },
        { QStringLiteral("worstMs"), late.empty() ? 0.0 : late.back() },
        { QStringLiteral("cpuWaitWorstMs"), double(waitWorst) / 1e6 },
        { QStringLiteral("seconds"), double(m_clock.elapsed()) / 1000.0 } };
}

void StallProbe::explain(const char *phase) const
{
    std::vector<size_t> order(m_lateMs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const size_t shown = std::min<size_t>(8, order.size());
    std::partial_sort(order.begin(), order.begin() + shown, order.end(),
        [&](size_t a, size_t b) { return m_lateMs[a] > m_lateMs[b]; });
    std::fprintf(stderr,
        "explain %s: worst ticks; since the tick before, the GUI thread's CPU time and its time "
        "runnable but waiting for a CPU\n",
        phase);
    for (size_t k = 0; k < shown; ++k) {
        const size_t i = order[k];
        const std::int64_t to = m_ticks[i].atNs;
        const std::int64_t from = i > 0 ? m_ticks[i - 1].atNs : to - std::int64_t(m_lateMs[i] * 1e6);
        std::fprintf(stderr, "  tick %zu: late %.2f ms, cpu %.2f ms, waiting for a cpu %.2f ms\n", i,
            m_lateMs[i], double(m_ticks[i].cpuSinceLastNs) / 1e6,
            double(m_ticks[i].runQueueWaitSinceLastNs) / 1e6);
        for (const SlowEvent &e : m_explainBy->overlapping(from, to))
            std::fprintf(stderr, "    event type %d to %s: %.2f ms (starts %+.2f ms)\n", e.eventType,
                e.receiverClass, double(e.durationNs) / 1e6, double(e.startNs - from) / 1e6);
    }
}

} // namespace stalltrace
