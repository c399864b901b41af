#pragma once

#include "http/error.h"
#include "http/retrypolicy.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace mlr::arm {
class SandboxServicePairJob;
class SignInOperation;
class TokenProvider;
class WebServiceListJob;
} // namespace mlr::arm

namespace mlr::gui {

// What the Credentials step needs of a new service pair: names, endpoints and API keys.
struct ServicePair
{
    QString trainingName, trainingBatchUrl, trainingKey;
    QString predictiveName, predictiveRequestUrl, predictiveKey;
};

// Creates a retraining + predictive web service pair from one of mlstudio-local's templates,
// for the profile's ARM endpoint, as one operation:
// 1. signs in with the profile's service principal (tenant, client id, login URL) and the
//    given client secret;
// 2. lists the web services of the profile's subscription / resource group and refuses a
//    name whose NAME-retraining or NAME-predictive already exists;
// 3. runs arm::SandboxServicePairJob on the profile's ARM URL (loopback only).
// progress() says which step runs; finished() comes exactly once, with the pair or a typed
// error (sign-in refused, name taken, the template's reason...). Cancel by destroying it.
class ServicePairCreator : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Profile profile; // sign-in settings and ARM target
        QString clientSecret;
        QString templateName; // "two-class" or "regression"
        QString labelColumn;
        QString name;
        QByteArray csv;
    };

    ServicePairCreator(QNetworkAccessManager *nam, Request request, QObject *parent = nullptr);
    ~ServicePairCreator() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void start();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const mlr::gui::ServicePair &pair, const mlr::Error &error);

private:
    void signIn();
    void checkName();
    void create();
    void finish(const ServicePair &pair, const Error &error);

    QNetworkAccessManager *m_nam;
    Request m_request;
    RetryPolicy m_policy;
    std::unique_ptr<arm::SignInOperation> m_signIn;
    std::unique_ptr<arm::TokenProvider> m_tokens;
    std::unique_ptr<arm::WebServiceListJob> m_list;
    std::unique_ptr<arm::SandboxServicePairJob> m_create;
    bool m_done = false;
};

} // namespace mlr::gui

Q_DECLARE_METATYPE(mlr::gui::ServicePair)
