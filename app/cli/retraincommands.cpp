// retrain submit | status | wait | cancel | jobs: the command table's entries of the group and
// the factory. The commands are in submitcommand.cpp and jobcommands.cpp, their shared part in
// retraincommand.cpp.
#include "retraincommands.h"

#include "amlretraincommands.h"
#include "joblookup.h"
#include "retraincommand.h"

namespace mlr::cli {

QList<CommandSpec> retrainCommandSpecs()
{
    const PositionalSpec job { QStringLiteral("JOB"), Command::tr("The job id (see 'retrain jobs')."), {} };
    const QString keys
        = Command::tr("\nThe training service (trainingBatchUrl, trainingServiceName) and the container come "
                      "from the profile "
                      "(--profile, default the last used one); its API key from the keychain (profile secret "
                      "trainingApiKey) or "
                      "the environment variable %1; the storage account as for the storage commands. Jobs "
                      "are recorded in the "
                      "job journal (jobs.json in the application data folder, or $MLR_DATA_DIR).")
              .arg(QString::fromLatin1(trainingKeyVariable));
    return {
        { QStringLiteral("retrain"), QStringLiteral("submit"),
            Command::tr(
                "Check a CSV, upload it and run the retraining web service on it (prints the job id)."),
            keys
                + Command::tr(
                    "\nThe blobs go to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX: 4 random hex digits; "
                    "input.csv, model.ilearner, "
                    "evaluation.csv, scored.csv). The job gets short-lived SAS references (read-only for "
                    "the input, create+write for each output) unless --connection-string-refs is given."),
            {}, 0, 0,
            { { { QStringLiteral("input") }, Command::tr("The training data (CSV)."),
                  QStringLiteral("FILE") },
                { { QStringLiteral("param") },
                    Command::tr(
                        "A global parameter of the service (repeatable); others keep their defaults."),
                    QStringLiteral("NAME=VALUE"), true },
                { { QStringLiteral("output") },
                    Command::tr(
                        "Blob (in the profile's container) for an output, instead of the generated one "
                        "(repeatable)."),
                    QStringLiteral("NAME=BLOB"), true },
                { { QStringLiteral("label") },
                    Command::tr("The label column for the data check (default: inferred)."),
                    QStringLiteral("COLUMN") },
                { { QStringLiteral("skip-check") }, Command::tr("Do not check the data before uploading it."),
                    {} },
                { { QStringLiteral("endpoint") },
                    Command::tr("Azure ML profiles: the online endpoint whose production model is retrained "
                                "(default: the profile's endpoint)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("job-name") },
                    Command::tr("Azure ML profiles: the new job's name (default: "
                                "ENDPOINT-retrain-YYYYMMDD-HHMMSS-XXXX)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("job-file") },
                    Command::tr(
                        "Azure ML profiles: the job to re-run, when the model in production names no job: "
                        "the JSON of GET jobs/{name}, or an az ml job create --file command-job YAML "
                        "(.yml, .yaml)."),
                    QStringLiteral("FILE") },
                { { QStringLiteral("show-commands") },
                    Command::tr("Azure ML profiles: also print the equivalent curl and az ml commands."),
                    {} },
                { { QStringLiteral("own-storage") },
                    Command::tr(
                        "Azure ML profiles: upload with the profile's storage account (as the storage "
                        "commands use it) instead of the key the workspace gives for its datastore."),
                    {} },
                { { QStringLiteral("data-input") },
                    Command::tr("Azure ML profiles: the job input that takes the new data (default: "
                                "training_data, or "
                                "the job's only file or folder input)."),
                    QStringLiteral("NAME") },
                { { QStringLiteral("wait") },
                    Command::tr("Follow the job to its end (exit 1 unless it finished)."), {} },
                { { QStringLiteral("connection-string-refs") },
                    Command::tr("Give the job the account-key connection string instead of SAS references."),
                    {} } } },
        { QStringLiteral("retrain"), QStringLiteral("status"),
            Command::tr("Show a job's state, outputs and the service's details."), keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("wait"),
            Command::tr(
                "Follow a job to its end (exit 0 when it finished, 1 when it failed or was cancelled)."),
            keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("cancel"),
            Command::tr("Cancel a job that has not ended."), keys, { job }, 1, 1, {} },
        { QStringLiteral("retrain"), QStringLiteral("jobs"), Command::tr("List the jobs of the job journal."),
            keys, {}, 0, 0, {} },
    };
}

// The back end is picked here, once: a profile of kind azureml submits an Azure ML (v2) job;
// a JOB is the journal's record of its kind, else a job of the selected profile's kind.
std::unique_ptr<Command> createRetrainCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    const auto azureMlProfile = [&context] {
        const auto profile = context.selectedProfile(nullptr);
        return profile && profile->isAzureMl();
    };
    if (inv.command == u"submit")
        return azureMlProfile() ? createAmlSubmitCommand(context) : createSubmitCommand(context);
    if ((inv.command == u"status" || inv.command == u"wait" || inv.command == u"cancel")
        && !inv.args.isEmpty()) {
        Error error;
        bool missing = false;
        if (const auto record = journaledJob(inv.args.first(), &error, &missing)) {
            if (record->kind == ml::JobKind::AzureMl)
                return createAmlJobCommand(context, *record, true);
        } else if (missing && azureMlProfile()) {
            ml::JobRecord named;
            named.kind = ml::JobKind::AzureMl;
            named.jobId = inv.args.first();
            return createAmlJobCommand(context, named, false);
        }
    }
    return createJobCommand(context);
}

} // namespace mlr::cli
