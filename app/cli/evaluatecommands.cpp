// retrain check | evaluate: the command table's entries of the two commands and their factory.
// The commands are in datacheckcommand.cpp and evaluatecommand.cpp.
#include "evaluatecommands.h"

#include "amlretraincommands.h"
#include "evaluatecommand.h"
#include "joblookup.h"

namespace mlr::cli {

QList<CommandSpec> evaluateCommandSpecs()
{
    const QString keys = Command::tr(
        "\nThe services come from the profile (--profile, default the last used one); their API keys from "
        "the "
        "keychain (profile secrets trainingApiKey, predictiveApiKey) or the environment variables %1 and %2.")
                             .arg(QString::fromLatin1(trainingKeyVariable),
                                 QString::fromLatin1(predictiveKeyVariable));
    return {
        { QStringLiteral("retrain"), QStringLiteral("check"),
            Command::tr("Check a CSV against the training service's inputs, without uploading it."),
            Command::tr(
                "Reads the training service's swagger.json (from trainingBatchUrl) and checks the file: "
                "encoding, header (missing, extra and duplicate columns), the label column, the column "
                "count of every row, and the values of every number, integer and boolean column. Every "
                "problem is printed with "
                "its line and column. Exit 0 when there is no error (warnings allowed), 1 otherwise.")
                + keys,
            { { QStringLiteral("FILE"), Command::tr("The CSV file to check."), {} } }, 1, 1,
            { { { QStringLiteral("label") },
                Command::tr(
                    "The label column (default: the column the training service takes and the predictive "
                    "one does not)."),
                QStringLiteral("COLUMN") } } },
        { QStringLiteral("retrain"), QStringLiteral("evaluate"),
            Command::tr("Compare a finished job's new model with the one in production on the same rows."),
            Command::tr(
                "Downloads the job's evaluation and scored outputs (through the job's results, or the "
                "profile's storage account), scores the same rows with the predictive service in production "
                "(RRS, in batches), and prints both models' metrics, the deltas and the promotion gate's "
                "verdict. Exit 0 when the gate passes, %1 when it fails, 1 on errors.")
                    .arg(ExitGateFailed)
                + keys,
            { { QStringLiteral("JOB"), Command::tr("The job id (see 'retrain jobs')."), {} } }, 1, 1,
            { { { QStringLiteral("label") },
                  Command::tr("The label column of the scored rows (default: inferred)."),
                  QStringLiteral("COLUMN") },
                { { QStringLiteral("gate") },
                    Command::tr("Promotion rules instead of the profile's promotionGate, e.g. \"AUC loss <= "
                                "0.01; Accuracy "
                                ">= 0.7\"."),
                    QStringLiteral("RULES") } } },
    };
}

std::unique_ptr<Command> createEvaluateCommand(Context &context)
{
    const Invocation &inv = context.invocation();
    if (inv.group != u"retrain")
        return nullptr;
    if (inv.command == u"check")
        return createDataCheckCommand(context);
    if (inv.command == u"evaluate") {
        // An Azure ML (v2) job of the journal is judged against its endpoint's production model.
        Error ignored;
        if (const auto record = journaledJob(inv.args.value(0), &ignored);
            record && record->kind == ml::JobKind::AzureMl)
            return createAmlEvaluateCommand(context, *record);
        return createEvaluationCommand(context);
    }
    return nullptr;
}

} // namespace mlr::cli
