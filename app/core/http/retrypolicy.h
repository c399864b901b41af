#pragma once

#include "http/error.h"

#include <QByteArray>

#include <chrono>

namespace mlr {

// Which failures to retry, how often, and how long to wait: exponential backoff with
// jitter, honouring Retry-After (seconds or an HTTP date) when the service sends one.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds maxDelay { 30'000 };

    bool shouldRetry(const Error &error, int attemptsSoFar) const;
    // Delay before attempt number attemptsSoFar + 1. retryAfter is the raw header value.
    std::chrono::milliseconds delayBefore(int attemptsSoFar, const QByteArray &retryAfter = {}) const;

    // Parses Retry-After; returns -1 when absent or malformed.
    static std::chrono::milliseconds parseRetryAfter(const QByteArray &value);
    static RetryPolicy none() { return RetryPolicy { 1, {}, {} }; }
};

} // namespace mlr
