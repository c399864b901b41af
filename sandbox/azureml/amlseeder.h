#pragma once

#include <QDir>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace mlr::server {

class AzureMlService;
struct Context;

// The Azure ML (v2) part of --seed-demo, made the way a user would, through the same code
// paths as the routes: workspace "mlstudio-workspace" (the demo identity's subscription and
// resource group); per demo pair (census two-class, housing regression) the initial CSV
// uploaded to the default datastore and registered as a data asset, a training job that
// really runs (train_and_evaluate), the model version 1 it produced (jobName = that job), an
// online endpoint with deployment "blue" serving it at 100 % traffic. Existing pieces are
// reused, so re-seeding after a restart only refreshes the URLs in the description.
class AmlSeeder : public QObject
{
    Q_OBJECT

public:
    // error empty on success; section is demo.json's "azureml" object.
    using Done = std::function<void(const QJsonObject &section, const QString &error)>;

    AmlSeeder(Context *context, AzureMlService *service, QObject *parent = nullptr);

    // identity: demo.json's tenant, clientId, clientSecret, subscriptionId, resourceGroup.
    void seed(const QJsonObject &identity, const QDir &dir, Done done);

    struct Pair
    {
        QString prefix; // "census": data/census-initial.csv, census-train-1, census-data
        QString label;
        QString learner; // train_and_evaluate's learner
        QString model; // "census-income"
        QString endpoint; // "census-endpoint"
    };

private:
    void seedPair(const Pair &pair, const QDir &dir, std::function<void(const QString &error)> done);
    void afterJob(const Pair &pair, std::function<void(const QString &error)> done);
    void deploy(const Pair &pair, std::function<void(const QString &error)> done);
    void waitOperation(const QString &operationId, std::function<void(const QString &error)> done);
    QJsonObject describe(const Pair &pair, const QDir &dir) const;

    Context *m_context;
    AzureMlService *m_service;
    QString m_workspaceKey;
};

} // namespace mlr::server
