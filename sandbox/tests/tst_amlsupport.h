#pragma once

// Shared by the Azure ML (v2) server tests: ARM calls on the sandbox's HTTPS listener with
// the demo identity's token (the sandbox CA trusted explicitly), LRO and job polling, and
// the record of every ARM answer for the swagger check.

#include "tst_serversupport.h"

namespace mlr::test {

class AmlClient
{
public:
    // demo: demo.json's "azureml" section. False (with *why) when no token could be had.
    bool open(const QJsonObject &demo, QString *why);

    QString workspaceUrl() const; // https://.../workspaces/{ws}
    QString url(const QString &path) const; // workspaceUrl() + path + ?api-version=2022-10-01
    HttpResult get(const QString &path);
    HttpResult put(const QString &path, const QJsonObject &body);
    HttpResult post(const QString &path, const QJsonObject &body = {});
    HttpResult del(const QString &path);
    // Polls an Azure-AsyncOperation URL until it is no longer Updating; its last body.
    QJsonObject waitOperation(const HttpResult &started, int timeoutMs = 60000);
    // Polls GET jobs/{name} until Completed / Failed / Canceled; its last body.
    QJsonObject waitJob(const QString &name, int timeoutMs = 180000);
    // Records an answer for validateWithSpec (operationId of mfe.json 2022-10-01).
    void record(const QString &operationId, const HttpResult &result);
    void recordRequest(const QString &operationId, const QJsonObject &body);
    // Every recorded answer and request against mfe.json 2022-10-01; *output gets the
    // validator's lines, *failures those of the cases that are not as expected.
    bool validateRecorded(QString *output, QString *failures) const;
    const QJsonArray &recorded() const { return m_recorded; }

    QJsonObject demo;
    QString token;

private:
    QJsonArray m_recorded;
};

// A command job of the sandbox's train_and_evaluate component on `dataUri`.
QJsonObject trainingJobBody(const QString &dataUri, const QString &label = QStringLiteral("income"),
    const QString &learner = QStringLiteral("two_class_logistic_regression"));
// The census rows as scoring records ({"input_data": [{column: value}, ...]}).
QByteArray censusScoringBody(int rows);
// Online endpoint nojob-endpoint serving model census-nojob version 1, registered without a
// jobName (from census-train-1's model output): deployment blue, copied from `sourceEndpoint`'s
// blue with that model, with all the traffic. False (with *why) when a request fails.
bool createNoJobEndpoint(AmlClient &client, const QString &sourceEndpoint, QString *why);
// Uploads a local file to the workspace's default container; its azureml:// uri.
QString uploadToDatastore(const QJsonObject &demo, const QString &localFile, const QString &path);

} // namespace mlr::test
