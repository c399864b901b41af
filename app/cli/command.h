#pragma once

#include "commandline.h"
#include "http/error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mlr {
class ProfileStore;
class SecretStore;
struct StorageAccount;
class StorageAccountResolveJob;
struct Profile;
} // namespace mlr

namespace mlr::cli {

class Output;

// The environment variable of the training API key for scripts and CI without a keychain
// (documented in the help of the retrain commands).
inline constexpr char trainingKeyVariable[] = "MLR_TRAINING_API_KEY";

// What every command runs with: the parsed command line, the output, and the core
// services, created on first use (a command that needs no keychain never touches it).
class Context
{
public:
    Context(Invocation invocation, Output *output);
    ~Context();

    const Invocation &invocation() const { return m_invocation; }
    Output &out() { return *m_output; }

    QNetworkAccessManager *network();
    ProfileStore &profiles(); // --config FILE, else the default settings
    SecretStore &secrets();

    // The profile the storage commands use when no connection string is given: --profile,
    // else the last used one, else "Local sandbox". Error::Input for an unknown name.
    std::optional<Profile> selectedProfile(Error *error);
    // The profile `name`, its CAs trusted as selectedProfile() does.
    std::optional<Profile> profileNamed(const QString &name, Error *error);

private:
    Invocation m_invocation;
    Output *m_output;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

// One run of one command: an asynchronous QObject that ends with exactly one finished(exit
// code). It prints its result through Output before finishing; on failure it prints the one
// error line. Destroying it cancels whatever it was doing.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(Context &context, QObject *parent = nullptr);
    ~Command() override;

    // Starts the work; finished() is never emitted from inside start().
    virtual void start() = 0;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    Context &ctx() { return m_context; }
    Output &out();
    const Invocation &invocation() const { return m_context.invocation(); }

    // Both may be called from inside start(): finished() is emitted from the event loop.
    void succeed();
    // Prints "mlretrain-cli: error: <error.message()>"; a cancelled error exits with 130.
    void fail(const Error &error);
    void failInput(const QString &message) { fail(Error::input(message)); }
    // The container this command works in: a ContainerNotFound failure then says how to
    // create it ('storage mkcontainer NAME').
    void noteContainer(const QString &name) { m_container = name; }

    // The storage account of a profile, as the storage commands find it: --connection-string,
    // else AZURE_STORAGE_CONNECTION_STRING, else the profile and its keychain secrets. then()
    // is called once, from the event loop, with the account or the error.
    void resolveStorageAccount(
        const Profile &profile, std::function<void(const StorageAccount &, const Error &)> then);

private:
    void finish(int exitCode);

    Context &m_context;
    QString m_container;
    bool m_finished = false;
    std::unique_ptr<StorageAccountResolveJob> m_resolve;
};

// The command of an invocation (nullptr when unknown, which parsing rules out).
std::unique_ptr<Command> createCommand(Context &context);

} // namespace mlr::cli
