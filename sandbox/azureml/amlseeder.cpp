#include "azureml/amlseeder.h"

#include "azureml/amljobrunner.h"
#include "azureml/amloperations.h"
#include "azureml/amlservice.h"
#include "azureml/assetroutes.h"
#include "azureml/deploymentroutes.h"
#include "azureml/endpointroutes.h"
#include "azureml/jobroutes.h"
#include "server/blobio.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mlr::server {

namespace {

const QString workspaceName = u"mlstudio-workspace"_s;
const QString location = u"westeurope"_s;

QString jobName(const AmlSeeder::Pair &pair)
{
    return pair.prefix + u"-train-1"_s;
}

QJsonObject trainingJob(const AmlSeeder::Pair &pair)
{
    const QString data
        = u"azureml://datastores/workspaceblobstore/paths/data/%1-initial.csv"_s.arg(pair.prefix);
    return { { u"properties"_s,
        QJsonObject { { u"jobType"_s, u"Command"_s },
            { u"displayName"_s, QString(pair.model + u" training"_s) }, { u"experimentName"_s, pair.model },
            { u"description"_s, u"The training run of the deployed model."_s },
            { u"componentId"_s, u"azureml://registries/azureml/components/train_and_evaluate/versions/1"_s },
            { u"command"_s,
                u"mlstudio run train_and_evaluate --training_data ${{inputs.training_data}} --label_column "
                u"${{inputs.label_column}} --learner ${{inputs.learner}} --model ${{outputs.model}} "
                u"--metrics "
                u"${{outputs.metrics}} --scored_data ${{outputs.scored_data}}"_s },
            { u"environmentId"_s, u"azureml://registries/azureml/environments/mlstudio-engine/versions/1"_s },
            { u"inputs"_s,
                QJsonObject { { u"training_data"_s,
                                  QJsonObject { { u"jobInputType"_s, u"uri_file"_s }, { u"uri"_s, data },
                                      { u"mode"_s, u"ReadOnlyMount"_s } } },
                    { u"label_column"_s,
                        QJsonObject { { u"jobInputType"_s, u"literal"_s }, { u"value"_s, pair.label } } },
                    { u"learner"_s,
                        QJsonObject {
                            { u"jobInputType"_s, u"literal"_s }, { u"value"_s, pair.learner } } } } },
            { u"outputs"_s,
                QJsonObject { { u"model"_s,
                                  QJsonObject { { u"jobOutputType"_s, u"mlflow_model"_s },
                                      { u"mode"_s, u"Upload"_s } } },
                    { u"metrics"_s,
                        QJsonObject { { u"jobOutputType"_s, u"uri_folder"_s }, { u"mode"_s, u"Upload"_s } } },
                    { u"scored_data"_s,
                        QJsonObject {
                            { u"jobOutputType"_s, u"uri_folder"_s }, { u"mode"_s, u"Upload"_s } } } } } } } };
}

} // namespace

AmlSeeder::AmlSeeder(Context *context, AzureMlService *service, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_service(service)
{ }

void AmlSeeder::seed(const QJsonObject &identity, const QDir &dir, Done done)
{
    const AmlWorkspace &w = m_service->ensureWorkspace(identity[u"subscriptionId"_s].toString(),
        identity[u"resourceGroup"_s].toString(), workspaceName, location);
    m_workspaceKey = w.key();
    const Pair census { u"census"_s, u"income"_s, u"two_class_logistic_regression"_s, u"census-income"_s,
        u"census-endpoint"_s };
    const Pair housing { u"regression"_s, u"price"_s, u"linear_regression"_s, u"housing-prices"_s,
        u"housing-endpoint"_s };
    seedPair(census, dir, [=, this](const QString &error) {
        if (!error.isEmpty())
            return done({}, u"Azure ML census: "_s + error);
        seedPair(housing, dir, [=, this](const QString &housingError) {
            if (!housingError.isEmpty())
                return done({}, u"Azure ML housing: "_s + housingError);
            const AmlWorkspace &ws = m_context->state->azureml.workspaces[m_workspaceKey];
            QJsonObject section {
                { u"loginUrl"_s, m_context->loginBase() },
                { u"tenant"_s, identity[u"tenant"_s] },
                { u"clientId"_s, identity[u"clientId"_s] },
                { u"clientSecret"_s, identity[u"clientSecret"_s] },
                { u"armUrl"_s, m_context->azuremlBase() },
                { u"subscriptionId"_s, identity[u"subscriptionId"_s] },
                { u"resourceGroup"_s, identity[u"resourceGroup"_s] },
                { u"workspace"_s, ws.name },
                { u"workspaceId"_s, ws.workspaceId },
                { u"caFile"_s, m_context->caFile },
                { u"storageConnectionString"_s, m_context->config.storageConnectionString },
            };
            for (const auto &[key, value] : describe(census, dir).toVariantMap().asKeyValueRange())
                section.insert(key, QJsonValue::fromVariant(value));
            section.insert(u"regression"_s, describe(housing, dir));
            done(section, {});
        });
    });
}

QJsonObject AmlSeeder::describe(const Pair &pair, const QDir &dir) const
{
    const AmlWorkspace &ws = m_context->state->azureml.workspaces[m_workspaceKey];
    return { { u"endpoint"_s, pair.endpoint }, { u"deployment"_s, u"blue"_s }, { u"model"_s, pair.model },
        { u"modelVersion"_s, u"1"_s }, { u"trainingJob"_s, jobName(pair) },
        { u"trainingData"_s,
            u"azureml://datastores/workspaceblobstore/paths/data/%1-initial.csv"_s.arg(pair.prefix) },
        { u"newData"_s, dir.filePath(pair.prefix + u"-new.csv"_s) }, { u"label"_s, pair.label },
        { u"scoringUri"_s,
            m_service->endpoints()->scoringUri(m_context->state->azureml.endpoints.value(
                ws.key() + u"/onlineendpoints/"_s + pair.endpoint)) } };
}

void AmlSeeder::seedPair(const Pair &pair, const QDir &dir, std::function<void(const QString &)> done)
{
    const AmlWorkspace w = m_context->state->azureml.workspaces[m_workspaceKey];
    const QString jobKey = w.key() + u"/jobs/"_s + jobName(pair);
    if (const auto it = m_context->state->azureml.jobs.constFind(jobKey);
        it != m_context->state->azureml.jobs.cend()) {
        if (it->status != u"Completed"_s)
            return done(u"the training job %1 is %2: %3"_s.arg(it->name, it->status, it->errorMessage));
        return afterJob(pair, done);
    }
    QFile csv(dir.filePath(pair.prefix + u"-initial.csv"_s));
    if (!csv.open(QIODevice::ReadOnly))
        return done(u"cannot read %1"_s.arg(csv.fileName()));
    const BlobLocation blob { *m_context->storage, w.blobContainer(),
        u"data/%1-initial.csv"_s.arg(pair.prefix) };
    blobio::put(m_context->nam, blob, csv.readAll(), "text/csv", this, [=, this](const Error &error) {
        if (error)
            return done(u"cannot upload the training data: "_s + error.message());
        int status = 0;
        const QString data = m_service->assets()->put(w, u"data"_s, pair.prefix + u"-data"_s, u"1"_s,
            { { u"dataType"_s, u"uri_file"_s },
                { u"dataUri"_s,
                    u"azureml://datastores/workspaceblobstore/paths/data/%1-initial.csv"_s.arg(pair.prefix) },
                { u"description"_s, u"The data the deployed model was trained on."_s } },
            &status);
        if (!data.isEmpty())
            return done(data);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_service->runner(), &AmlJobRunner::jobFinished, this,
            [=, this](const QString &key, const QString &jobStatus) {
                if (key != jobKey)
                    return;
                disconnect(*connection);
                if (jobStatus != u"Completed"_s)
                    return done(u"the training job ended %1: %2"_s.arg(
                        jobStatus, m_context->state->azureml.jobs.value(jobKey).errorMessage));
                afterJob(pair, done);
            });
        m_service->jobs()->submit(
            w, jobName(pair), trainingJob(pair), [=](int submitted, const QJsonObject &body) {
                if (submitted != 201) {
                    disconnect(*connection);
                    done(u"the training job was refused: "_s
                        + body.value(u"error"_s).toObject().value(u"message"_s).toString());
                }
            });
    });
}

void AmlSeeder::afterJob(const Pair &pair, std::function<void(const QString &)> done)
{
    const AmlWorkspace w = m_context->state->azureml.workspaces[m_workspaceKey];
    int status = 0;
    const QString error = m_service->assets()->put(w, u"models"_s, pair.model, u"1"_s,
        { { u"modelType"_s, u"mlflow_model"_s },
            { u"modelUri"_s, u"azureml://jobs/%1/outputs/model/paths/"_s.arg(jobName(pair)) },
            { u"jobName"_s, jobName(pair) }, { u"description"_s, u"The model in production."_s } },
        &status);
    if (!error.isEmpty())
        return done(u"cannot register the model: "_s + error);
    deploy(pair, done);
}

void AmlSeeder::deploy(const Pair &pair, std::function<void(const QString &)> done)
{
    const AmlState &state = m_context->state->azureml;
    const AmlWorkspace w = state.workspaces[m_workspaceKey];
    const QString endpointKey = w.key() + u"/onlineendpoints/"_s + pair.endpoint;
    const auto endpoint = [&](const QJsonObject &traffic) {
        return QJsonObject { { u"location"_s, location },
            { u"identity"_s, QJsonObject { { u"type"_s, u"SystemAssigned"_s } } },
            { u"properties"_s,
                QJsonObject { { u"authMode"_s, u"Key"_s },
                    { u"description"_s, QString(pair.model + u" scorer"_s) }, { u"traffic"_s, traffic } } } };
    };
    int status = 0;
    QString operation;
    if (!state.endpoints.contains(endpointKey)) {
        const QString error
            = m_service->endpoints()->put(w, pair.endpoint, endpoint({}), false, &status, &operation);
        if (!error.isEmpty())
            return done(error);
        return waitOperation(
            operation, [=, this](const QString &e) { e.isEmpty() ? deploy(pair, done) : done(e); });
    }
    const AmlEndpoint &e = state.endpoints[endpointKey];
    if (!state.deployments.contains(endpointKey + u"/deployments/blue"_s)) {
        const QJsonObject deployment { { u"location"_s, location },
            { u"sku"_s, QJsonObject { { u"name"_s, u"Default"_s }, { u"capacity"_s, 1 } } },
            { u"properties"_s,
                QJsonObject { { u"endpointComputeType"_s, u"Managed"_s },
                    { u"instanceType"_s, u"Standard_DS3_v2"_s },
                    { u"model"_s, QString(w.armId() + u"/models/"_s + pair.model + u"/versions/1"_s) },
                    { u"scaleSettings"_s, QJsonObject { { u"scaleType"_s, u"Default"_s } } } } } };
        const QString error
            = m_service->deployments()->put(w, e, u"blue"_s, deployment, false, &status, &operation);
        if (!error.isEmpty())
            return done(error);
        return waitOperation(
            operation, [=, this](const QString &err) { err.isEmpty() ? deploy(pair, done) : done(err); });
    }
    if (e.properties.value(u"traffic"_s).toObject().value(u"blue"_s).toInt() != 100) {
        const QString error = m_service->endpoints()->put(
            w, pair.endpoint, endpoint({ { u"blue"_s, 100 } }), false, &status, &operation);
        if (!error.isEmpty())
            return done(error);
        return waitOperation(
            operation, [=, this](const QString &err) { err.isEmpty() ? deploy(pair, done) : done(err); });
    }
    done({});
}

void AmlSeeder::waitOperation(const QString &operationId, std::function<void(const QString &)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(m_service->operations(), &AmlOperations::finished, this, [=, this](const QString &id) {
              if (id != operationId)
                  return;
              disconnect(*connection);
              const AmlOperation &op = m_context->state->azureml.operations.value(id.toLower());
              done(op.status == u"Succeeded"_s ? QString() : op.errorCode + u": "_s + op.errorMessage);
          });
}

} // namespace mlr::server
