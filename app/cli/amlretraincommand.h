#pragma once

// The shared part of the retrain commands of an Azure ML (v2) profile (amlsubmitcommand.cpp,
// amlretraincommands.cpp): the workspace and following a job to its end.

#include "azureml/workspacetarget.h"
#include "ml/jobjournal.h"
#include "retraincommand.h"
#include "servicecommand.h"

#include <functional>
#include <memory>

namespace mlr::cli {

// The shared part of the v2 retrain commands: following a job to its end (`submit --wait`,
// `wait`) with the exit code from its final state.
class AmlRetrainCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    // Follows the job (the journal kept up to date when `journal`), then print(record) and the
    // exit code of its final state (endWithJob).
    void follow(const ml::JobRecord &record, bool journal, std::function<void(const ml::JobRecord &)> print);

    azureml::WorkspaceTarget m_workspace;
    std::unique_ptr<JobFollower> m_follower;
};

} // namespace mlr::cli
