#include "servicecommand.h"

#include "arm/profilearm.h"
#include "arm/smokecheck.h"
#include "arm/tokens.h"
#include "history/history.h"
#include "http/redaction.h"
#include "output.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlr::cli {

namespace {

constexpr char predictiveKeyVariable[] = "MLR_PREDICTIVE_API_KEY";

} // namespace

QString serviceBackupDirectory()
{
    return history::HistoryStore().directory() + QStringLiteral("/backups");
}

void ServiceCommand::start()
{
    Error error;
    const QString own = profileName();
    const auto profile = own.isEmpty() ? ctx().selectedProfile(&error) : ctx().profileNamed(own, &error);
    if (!profile)
        return fail(error);
    m_profile = *profile;
    m_target = arm::armTargetFor(m_profile);
    if (!needsSignIn())
        return run();
    signIn();
}

void ServiceCommand::signIn()
{
    m_signIn = std::make_unique<AzureSignIn>(ctx(), m_profile);
    connect(m_signIn.get(), &AzureSignIn::finished, this, [this](const Error &error) {
        AzureSignIn *signIn = m_signIn.release();
        signIn->deleteLater(); // it is emitting
        if (error)
            return fail(error);
        m_settings = signIn->settings();
        m_tokens = signIn->takeArmTokens();
        m_mlTokens = signIn->takeMlTokens();
        // A token rejected mid-flow (expired) is renewed once by the core; say so.
        m_tokensIssued = m_tokens->current().isNull() ? 0 : 1;
        connect(m_tokens.get(), &arm::TokenProvider::tokenChanged, this, [this] {
            if (m_tokensIssued++ > 0)
                out().note(tr("the Azure sign-in expired; signed in to Azure again"));
        });
        run();
    });
    m_signIn->start();
}

void ServiceCommand::smoke(const QString &name, ScoresHandler then, ErrorHandler onError)
{
    if (!onError)
        onError = [this](const Error &error) {
            fail(error);
        };
    if (m_profile.predictiveRequestUrl.isEmpty())
        return failInput(tr("Profile '%1' has no predictive service URL.").arg(m_profile.name));
    readPredictiveKey([this, name, then, onError](const QString &apiKey, const Error &keyError) {
        if (keyError)
            return onError(keyError);
        if (!name.isEmpty() && !m_profile.predictiveServiceName.isEmpty()
            && name != m_profile.predictiveServiceName)
            out().note(tr("scoring through the profile's predictive service %1")
                           .arg(m_profile.predictiveServiceName));
        auto *job = new arm::SmokeCheckJob(ctx().network(), m_profile.predictiveRequestUrl, apiKey, this);
        connect(job, &arm::SmokeCheckJob::finished, this,
            [job, then, onError](const QList<QStringList> &scores, const Error &error) {
                if (error)
                    return onError(error);
                then(scores, job->columns());
            });
        job->start();
    });
}

void ServiceCommand::readPredictiveKey(std::function<void(const QString &key, const Error &error)> then)
{
    const QString key = qEnvironmentVariable(predictiveKeyVariable).trimmed();
    if (!key.isEmpty()) {
        redaction::registerSecret(key);
        return then(key, {});
    }
    m_keyJob.reset(ctx().secrets().read(m_profile.name, SecretKind::PredictiveApiKey, nullptr));
    connect(m_keyJob.get(), &SecretReadJob::finished, this, [then](const QString &value, const Error &error) {
        if (error)
            return then({}, error);
        if (value.trimmed().isEmpty())
            return then({},
                Error::input(Command::tr("No API key for the predictive service: set the profile's "
                                         "predictiveApiKey (keychain) or %1.")
                                 .arg(QString::fromLatin1(predictiveKeyVariable))));
        redaction::registerSecret(value.trimmed());
        then(value.trimmed(), {});
    });
    m_keyJob->start();
}

} // namespace mlr::cli
