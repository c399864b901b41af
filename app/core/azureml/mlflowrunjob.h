#pragma once

#include "arm/armoperation.h"
#include "azureml/workspacetarget.h"

namespace mlr::azureml {

// GET runs/get of one MLflow run (a job: the run id is the job's name) on a workspace's
// tracking URI (reference §6.4: properties.mlFlowTrackingUri of the workspace, azureml://
// read as https://), with the Azure sign-in's token: MLflow on Azure ML takes the ARM
// audience. The token goes to the tracking URI's host only, over https (loopback http for
// tests), as ArmOperation sends it to an ARM host. An unknown run is Error::Http 404.
// Contract of arm::ArmOperation: start() once; finished() exactly once with the answer's
// bytes (parseMlflowRun reads them); destroying the job cancels it.
class MlflowRunJob : public arm::ArmOperation
{
    Q_OBJECT

public:
    MlflowRunJob(QNetworkAccessManager *nam, arm::TokenProvider *tokens, const WorkspaceTarget &workspace,
        QString trackingUri, QString runId, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const QByteArray &answer, const mlr::Error &error);

protected:
    void begin() override;
    void failBeforeStart(const Error &error) override { finish({}, error); }

private:
    void finish(const QByteArray &answer, const Error &error);

    QString m_trackingUri;
    QString m_runId;
};

} // namespace mlr::azureml
