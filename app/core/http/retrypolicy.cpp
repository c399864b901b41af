#include "http/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace mlr {

using std::chrono::milliseconds;

bool RetryPolicy::shouldRetry(const Error &error, int attemptsSoFar) const
{
    return attemptsSoFar < maxAttempts && error.isTransient();
}

milliseconds RetryPolicy::delayBefore(int attemptsSoFar, const QByteArray &retryAfter) const
{
    const milliseconds hinted = parseRetryAfter(retryAfter);
    if (hinted.count() >= 0)
        return std::min(hinted, std::max(maxDelay, milliseconds(60'000)));
    const int exponent = std::clamp(attemptsSoFar - 1, 0, 20);
    const double raw = double(baseDelay.count()) * double(1 << exponent);
    const double capped = std::min(raw, double(maxDelay.count()));
    // Jitter in [0.75, 1.25] so that parallel clients do not retry in step.
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return milliseconds(qint64(std::min(capped * jitter, double(maxDelay.count()))));
}

milliseconds RetryPolicy::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return milliseconds(-1);
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? milliseconds(qint64(seconds * 1000)) : milliseconds(-1);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed).replace(QStringLiteral(" GMT"), QString()),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid())
        return milliseconds(-1);
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc)));
}

} // namespace mlr
