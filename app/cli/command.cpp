#include "command.h"

#include "endpointcommands.h"
#include "evaluatecommands.h"
#include "http/trustedcas.h"
#include "modelcommands.h"
#include "output.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "retraincommands.h"
#include "secrets/secretstore.h"
#include "servicecommands.h"
#include "session/storageaccountresolver.h"
#include "storagecommands.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace mlr::cli {

Context::Context(Invocation invocation, Output *output)
    : m_invocation(std::move(invocation))
    , m_output(output)
{ }

Context::~Context() = default;

QNetworkAccessManager *Context::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

ProfileStore &Context::profiles()
{
    if (!m_profiles) {
        m_profiles = m_invocation.global.configFile
            ? std::make_unique<ProfileStore>(*m_invocation.global.configFile)
            : std::make_unique<ProfileStore>();
    }
    return *m_profiles;
}

SecretStore &Context::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<SecretStore>();
    return *m_secrets;
}

std::optional<Profile> Context::selectedProfile(Error *error)
{
    return profileNamed(
        m_invocation.global.profile ? *m_invocation.global.profile : profiles().lastUsed(), error);
}

std::optional<Profile> Context::profileNamed(const QString &name, Error *error)
{
    std::optional<Profile> profile = profiles().load(name);
    if (!profile) {
        if (error)
            *error = Error::input(Command::tr("There is no profile named '%1' (see '%2 profile list').")
                                      .arg(name, QString::fromLatin1(toolName)));
        return profile;
    }
    // The CAs this profile's HTTPS services are issued by (and SSL_CERT_FILE's), on top of
    // the system's; certificate checks stay on.
    Error trust = tls::trustCaFileFromEnvironment();
    if (!trust && !profile->caCertificateFile.isEmpty())
        trust = tls::trustCaFile(profile->caCertificateFile);
    if (trust) {
        if (error)
            *error = trust;
        return std::nullopt;
    }
    return profile;
}

Command::Command(Context &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

Command::~Command() = default;

void Command::resolveStorageAccount(
    const Profile &profile, std::function<void(const StorageAccount &, const Error &)> then)
{
    const StorageAccountRequest request
        = StorageAccountRequest::fromEnvironment(invocation().global.connectionString, profile);
    m_resolve = std::make_unique<StorageAccountResolveJob>(request, &ctx().secrets());
    connect(m_resolve.get(), &StorageAccountResolveJob::finished, this,
        [this, then = std::move(then)](const StorageAccount &account, const Error &error) {
            m_resolve.release()->deleteLater();
            then(account, error);
        });
    m_resolve->start();
}

Output &Command::out()
{
    return m_context.out();
}

void Command::succeed()
{
    finish(ExitOk);
}

void Command::fail(const Error &error)
{
    if (error.isCancelled()) {
        out().error(error.message());
        finish(ExitInterrupted);
        return;
    }
    QString message = error.message();
    if (message.isEmpty())
        message = tr("The operation failed for an unknown reason.");
    if (error.serviceCode == u"ContainerNotFound")
        message += u' '
            + (m_container.isEmpty() ? tr("Create the container with '%1 storage mkcontainer NAME'.")
                                           .arg(QLatin1StringView(toolName))
                                     : tr("Create it with '%1 storage mkcontainer %2'.")
                                           .arg(QLatin1StringView(toolName), m_container));
    out().error(message);
    finish(ExitFailure);
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always from the event loop: a command may fail inside start().
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

std::unique_ptr<Command> createCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.group == u"profile")
        return createProfileCommand(context);
    if (inv.group == u"storage")
        return createStorageCommand(context);
    if (inv.group == u"retrain") {
        if (auto command = createEvaluateCommand(context))
            return command;
        return createRetrainCommand(context);
    }
    if (auto command = createServiceCommand(context))
        return command;
    if (auto command = createEndpointCommand(context))
        return command;
    if (auto command = createModelCommand(context))
        return command;
    if (auto command = createHistoryCommand(context))
        return command;
    return nullptr;
}

} // namespace mlr::cli
