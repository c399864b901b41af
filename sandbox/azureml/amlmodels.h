#pragma once

#include "azureml/amlsupport.h"
#include "engine/model.h"
#include "server/blobref.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace mlr::server {

// The models online deployments serve, loaded from the workspace's storage: a model
// version's modelUri names a folder with an MLmodel file (its `model_file:` line names the
// .ilearner beside it) or an .ilearner file. Cached by model version id; loading (checksum,
// JSON, XGBoost) runs on the worker pool. Main thread only.
class AmlModels : public QObject
{
    Q_OBJECT

public:
    using ModelPtr = std::shared_ptr<const studio::TrainedModel>;
    // error empty on success, else one sentence (code: ModelRegistryError or ResourceNotReady).
    using Done = std::function<void(ModelPtr model, const QString &code, const QString &error)>;

    AmlModels(AmlSupport *support, QObject *parent = nullptr);

    // `modelId` as a deployment names it ({WS}/models/{n}/versions/{v} or azureml:{n}:{v}).
    void load(const AmlWorkspace &workspace, const QString &modelId, Done done);
    // Already loaded (no I/O), or nullptr.
    ModelPtr cached(const AmlWorkspace &workspace, const QString &modelId) const;

private:
    void loadFile(const QString &cacheKey, const BlobLocation &blob, Done done);

    AmlSupport *m_support;
    QHash<QString, ModelPtr> m_models;
};

} // namespace mlr::server
