// The command table: every group and command of mlretrain-cli, in help order. The profile and
// storage commands are here; the other groups append theirs (retrain, evaluate, service,
// history).
#include "commandline.h"
#include "commandlineparts.h"
#include "endpointcommands.h"
#include "evaluatecommands.h"
#include "modelcommands.h"
#include "retraincommands.h"
#include "servicecommands.h"

namespace mlr::cli {

using detail::Tr;

const QList<GroupSpec> &groups()
{
    static const QList<GroupSpec> all = {
        { QStringLiteral("profile"),
            Tr::tr("Connection profiles (settings in a file, secrets in the keychain).") },
        { QStringLiteral("storage"),
            Tr::tr("Azure Blob storage: check, containers, list, upload, download.") },
        { QStringLiteral("retrain"),
            Tr::tr("Retraining through the Batch Execution Service: check data, submit, follow, evaluate.") },
        { QStringLiteral("service"),
            Tr::tr("Web services through Azure Resource Manager: list, get, export, import, update, "
                   "rollback, smoke.") },
        { QStringLiteral("endpoint"),
            Tr::tr("Azure Machine Learning online endpoints (profiles of kind azureml): list, show, rollout, "
                   "traffic, "
                   "rollback, retire, smoke.") },
        { QStringLiteral("model"),
            Tr::tr("Azure Machine Learning registered models (profiles of kind azureml): list, show.") },
        { QStringLiteral("history"), Tr::tr("The timeline of jobs, evaluations, updates and rollbacks.") },
        { QStringLiteral("report"), Tr::tr("The decision report of a job, HTML or PDF.") },
    };
    return all;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> all = [] {
        QList<CommandSpec> c;
        const PositionalSpec profileName { QStringLiteral("NAME"), Tr::tr("Profile name."), {} };

        c.append({ QStringLiteral("profile"), QStringLiteral("list"), Tr::tr("List the connection profiles."),
            {}, {}, 0, 0, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("show"),
            Tr::tr("Show a profile's settings; secrets only as \"set (keychain)\" or \"not set\"."), {},
            { profileName }, 1, 1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("set"),
            Tr::tr("Create a profile or change its settings."),
            Tr::tr("\nSecret keys (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) "
                   "are stored in the OS keychain, never in the settings file; without a keychain "
                   "they are refused.\n"
                   "A value given on the command line is visible to other users in the process "
                   "list: write KEY=- to read the value from standard input instead (one line per "
                   "KEY=-, in order; on a terminal it is asked for and not echoed), e.g.\n"
                   "  mlretrain-cli profile set work sas=- < sas.txt\n"
                   "An empty value (KEY=) clears a setting or deletes a secret."),
            { profileName,
                { QStringLiteral("KEY=VALUE"),
                    Tr::tr("Settings to change; see 'mlretrain-cli profile show' for the keys."),
                    QStringLiteral("KEY=VALUE...") } },
            2, -1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("delete"),
            Tr::tr("Delete a profile and its secrets in the keychain."), {}, { profileName }, 1, 1, {} });
        c.append({ QStringLiteral("profile"), QStringLiteral("from-sandbox"),
            Tr::tr("Create or update a profile for mlstudio-local's services from its demo.json, or from "
                   "the NAME.json of a pair made with 'service create --template'."),
            Tr::tr("\nSettings: the storage account, endpoint and container, the training and predictive "
                   "services, the sign-in (login, ARM, tenant, client, subscription, resource group). "
                   "The container is created when missing, and the profile becomes the default one. "
                   "Secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) go to the "
                   "keychain; without a keychain the profile is saved without them (and says how to pass "
                   "them instead)."),
            { { QStringLiteral("FILE"), Tr::tr("mlstudio-local's DIR/demo.json or DIR/NAME.json."), {} },
                { QStringLiteral("NAME"), Tr::tr("Profile name (default: \"Local sandbox\")."),
                    QStringLiteral("[NAME]") } },
            1, 2,
            { { { QStringLiteral("container") },
                  Tr::tr("The profile's container (default: the file's, else the profile's, else "
                         "\"mlretrain\"; for azureml, the workspace's default datastore container)."),
                  QStringLiteral("NAME") },
                { { QStringLiteral("kind") },
                    Tr::tr("classic (default): the Studio (classic) services; azureml: the Azure Machine "
                           "Learning workspace and endpoint of the file's \"azureml\" section (HTTPS, with "
                           "the sandbox's CA certificate), as profile \"Azure ML sandbox\" unless NAME is "
                           "given."),
                    QStringLiteral("KIND") } } });

        const QString connection = Tr::tr(
            "\nThe storage account comes from --connection-string, else AZURE_STORAGE_CONNECTION_STRING, "
            "else the profile (--profile, default the last used one) and its keychain secrets.");
        c.append({ QStringLiteral("storage"), QStringLiteral("check"),
            Tr::tr("Check that the storage account is reachable and the credentials work."), connection, {},
            0, 0, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("containers"), Tr::tr("List the containers."),
            connection, {}, 0, 0, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("mkcontainer"),
            Tr::tr("Create a container (succeeds if it already exists)."), connection,
            { { QStringLiteral("NAME"),
                Tr::tr("Container name: 3-63 lowercase letters, digits and single hyphens."), {} } },
            1, 1, {} });
        c.append({ QStringLiteral("storage"), QStringLiteral("ls"), Tr::tr("List the blobs of a container."),
            connection, { { QStringLiteral("CONTAINER"), Tr::tr("Container name."), {} } }, 1, 1,
            { { { QStringLiteral("prefix") }, Tr::tr("Only blobs whose name starts with P."),
                QStringLiteral("P") } } });
        c.append({ QStringLiteral("storage"), QStringLiteral("upload"),
            Tr::tr("Upload a file as a block blob (resumable: run the same command again after an "
                   "interruption and the blocks already sent are skipped)."),
            connection + Tr::tr("\nProgress goes to stderr, the result to stdout."),
            { { QStringLiteral("FILE"), Tr::tr("The local file to upload."), {} },
                { QStringLiteral("CONTAINER/BLOB"),
                    Tr::tr("Destination container and blob name; CONTAINER/ uses the file's name."), {} } },
            2, 2,
            { { { QStringLiteral("block-size") },
                  Tr::tr("Block size in MiB (default: automatic, 4 MiB doubled as needed). An interrupted "
                         "upload resumes only with the same block size."),
                  QStringLiteral("MiB") },
                { { QStringLiteral("concurrency") }, Tr::tr("Blocks in flight, 1 to 6 (default: automatic)."),
                    QStringLiteral("N") } } });
        c.append({ QStringLiteral("storage"), QStringLiteral("download"),
            Tr::tr("Download a blob to a file (checked against the blob's MD5 when it has one)."),
            connection + Tr::tr("\nProgress goes to stderr, the result to stdout."),
            { { QStringLiteral("CONTAINER/BLOB"), Tr::tr("The blob to download."), {} },
                { QStringLiteral("FILE"),
                    Tr::tr("Destination file, or an existing directory to download into."), {} } },
            2, 2,
            { { { QStringLiteral("overwrite") }, Tr::tr("Replace FILE if it already exists."), {} } } });
        c.append(retrainCommandSpecs());
        c.append(evaluateCommandSpecs());
        c.append(serviceCommandSpecs());
        c.append(endpointCommandSpecs());
        c.append(modelCommandSpecs());
        c.append(historyCommandSpecs());
        addSignInOptions(c);
        return c;
    }();
    return all;
}

const CommandSpec *findCommand(const QString &group, const QString &name)
{
    for (const CommandSpec &c : commands())
        if (c.group == group && c.name == name)
            return &c;
    return nullptr;
}

} // namespace mlr::cli
