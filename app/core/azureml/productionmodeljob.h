#pragma once

#include "azureml/amlget.h"
#include "azureml/amlresources.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace mlr::azureml {

// What serves an online endpoint in production, and what trained it.
struct ProductionModel
{
    OnlineEndpoint endpoint;
    QList<OnlineDeployment> deployments; // every deployment of the endpoint
    OnlineDeployment deployment; // the one with the most live traffic
    ModelVersion model; // the model version it serves
    std::optional<Job> job; // the model's jobName; nullopt when the model has none
};

// Finds the production model of an endpoint (reference §13): GET the endpoint, list its
// deployments, take the one with the most traffic, GET its model version, and GET the job
// the model's jobName names. Each step's failure is one Error saying what is missing:
// no such endpoint, no deployment, no traffic, a model that is not a registered version,
// a missing model or job. A model without jobName is not an error here (job is nullopt):
// the caller asks for a job definition file instead.
// Contract: start() once; finished() exactly once; destroying the job cancels it.
class ProductionModelJob : public QObject
{
    Q_OBJECT

public:
    ProductionModelJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, WorkspaceTarget target,
        QString endpoint, QObject *parent = nullptr);
    ~ProductionModelJob() override;

    void start();

Q_SIGNALS:
    void finished(const mlr::azureml::ProductionModel &result, const mlr::Error &error);

private:
    void get(const QString &path, WorkspaceGetJob::Kind kind, const QString &what,
        std::function<void(const QJsonObject &)> then);
    void onEndpoint(const QJsonObject &body);
    void onDeployments(const QJsonObject &body);
    void onModel(const QJsonObject &body);
    void onJob(const QJsonObject &body);
    void fail(const Error &error);
    void done();

    QNetworkAccessManager *m_nam;
    arm::TokenProvider *m_tokens;
    WorkspaceTarget m_target;
    QString m_endpointName;
    ProductionModel m_result;
    std::unique_ptr<WorkspaceGetJob> m_step;
    bool m_finished = false;
};

} // namespace mlr::azureml

Q_DECLARE_METATYPE(mlr::azureml::ProductionModel)
