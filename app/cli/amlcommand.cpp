#include "amlcommand.h"

namespace mlr::cli {

void AmlCommand::run()
{
    if (!m_profile.isAzureMl())
        return failInput(
            tr("Profile '%1' is for Azure Machine Learning Studio (classic): the %2 commands are for an "
               "Azure Machine Learning workspace (a profile of kind azureml, e.g. 'profile from-sandbox "
               "FILE --kind azureml').")
                .arg(m_profile.name, invocation().group));
    m_workspace = azureml::WorkspaceTarget::fromProfile(m_profile);
    runAml();
}

QString AmlCommand::endpointArgument() const
{
    return invocation().args.isEmpty() ? m_profile.endpoint : invocation().args.first();
}

} // namespace mlr::cli
