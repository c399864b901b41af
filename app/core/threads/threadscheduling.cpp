#include "threads/threadscheduling.h"

#include <cstdint>

#if defined(__linux__)
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace mlr::threads {

#if defined(__linux__) && defined(SYS_sched_setattr) && defined(SYS_sched_getattr)

namespace {

// struct sched_attr of sched_setattr(2), its first version (SCHED_ATTR_SIZE_VER0, 48 bytes);
// glibc 2.36 has no declaration of it.
struct SchedAttr
{
    std::uint32_t size = sizeof(SchedAttr);
    std::uint32_t policy = SCHED_OTHER;
    std::uint64_t flags = 0;
    std::int32_t nice = 0;
    std::uint32_t priority = 0;
    std::uint64_t runtimeNs = 0; // SCHED_OTHER and SCHED_BATCH: the requested slice (Linux 6.12+)
    std::uint64_t deadlineNs = 0;
    std::uint64_t periodNs = 0;
};
static_assert(sizeof(SchedAttr) == 48);

// SCHED_FLAG_RESET_ON_FORK. (Not with SCHED_FLAG_KEEP_POLICY: the kernel then keeps the
// thread's old reset-on-fork setting instead.)
constexpr std::uint64_t resetOnFork = 0x01;

bool readAttr(SchedAttr *attr)
{
    return syscall(SYS_sched_getattr, 0, attr, sizeof(SchedAttr), 0) == 0;
}

bool writeAttr(const SchedAttr &attr)
{
    return syscall(SYS_sched_setattr, 0, &attr, 0) == 0;
}

} // namespace

bool requestShortSlice(std::chrono::microseconds slice)
{
    SchedAttr current;
    if (!readAttr(&current) || current.policy != SCHED_OTHER)
        return false; // a real-time, batch or idle thread is left as it is
    SchedAttr attr;
    attr.flags = resetOnFork;
    attr.nice = current.nice;
    attr.runtimeNs = std::uint64_t(slice.count()) * 1000;
    return writeAttr(attr) && currentSlice() == slice;
}

std::chrono::microseconds currentSlice()
{
    SchedAttr attr;
    if (!readAttr(&attr))
        return {};
    return std::chrono::microseconds(attr.runtimeNs / 1000);
}

bool runAsBatch()
{
    SchedAttr current;
    if (!readAttr(&current) || (current.policy != SCHED_OTHER && current.policy != SCHED_BATCH))
        return false;
    SchedAttr attr;
    attr.policy = SCHED_BATCH;
    attr.nice = current.nice;
    return writeAttr(attr);
}

bool isBatch()
{
    SchedAttr attr;
    return readAttr(&attr) && attr.policy == SCHED_BATCH;
}

#else

bool requestShortSlice(std::chrono::microseconds)
{
    return false;
}

std::chrono::microseconds currentSlice()
{
    return {};
}

bool runAsBatch()
{
    return false;
}

bool isBatch()
{
    return false;
}

#endif

} // namespace mlr::threads
