#include "format.h"
#include "http/redaction.h"
#include "output.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "secrets/secretstore.h"
#include "storage/blobservice.h"
#include "storage/containerjobs.h"
#include "storage/storageaccount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace mlr::cli {

namespace {

// profile from-sandbox FILE [NAME] [--container C] [--kind azureml]: a profile for mlstudio-local's
// demo services (with --kind azureml: its Azure Machine Learning workspace and endpoint, the
// "azureml" section of demo.json, as "Azure ML sandbox")
// (DIR/demo.json) or for a pair made by 'service create --template' (DIR/NAME.json), its secrets
// (the API keys, the storage account key, the client secret) in the keychain. The profile's
// container (--container, else the file's, else "mlretrain") is created when missing, and the
// profile becomes the default (the last used one).
class ProfileFromSandboxCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start() override
    {
        const QString path = invocation().args.at(0);
        m_path = path;
        const QString kind = invocation().option(QStringLiteral("kind"));
        if (!kind.isEmpty() && kind != Profile::classicKind() && kind != Profile::azuremlKind()) {
            failInput(tr("--kind must be classic or azureml (got '%1').").arg(kind));
            return;
        }
        m_azureml = kind == Profile::azuremlKind();
        m_name = invocation().args.size() > 1 ? invocation().args.at(1)
            : m_azureml                       ? azuremlSandboxName()
                                              : Profile::localSandboxName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failInput(tr("'%1' cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        QJsonParseError parseError;
        QJsonObject demo = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        if (demo.isEmpty()) {
            failInput(tr("'%1' is not mlstudio-local's demo.json (%2).").arg(path, parseError.errorString()));
            return;
        }
        if (m_azureml) {
            demo = demo.value(QStringLiteral("azureml")).toObject();
            if (demo.isEmpty()) {
                failInput(tr("'%1' has no \"azureml\" section: it was written by an mlstudio-local without "
                             "the Azure Machine Learning surface. Start mlstudio-local --seed-demo again.")
                              .arg(path));
                return;
            }
        }
        auto text = [&demo](const QString &key) {
            return demo.value(key).toString().trimmed();
        };
        const QJsonObject training = demo.value(QStringLiteral("trainingService")).toObject();
        const QJsonObject predictive = demo.value(QStringLiteral("predictiveService")).toObject();
        for (const QString &secret : { training.value(QStringLiteral("apiKey")).toString(),
                 predictive.value(QStringLiteral("apiKey")).toString(), text(QStringLiteral("clientSecret")),
                 text(QStringLiteral("storageConnectionString")) })
            redaction::registerSecret(secret);

        Error error;
        const std::optional<StorageAccount> account
            = StorageAccount::fromConnectionString(text(QStringLiteral("storageConnectionString")), &error);
        if (!account) {
            fail(error.withContext(tr("The storageConnectionString of '%1'").arg(path)));
            return;
        }
        std::optional<Profile> existing = ctx().profiles().load(m_name);
        m_created = !existing;
        if (m_created) {
            if (const Error e = ProfileStore::validateName(m_name)) {
                fail(e);
                return;
            }
        }
        m_profile = existing ? *existing : Profile();
        m_profile.name = m_name;
        QString container = invocation().option(QStringLiteral("container"));
        if (container.isEmpty())
            container = m_azureml ? QStringLiteral("azureml-blobstore-") + text(QStringLiteral("workspaceId"))
                                  : text(QStringLiteral("container"));
        if (container.isEmpty())
            container = existing && !existing->container.isEmpty() ? existing->container : defaultContainer();
        if (const Error e = BlobService::validateContainerName(container)) {
            fail(e);
            return;
        }
        QList<std::pair<QString, QString>> settings = {
            { QStringLiteral("kind"), m_azureml ? Profile::azuremlKind() : QString() },
            { QStringLiteral("storageAccountName"), account->name },
            { QStringLiteral("blobEndpoint"), QString::fromUtf8(account->blobEndpoint.toEncoded()) },
            { QStringLiteral("container"), container },
            { QStringLiteral("trainingBatchUrl"), training.value(QStringLiteral("batchUrl")).toString() },
            { QStringLiteral("trainingServiceName"), training.value(QStringLiteral("name")).toString() },
            { QStringLiteral("predictiveRequestUrl"),
                predictive.value(QStringLiteral("requestUrl")).toString() },
            { QStringLiteral("predictiveServiceName"), predictive.value(QStringLiteral("name")).toString() },
            { QStringLiteral("loginUrl"), text(QStringLiteral("loginUrl")) },
            { QStringLiteral("armUrl"), text(QStringLiteral("armUrl")) },
            { QStringLiteral("tenantId"), text(QStringLiteral("tenant")) },
            { QStringLiteral("clientId"), text(QStringLiteral("clientId")) },
            { QStringLiteral("subscriptionId"), text(QStringLiteral("subscriptionId")) },
            { QStringLiteral("resourceGroup"), text(QStringLiteral("resourceGroup")) },
        };
        if (m_azureml) // the workspace, its endpoint and the CA of its HTTPS listener
            settings += { { QStringLiteral("workspace"), text(QStringLiteral("workspace")) },
                { QStringLiteral("endpoint"), text(QStringLiteral("endpoint")) },
                { QStringLiteral("caCertificateFile"), text(QStringLiteral("caFile")) } };
        for (const auto &[key, value] : settings) {
            if (const Error e = m_profile.set(key, value)) {
                Error withWhere = e;
                fail(
                    withWhere.withContext(tr("'%1' has an unusable %2; nothing was changed").arg(path, key)));
                return;
            }
        }
        m_secrets = {
            { SecretKind::TrainingApiKey, training.value(QStringLiteral("apiKey")).toString().trimmed() },
            { SecretKind::PredictiveApiKey, predictive.value(QStringLiteral("apiKey")).toString().trimmed() },
            { SecretKind::StorageAccountKey, account->key },
            { SecretKind::ArmClientSecret, text(QStringLiteral("clientSecret")) },
        };
        m_secrets.removeIf([](const auto &s) { return s.second.isEmpty(); });
        m_account = *account;
        createContainer();
    }

private:
    static QString defaultContainer() { return QStringLiteral("mlretrain"); }
    static QString azuremlSandboxName() { return QStringLiteral("Azure ML sandbox"); }

    // The profile's container exists before the profile is saved: a profile that names a
    // container it cannot use is not saved.
    void createContainer()
    {
        m_blobs = std::make_unique<BlobService>(ctx().network(), m_account);
        m_create.reset(m_blobs->createContainer(m_profile.container, nullptr));
        connect(
            m_create.get(), &ContainerCreateJob::finished, this, [this](bool created, const Error &error) {
                if (error) {
                    fail(Error(error).withContext(
                        tr("Creating container '%1' for profile '%2' (nothing was saved)")
                            .arg(m_profile.container, m_name)));
                    return;
                }
                m_containerCreated = created;
                if (const Error e = ctx().profiles().save(m_profile)) {
                    fail(e);
                    return;
                }
                ctx().profiles().setLastUsed(m_profile.name);
                if (ctx().secrets().isSessionOnly()) {
                    report();
                    return;
                }
                writeNext();
            });
        m_create->start();
    }

    void writeNext()
    {
        if (m_job)
            m_job.release()->deleteLater();
        if (m_index >= m_secrets.size()) {
            report();
            return;
        }
        const auto [kind, value] = m_secrets.at(m_index);
        m_job.reset(ctx().secrets().write(m_profile.name, kind, value, nullptr));
        connect(m_job.get(), &SecretWriteJob::finished, this, [this, kind](const Error &error) {
            if (error) {
                fail(Error(error).withContext(
                    tr("Profile '%1' was saved, but storing its %2 in the keychain failed")
                        .arg(m_profile.name, secretKeyName(kind))));
                return;
            }
            if (!m_job->isSessionOnly())
                m_stored.append(secretKeyName(kind));
            ++m_index;
            writeNext();
        });
        m_job->start();
    }

    void report()
    {
        QStringList missing;
        for (const auto &[kind, value] : std::as_const(m_secrets))
            if (!m_stored.contains(secretKeyName(kind)))
                missing.append(secretKeyName(kind));
        const QString reason = keychainUnavailableText(ctx().secrets());
        if (out().isJson()) {
            QJsonObject o { { QStringLiteral("name"), m_profile.name },
                { QStringLiteral("created"), m_created },
                { QStringLiteral("container"), m_profile.container },
                { QStringLiteral("containerCreated"), m_containerCreated },
                { QStringLiteral("default"), true },
                { QStringLiteral("secretsStored"), QJsonArray::fromStringList(m_stored) },
                { QStringLiteral("secretsNotStored"), QJsonArray::fromStringList(missing) } };
            if (!missing.isEmpty())
                o.insert(QStringLiteral("keychain"), reason);
            out().json(o);
        } else {
            QString text
                = (m_created ? tr("Profile '%1' created from %2") : tr("Profile '%1' updated from %2"))
                      .arg(m_profile.name, QDir::toNativeSeparators(m_path));
            text += m_stored.isEmpty() ? QStringLiteral(".")
                                       : QStringLiteral("; ")
                    + tr("stored in the keychain: %1.").arg(m_stored.join(QStringLiteral(", ")));
            text += u'\n'
                + (m_containerCreated ? tr("Container '%1' created; the profile keeps its blobs there.")
                                      : tr("The profile keeps its blobs in container '%1'."))
                      .arg(m_profile.container)
                + u' ' + tr("'%1' is now the default profile.").arg(m_profile.name);
            if (!missing.isEmpty()) {
                text += u'\n'
                    + tr("The keychain is unavailable, so the profile was saved WITHOUT its secrets (%1): "
                         "they "
                         "cannot be kept anywhere else.")
                          .arg(missing.join(QStringLiteral(", ")))
                    + u'\n' + environmentInsteadOfKeychainText(QDir::toNativeSeparators(m_path), m_azureml);
            }
            out().text(text);
        }
        succeed();
    }

    QString m_name;
    QString m_path;
    bool m_azureml = false;
    Profile m_profile;
    StorageAccount m_account;
    std::unique_ptr<BlobService> m_blobs;
    std::unique_ptr<ContainerCreateJob> m_create;
    bool m_created = false;
    bool m_containerCreated = false;
    QList<std::pair<SecretKind, QString>> m_secrets;
    QStringList m_stored;
    std::unique_ptr<SecretWriteJob> m_job;
    qsizetype m_index = 0;
};

} // namespace

std::unique_ptr<Command> createProfileFromSandboxCommand(Context &context)
{
    return std::make_unique<ProfileFromSandboxCommand>(context);
}

} // namespace mlr::cli

#include "sandboxprofilecommand.moc"
