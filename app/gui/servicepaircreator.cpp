#include "servicepaircreator.h"

#include "arm/armjobs.h"
#include "arm/profilearm.h"
#include "arm/sandboxtemplate.h"
#include "arm/signin.h"
#include "arm/tokenprovider.h"

#include <QJsonObject>

namespace mlr::gui {

namespace {

QString member(const QJsonObject &o, const char *object, const char *name)
{
    return o.value(QLatin1String(object)).toObject().value(QLatin1String(name)).toString();
}

} // namespace

ServicePairCreator::ServicePairCreator(QNetworkAccessManager *nam, Request request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
{ }

ServicePairCreator::~ServicePairCreator() = default;

void ServicePairCreator::start()
{
    QMetaObject::invokeMethod(
        this, [this] { signIn(); }, Qt::QueuedConnection);
}

void ServicePairCreator::finish(const ServicePair &pair, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(pair, error);
}

void ServicePairCreator::signIn()
{
    const arm::SignInSettings settings = arm::signInSettingsFor(m_request.profile);
    if (const Error e = settings.validate()) {
        finish({}, Error::input(tr("The profile cannot sign in to Azure: %1").arg(e.message())));
        return;
    }
    if (m_request.clientSecret.isEmpty()) {
        finish({}, Error::input(tr("Enter the client secret of the profile's application.")));
        return;
    }
    Q_EMIT progress(tr("Signing in…"));
    m_signIn = std::make_unique<arm::ClientSecretSignIn>(m_nam, settings, m_request.clientSecret);
    m_signIn->setRetryPolicy(m_policy);
    connect(m_signIn.get(), &arm::SignInOperation::finished, this,
        [this, settings](const arm::AccessToken &token, const Error &error) {
            m_signIn.release()->deleteLater();
            if (error) {
                finish({}, Error(error).withContext(tr("Sign-in failed")));
                return;
            }
            m_tokens = std::make_unique<arm::TokenProvider>(m_nam, settings);
            m_tokens->setClientSecret(m_request.clientSecret);
            m_tokens->setRetryPolicy(m_policy);
            m_tokens->setAccessToken(token);
            checkName();
        });
    m_signIn->start();
}

void ServicePairCreator::checkName()
{
    const arm::ArmTarget target = arm::armTargetFor(m_request.profile);
    const auto scope = target.resourceGroup.isEmpty() ? arm::WebServiceListJob::Scope::Subscription
                                                      : arm::WebServiceListJob::Scope::ResourceGroup;
    Q_EMIT progress(tr("Checking that the name %1 is free…").arg(m_request.name));
    m_list = std::make_unique<arm::WebServiceListJob>(m_nam, m_tokens.get(), target, scope);
    m_list->setRetryPolicy(m_policy);
    connect(m_list.get(), &arm::WebServiceListJob::finished, this,
        [this](const QList<arm::WebServiceSummary> &services, const Error &error) {
            m_list.release()->deleteLater();
            if (error) {
                finish({}, error);
                return;
            }
            const QString training = m_request.name + QStringLiteral("-retraining");
            const QString predictive = m_request.name + QStringLiteral("-predictive");
            for (const arm::WebServiceSummary &s : services) {
                if (s.name.compare(training, Qt::CaseInsensitive) == 0
                    || s.name.compare(predictive, Qt::CaseInsensitive) == 0) {
                    finish({},
                        Error::input(tr("The name %1 is taken: the web service %2 already exists. "
                                        "Choose another name.")
                                         .arg(m_request.name, s.name)));
                    return;
                }
            }
            create();
        });
    m_list->start();
}

void ServicePairCreator::create()
{
    arm::SandboxServicePairJob::Request request;
    request.server = arm::armTargetFor(m_request.profile).armUrl;
    request.templateName = m_request.templateName;
    request.labelColumn = m_request.labelColumn;
    request.name = m_request.name;
    request.csv = m_request.csv;
    Q_EMIT progress(
        tr("Creating %1-retraining and %1-predictive and training the first model…").arg(m_request.name));
    m_create = std::make_unique<arm::SandboxServicePairJob>(m_nam, request);
    connect(m_create.get(), &arm::SandboxServicePairJob::finished, this,
        [this](const QJsonObject &description, const Error &error) {
            m_create.release()->deleteLater();
            if (error) {
                finish({}, error);
                return;
            }
            ServicePair pair;
            pair.trainingName = member(description, "trainingService", "name");
            pair.trainingBatchUrl = member(description, "trainingService", "batchUrl");
            pair.trainingKey = member(description, "trainingService", "apiKey");
            pair.predictiveName = member(description, "predictiveService", "name");
            pair.predictiveRequestUrl = member(description, "predictiveService", "requestUrl");
            pair.predictiveKey = member(description, "predictiveService", "apiKey");
            finish(pair, {});
        });
    m_create->start();
}

} // namespace mlr::gui
