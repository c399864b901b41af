#pragma once

#include "http/error.h"
#include "ml/jobjournal.h"

#include <QString>

#include <optional>

namespace mlr::cli {

// A job id as the Batch Execution Service gives them: 1 to 128 letters, digits, '_' and '-'.
bool isJobId(const QString &id);

// The job journal's record of job `id`, for every command that takes a JOB. A malformed id:
// nullopt, *error = Error::input("'ID' is not a job id."). A well-formed id that is not in the
// journal: nullopt, *error says so and names the journal file, and *missing (when given) is
// set, so a command with another way to find the job can go on.
std::optional<ml::JobRecord> journaledJob(const QString &id, Error *error, bool *missing = nullptr);

} // namespace mlr::cli
