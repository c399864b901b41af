#include "storage/transferprogress.h"

#include <algorithm>
#include <cmath>

namespace mlr {

void ProgressMeter::start(qint64 total)
{
    m_clock.start();
    m_current = {};
    m_current.bytesTotal = total;
    m_instant = 0;
    m_lastNetworkBytes = 0;
    m_lastSampleMs = 0;
    m_lastEmitMs = -1;
    m_emittedFinal = false;
}

bool ProgressMeter::update(qint64 done)
{
    const qint64 now = m_clock.elapsed();
    // A retried request starts its body again: never let the reported count go backwards.
    done = std::max(done, m_current.bytesDone);
    m_current.bytesDone = done;
    const qint64 network = done - m_instant;
    const qint64 sampleSpan = now - m_lastSampleMs;
    if (sampleSpan >= intervalMs) {
        const double instantRate = double(network - m_lastNetworkBytes) * 1000.0 / double(sampleSpan);
        m_current.bytesPerSecond = m_current.bytesPerSecond <= 0
            ? instantRate
            : 0.7 * m_current.bytesPerSecond + 0.3 * instantRate;
        m_lastNetworkBytes = network;
        m_lastSampleMs = now;
    }
    const qint64 remaining = m_current.bytesTotal - done;
    if (remaining <= 0)
        m_current.etaSeconds = 0;
    else if (m_current.bytesPerSecond > 1)
        m_current.etaSeconds = qint64(std::ceil(double(remaining) / m_current.bytesPerSecond));
    else
        m_current.etaSeconds = -1;

    const bool final = remaining <= 0;
    if (final && m_emittedFinal)
        return false;
    if (m_lastEmitMs < 0 || now - m_lastEmitMs >= intervalMs || final) {
        m_lastEmitMs = now;
        m_emittedFinal = final;
        return true;
    }
    return false;
}

} // namespace mlr
