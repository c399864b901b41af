#pragma once

// Internal to graphexecutor.cpp: the values that travel along edges while a graph runs,
// and the execution of one module node.

#include "engine/learners.h"
#include "engine/model.h"
#include "graph/servicegraph.h"

#include <functional>
#include <memory>

namespace mlr::studio {

// A dataset and what Studio knows about it beyond its columns: after Score Model, the
// label column and the positive / negative labels of the model that scored it (Evaluate
// Model needs them).
struct DatasetValue
{
    DataTable table;
    QString labelColumn; // empty when unknown
    QString positiveLabel;
    QString negativeLabel;
};

using DatasetPtr = std::shared_ptr<const DatasetValue>;
using ModelPtr = std::shared_ptr<const TrainedModel>;
using PortValue = std::variant<DatasetPtr, LearnerSpec, ModelPtr>;

struct ModuleRun
{
    const GraphNode *node = nullptr;
    QHash<QString, QString> parameters; // effective (global parameters applied)
    QHash<QString, PortValue> inputs; // by input port name; every connected port is present
    std::function<bool()> cancelled;
};

struct ModuleRunResult
{
    QHash<QString, PortValue> outputs; // by output port name
    QString summary; // one line for the run log, e.g. "800 rows -> 600 + 200"
};

// Runs a module node. Errors are the module's Studio error (module name set).
Result<ModuleRunResult> runModule(const ModuleRun &run);

} // namespace mlr::studio
