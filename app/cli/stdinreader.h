#pragma once

#include <QString>

#include <optional>

namespace mlr::cli {

// Reads one line from standard input (without its line break), for `profile set KEY=-`.
// On a terminal it first prints prompt on stderr and turns echo off while reading, so the
// secret is neither in the process list nor on screen. nullopt at end of input.
// This is a blocking read, done before any asynchronous work starts.
std::optional<QString> readStdinLine(const QString &prompt);

} // namespace mlr::cli
