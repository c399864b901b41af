#pragma once

// The shared part of the commands of an Azure Machine Learning (v2) workspace (endpoint,
// model): a classic profile is told what the command is for, before any sign-in; otherwise
// the workspace is ready and runAml() does the work.

#include "azureml/workspacetarget.h"
#include "servicecommand.h"

namespace mlr::cli {

class AmlCommand : public ServiceCommand
{
    Q_OBJECT

public:
    using ServiceCommand::ServiceCommand;

protected:
    bool needsSignIn() const final { return m_profile.isAzureMl(); } // else run() says why
    void run() final;
    virtual void runAml() = 0;
    // The first argument when given, else the profile's endpoint.
    QString endpointArgument() const;

    azureml::WorkspaceTarget m_workspace;
};

} // namespace mlr::cli
