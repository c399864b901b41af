#pragma once

#include "server/faults.h"
#include "server/state.h"
#include "storage/storageaccount.h"

#include <QString>

#include <optional>

class QNetworkAccessManager;
class QThreadPool;

namespace mlr::server {

class HttpFront;
class JobRunner;
class ModelCache;
class OperationManager;

// Settings of one mlstudio-local process (from the command line; see options.h).
struct ServerConfig
{
    QString dataDir; // empty: nothing persisted
    QString storageConnectionString; // the service-side storage account (Azurite)
    int jobDelayMs = 0; // --job-delay: each BES job waits this long while Running
    bool autoApproveDeviceCodes = false;
    int tokenLifetimeSeconds = 3599;
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeLifetimeSeconds = 900;
    int operationDelayMs = 500; // ARM async operations take at least this long
    int armPageSize = 10; // web services per list page (nextLink beyond)
    int workers = 2; // worker threads for CSV parsing, training and scoring
    int amlJobStepMs = 300; // --aml-job-pace: each v2 job status before Running lasts this long
    int amlProvisionDelayMs = 1500; // --aml-provision-delay: v2 endpoint/deployment operations
    bool verbose = false;
};

// What the route modules share. Owned by Server; everything lives on the main thread.
struct Context
{
    ServerConfig config;
    State *state = nullptr;
    HttpFront *ml = nullptr;
    HttpFront *arm = nullptr;
    HttpFront *login = nullptr;
    HttpFront *azureml = nullptr; // HTTPS: Azure Machine Learning (v2) ARM, MLflow, scoring
    QString caFile; // the CA certificate clients trust for `azureml` (DIR/ca.pem)
    FaultInjector *faults = nullptr;
    std::optional<StorageAccount> storage; // parsed --storage
    QNetworkAccessManager *nam = nullptr;
    QThreadPool *pool = nullptr; // bounded workers: CSV parsing, training, scoring, model loading
    JobRunner *jobs = nullptr;
    ModelCache *models = nullptr;
    OperationManager *operations = nullptr;

    QString mlBase() const;
    QString armBase() const;
    QString loginBase() const;
    QString azuremlBase() const; // https://127.0.0.1:PORT
};

} // namespace mlr::server
