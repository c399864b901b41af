#pragma once

// Shared by the mlstudio-local integration tests: the server as a QProcess (its own data
// folder, the Azurite of the ctest fixture), HTTP over a real QNetworkAccessManager, the
// demo description, tokens, blobs, and the swagger validator (node).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace mlr::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    Headers headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const; // the body as an object (empty when not one)
    QString describe() const; // "status 400: {...}" for failure messages
};

// One HTTP exchange over a fresh QNetworkAccessManager, waited for (at most timeoutMs).
HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const Headers &headers = {}, int timeoutMs = 30000);
HttpResult httpJson(
    const QByteArray &method, const QUrl &url, const QJsonObject &body, const Headers &headers = {});
Headers bearer(const QString &token);
// Makes http() (and applyTrustedCa) trust the CA certificates in caFile for https URLs, the
// way a client trusts the sandbox's CA explicitly (certificate checks stay on). False when
// the file holds no certificate.
bool trustCaFile(const QString &caFile);
void applyTrustedCa(QNetworkRequest &request);

// mlstudio-local started with --data <own temp dir> --storage <Azurite> plus `arguments`.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Waits for the JSON line (timeoutMs). dataDir: reuse a folder (restart), else its own.
    bool start(
        const QStringList &arguments, QString *why, const QString &dataDir = {}, int timeoutMs = 60000);
    void stop(); // SIGTERM, then wait (SIGKILL after 10 s)
    void kill(); // SIGKILL
    bool isRunning() const;

    QString ml, arm, login;
    QString azureml, caFile; // the HTTPS Azure ML (v2) listener and the CA certificate it is issued by
    QJsonObject line; // the whole JSON line
    QString dataDir() const { return m_dataDir; }
    QByteArray stderrText() const;
    QJsonObject demo() const; // DIR/demo.json

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
};

// Client-credentials token from the demo's identity; empty (and a warning) on failure.
QString demoToken(
    const QJsonObject &demo, const QString &scope = QStringLiteral("https://management.azure.com/.default"));
// ARM URL of a web service of the demo's subscription and resource group.
QString serviceUrl(
    const QJsonObject &demo, const QString &name, const QString &apiVersion = QStringLiteral("2017-01-01"));
QString groupUrl(const QJsonObject &demo);

// Polls an Azure-AsyncOperation URL until it leaves Provisioning (timeoutMs); its last body.
QJsonObject waitOperation(const QString &url, const QString &token, int timeoutMs = 30000);
// Polls a BES job until StatusCode is terminal; the last status body.
QJsonObject waitJob(const QString &jobUrl, const QString &apiKey, int timeoutMs = 120000);

// Blob helpers over the Azurite of the fixture (the core's storage client).
// BES v2 helpers shared by the data-plane tests.
// A blob reference in the connection-string form.
QJsonObject besBlobReference(const QString &connectionString, const QString &relativeLocation);
// A retraining job request: input1 from `input`, outputs under bes-out/<prefix>-*.
QJsonObject besTrainingRequest(const QString &connectionString, const QString &input, const QString &prefix);
HttpResult besSubmit(const QString &base, const QString &apiKey, const QJsonObject &body);
// Submits and starts a job; returns its id, or an empty string (with a warning) on failure.
QString besSubmitAndStart(const QString &base, const QString &apiKey, const QJsonObject &body);

bool putBlob(
    const QString &connectionString, const QString &container, const QString &blob, const QByteArray &data);
// The blob's bytes (Shared Key from the connection string); empty when it cannot be read.
QByteArray getBlob(const QString &connectionString, const QString &container, const QString &blob);
QByteArray getUrl(const QUrl &url); // a GET with no credentials beyond the URL (a SAS)

// Runs sandbox/tests/swagger-validate/validate.js on the cases; true when every case is as
// expected. *output gets the validator's lines.
bool validateWithSwagger(const QJsonArray &cases, QString *output);
// The same against another swagger (e.g. the Azure ML v2 mfe.json).
bool validateWithSpec(const QString &spec, const QJsonArray &cases, QString *output);

// The demo's census feature columns (no label) and a few rows of values for RRS.
QStringList censusFeatures();
QJsonArray censusRows();

} // namespace mlr::test
