#pragma once

#include "http/error.h"
#include "ml/blobreference.h"
#include "ml/jobjournal.h"

#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace mlr {
class RequestFactory;
}

namespace mlr::ml {

// The Batch Execution Service (api-version 2.0) of one web service, addressed by its base URL
// in either family:
//   {host}/subscriptions/{subscription id}/services/{service id}   (ARM web services)
//   {host}/workspaces/{workspace id}/services/{service id}         (classic web services)
// and authorised with the service's API key (`Authorization: Bearer <key>`).
struct BesEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(BesEndpoint)

public:
    enum class Family
    {
        Subscription,
        Workspace
    };

    QUrl baseUrl; // scheme://host[:port][/prefix]/{subscriptions|workspaces}/{id}/services/{id}
    QString apiKey; // secret
    Family family = Family::Subscription;
    QString ownerId; // the subscription or workspace id
    QString serviceId;

    // Accepts the base URL, or the base followed by "/jobs", "/jobs/{id}", "/execute",
    // "/swagger.json" (any query is dropped). Error::Input naming the problem: not http(s),
    // no ".../{subscriptions|workspaces}/{id}/services/{id}" in the path, an empty key, or a
    // key bound for plain HTTP to a host other than loopback. The key is registered with
    // redaction.
    static std::optional<BesEndpoint> fromUrl(const QUrl &url, const QString &apiKey, Error *error);

    QUrl jobsUrl() const; // base/jobs?api-version=2.0
    QUrl jobUrl(const QString &jobId) const; // base/jobs/{id}?api-version=2.0
    QUrl startUrl(const QString &jobId) const; // base/jobs/{id}/start?api-version=2.0
    // factory.make(url) with the bearer key, JSON Content-Type and Accept.
    QNetworkRequest request(const RequestFactory &factory, const QUrl &url) const;
};

// The body of POST .../jobs.
struct BesJobRequest
{
    QMap<QString, BlobReference> inputs;
    QMap<QString, BlobReference> outputs;
    QVariantMap globalParameters; // strings, numbers and booleans as given

    QByteArray toJson() const; // {"Inputs":{...},"Outputs":{...},"GlobalParameters":{...}}
};

// The answer of GET .../jobs/{id}.
struct BesJobStatus
{
    JobState state = JobState::Unknown;
    QString statusText; // the StatusCode as received, for messages ("7", "Paused", ...)
    QMap<QString, BlobReference> results; // output name -> read-only SAS reference; empty until Finished
    QString details; // the service's Details (why a job failed), verbatim
};

// The job id of a submit answer: a JSON string ("\"539d...\""), the form the service uses;
// a bare id of letters, digits, '-' and '_' is accepted too. Error::Parse otherwise.
std::optional<QString> parseJobId(const QByteArray &body, Error *error);
// StatusCode as a name (any case), an integer 0-4 or such an integer in a string; Unknown
// otherwise (also for null).
JobState parseStatusCode(const QJsonValue &value);
// A BatchExecutionStatus body; members matched in any case, unknown members ignored,
// Results null or absent = none. Error::Parse when the body is not a JSON object.
std::optional<BesJobStatus> parseJobStatus(const QByteArray &body, Error *error);
// Adds the data-plane error's first detail (e.g. "InvalidBlobExtension: The blob reference
// ... .ilearner") to error.serviceMessage, which fillServiceError() leaves at the generic
// top-level message ("Invalid argument provided.").
void addBesErrorDetails(Error &error, const QByteArray &body);

} // namespace mlr::ml

Q_DECLARE_METATYPE(mlr::ml::BesJobStatus)
