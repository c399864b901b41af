#pragma once

#include "storage/blobtypes.h"

#include <QElapsedTimer>

namespace mlr {

// Internal: turns byte counts into throttled TransferProgress snapshots with a smoothed
// rate (exponential moving average over >= 100 ms samples) and an ETA.
class ProgressMeter
{
public:
    static constexpr qint64 intervalMs = 100; // at most ~10 progress signals per second

    void start(qint64 total);
    // Bytes that became done without crossing the network (e.g. skipped blocks): they move
    // bytesDone but not the rate.
    void addInstant(qint64 bytes) { m_instant += bytes; }
    // done = bytes done so far including instant ones (reported monotonically, even if a
    // retry restarts a request). Returns true when a signal is due (first call, interval
    // elapsed, or done == total, once).
    bool update(qint64 done);
    TransferProgress current() const { return m_current; }

private:
    QElapsedTimer m_clock;
    TransferProgress m_current;
    qint64 m_instant = 0;
    qint64 m_lastNetworkBytes = 0;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastEmitMs = -1;
    bool m_emittedFinal = false;
};

} // namespace mlr
