#pragma once

#include <QString>

#include <optional>

namespace mlr::cli {

// Reads one line from standard input (without its line break), for `profile set KEY=-`.
// On a terminal it first prints prompt on stderr and turns echo off while reading, so the
// secret is neither in the process list nor on screen. nullopt at end of input.
// This is a blocking read, done before any asynchronous work starts.
std::optional<QString> readStdinLine(const QString &prompt);

// Asks a yes/no question on the terminal ("QUESTION [y/N] " on stderr, the answer from stdin):
// true for y/yes (any case). nullopt when stdin or stderr is not a terminal (a script must say
// --yes). A blocking read, for the CLI only.
std::optional<bool> askYesNo(const QString &question);

} // namespace mlr::cli
