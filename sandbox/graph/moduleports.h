#pragma once

// The graph view of the engine's module catalogue (engine/catalogue.h): which modules a
// Graph package may use (by asset name, case-insensitively, with Studio's older names as
// aliases), their ports with the kind of value each carries, and which input ports must
// be connected.

#include "engine/catalogue.h"

namespace mlr::studio {

// What travels along an edge. Web Service Inputs produce Datasets, `[trained model]`
// resources TrainedModels; Web Service Outputs accept Datasets and TrainedModels only.
enum class PortKind
{
    Dataset,
    UntrainedModel, // a learner's "Untrained model"
    TrainedModel, // Train Model's "Trained model", a [trained model] resource
    Transformation, // Clean Missing Data's "Cleaning transformation" (not executable here)
};
QString portKindName(PortKind kind); // "Dataset", "Untrained model", "Trained model", ...

struct PortInfo
{
    QString name; // Studio's port name, e.g. "Results dataset1"
    PortKind kind = PortKind::Dataset;
    bool required = true; // input ports only
    bool supported = true; // false: connecting it is rejected (e.g. "Scored dataset to compare")
};

struct ModuleDescriptor
{
    const ModuleInfo *info = nullptr; // the engine catalogue entry (name, parameters)
    QList<PortInfo> inputs;
    QList<PortInfo> outputs;
    QString name() const { return info->name; }
};

// The module an asset name denotes (exact catalogue names case-insensitively, plus the
// aliases "Project Columns", "Split", "Missing Values Scrubber"); nullptr when unsupported.
const ModuleDescriptor *findModuleDescriptor(const QString &assetName);
QStringList supportedModuleNames();

// A port by name, case-insensitively; nullptr when absent.
const PortInfo *findPort(const QList<PortInfo> &ports, const QString &name);
// A catalogue parameter by name, case-insensitively; nullptr when absent.
const ParameterInfo *findParameter(const ModuleDescriptor &module, const QString &name);

// The output port of a `[trained model]` Resource asset when the edge names none: Studio
// graphs use "Results dataset" (reference 4.5); "Trained model" is accepted too.
inline const QString resourceOutputPort = QStringLiteral("Results dataset");

// True for a Resource asset that is a trained model: its name ends with "[trained model]"
// (case-insensitive) or its uri path ends with ".ilearner".
bool isTrainedModelResource(const QString &assetName, const QString &uri);

} // namespace mlr::studio
