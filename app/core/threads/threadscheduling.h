#pragma once

#include <chrono>

// How the process's threads ask the scheduler for what they are. On a busy machine the GUI
// thread's worst delays are not its own work but time spent runnable and waiting for a CPU
// behind other threads, ours and other processes' (bench/guistall --explain shows it).
// Unprivileged requests only; each returns false where the system has no such setting or
// refuses it, which changes nothing.
namespace mlr::threads {

// The slice the GUI thread asks for: the shortest the kernel takes (0.1 ms).
constexpr std::chrono::microseconds shortSlice()
{
    return std::chrono::microseconds(100);
}

// For the GUI thread. Linux 6.12 and later (the EEVDF scheduler) let an ordinary thread ask
// for a shorter time slice (sched_setattr(2): sched_runtime of SCHED_OTHER). The thread gets
// no more CPU than before, but an earlier deadline: it runs sooner after it wakes and may
// preempt a thread with a longer slice. Asked with SCHED_FLAG_RESET_ON_FORK, so threads the
// caller starts later (Qt's network thread, thread pools) keep the default. Kernels before
// 6.12 accept the call and ignore the slice: then false.
bool requestShortSlice(std::chrono::microseconds slice = shortSlice());

// The calling thread's time slice as the kernel reports it: on Linux 6.12 and later the
// requested one or the default; zero where the kernel reports none.
std::chrono::microseconds currentSlice();

// For a CPU-bound worker (reading and hashing blocks): SCHED_BATCH (sched(7)), with its nice
// value kept. It gets the same share of CPU, but when it wakes it does not preempt the thread
// that is running, such as the GUI thread that queued its work.
bool runAsBatch();

// Whether the calling thread runs as SCHED_BATCH.
bool isBatch();

} // namespace mlr::threads
