#pragma once

#include "azureml/amlresources.h"

// Shared by the parts of RolloutJob (rolloutjob.cpp, rolloutdeploy.cpp, rolloutstages.cpp).
namespace mlr::azureml {

// The deployment serves that model version (its properties.model names it).
inline bool serves(const OnlineDeployment &d, const ModelVersion &m)
{
    const auto ref = parseModelReference(d.model);
    return ref && ref->name.compare(m.name, Qt::CaseInsensitive) == 0 && ref->version == m.version;
}

// A deployment state that is not final yet.
inline bool isProvisioning(const QString &state)
{
    return state == u"Creating" || state == u"Updating" || state == u"Scaling";
}

} // namespace mlr::azureml
