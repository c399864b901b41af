// retrain submit | status | wait | cancel | jobs: the command table's entries of the group and
// the factory. The commands are in submitcommand.cpp and jobcommands.cpp, their shared part in
// retraincommand.cpp.
#include "retraincommands.h"

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

std::unique_ptr<Command> createRetrainCommand(Context &context)
{
    if (context.invocation().command == u"submit")
        return createSubmitCommand(context);
    return createJobCommand(context);
}

} // namespace mlr::cli
