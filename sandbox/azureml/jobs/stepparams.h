#pragma once

// Internal to mlstudio-amljobs: a step's literal inputs as the engine wants them (shared by
// parseJob, which checks them, and runJob, which runs with them).

#include "azureml/jobs/jobspec.h"
#include "engine/pipeline.h"
#include "graph/servicegraph.h"

namespace mlr::aml::detail {

// Component input name -> value text, for the step's bound literal inputs (given in the
// step, or through a literal job input), normalised by checkLiteral. Unbound inputs are absent.
QHash<QString, QString> literalValues(const JobStep &step, const JobPlan &plan);
// A module step's literal inputs under their Studio parameter names.
QHash<QString, QString> studioParameters(const JobStep &step, const JobPlan &plan);
// The graph node runModule needs for a module step (id = the step name).
studio::GraphNode graphNode(const JobStep &step, const QHash<QString, QString> &parameters);
// train_and_evaluate's literal inputs as a RetrainSpec (component defaults for absent ones);
// Studio errors 0002 / 0008 for values the engine refuses.
studio::Result<studio::RetrainSpec> retrainSpec(const QHash<QString, QString> &literals);

} // namespace mlr::aml::detail
