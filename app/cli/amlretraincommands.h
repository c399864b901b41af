#pragma once

#include "command.h"
#include "ml/jobjournal.h"

#include <memory>

namespace mlr::cli {

// retrain submit for a profile of kind azureml (see amlretraincommands.cpp).
std::unique_ptr<Command> createAmlSubmitCommand(Context &context);
// retrain status | wait | cancel JOB of an Azure ML (v2) job: `record` is the journal's
// (journaled) or one made from the job name (then the selected profile's workspace is asked).
std::unique_ptr<Command> createAmlJobCommand(Context &context, const ml::JobRecord &record, bool journaled);

// retrain evaluate JOB of a journaled Azure ML (v2) job (amlevaluatecommand.cpp).
std::unique_ptr<Command> createAmlEvaluateCommand(Context &context, const ml::JobRecord &record);

} // namespace mlr::cli
