#include "stalltrace.h"

#include <QThread>

#include <chrono>
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

} // namespace stalltrace
