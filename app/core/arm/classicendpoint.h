#pragma once

#include "http/error.h"
#include "http/httpcall.h"
#include "http/requestfactory.h"
#include "http/retrypolicy.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

// Classic (non-ARM) web services: the model of a non-default endpoint is replaced with a
// PATCH of its `Resources` (reference §4.7), authenticated with the endpoint's API key.
namespace mlr::arm {

// PATCH/GET https://management.azureml.net/workspaces/{ws}/webservices/{id}/endpoints/{name}.
struct ClassicEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ClassicEndpoint)

public:
    QUrl url; // the endpoint resource, as above (any host: the sandbox's data-plane port too)
    QString apiKey; // the endpoint's (or the web service's) API key

    // Checks the path shape and the transport (https, or http to loopback); Error::Input.
    static std::optional<ClassicEndpoint> fromUrl(const QUrl &url, const QString &apiKey, Error *error);
    QString endpointName() const; // the last path segment
};

// One `[trained model]` resource of an endpoint (GET answer's Resources).
struct ClassicResource
{
    QString name; // e.g. "Census Model [trained model]"
    QString baseLocation, relativeLocation;
    QString uri() const; // base + relative, one '/' between
};
std::optional<QList<ClassicResource>> parseClassicResources(const QByteArray &body, Error *error);

// GET the endpoint: its resources. finished(resources, error) once; destroying cancels.
class ClassicEndpointGetJob : public QObject
{
    Q_OBJECT

public:
    ClassicEndpointGetJob(QNetworkAccessManager *nam, ClassicEndpoint endpoint, QObject *parent = nullptr);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void start();

Q_SIGNALS:
    void finished(const QList<mlr::arm::ClassicResource> &resources, const mlr::Error &error);

private:
    void send();

    QPointer<QNetworkAccessManager> m_nam;
    ClassicEndpoint m_endpoint;
    RetryPolicy m_policy;
    std::unique_ptr<HttpCall> m_call;
};

// PATCH the endpoint's resource `resourceName` to BaseLocation + RelativeLocation (+ the SAS,
// which the service keeps to read the blob), then GET the endpoint until the resource shows the
// new location (the change takes effect asynchronously, about 30 s on Azure). If it never does
// within the timeout, the PATCH "succeeded without effect" and finished() says so. A training
// endpoint answers "This Web Service has no updatable resources": that error is explained.
class ClassicEndpointUpdateJob : public QObject
{
    Q_OBJECT

public:
    ClassicEndpointUpdateJob(QNetworkAccessManager *nam, ClassicEndpoint endpoint, QString resourceName,
        QString baseLocation, QString relativeLocation, QString sasBlobToken, QObject *parent = nullptr);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setVerification(std::chrono::milliseconds interval, std::chrono::milliseconds timeout);
    void start();

Q_SIGNALS:
    void finished(const QString &verifiedUri, const mlr::Error &error);

private:
    void send();
    void check();
    void finish(const QString &uri, const Error &error);

    QPointer<QNetworkAccessManager> m_nam;
    ClassicEndpoint m_endpoint;
    QString m_resource, m_base, m_relative, m_sas;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_interval { 2000 }, m_timeout { 90'000 };
    std::unique_ptr<HttpCall> m_call;
    std::unique_ptr<ClassicEndpointGetJob> m_get;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace mlr::arm

Q_DECLARE_METATYPE(mlr::arm::ClassicResource)
