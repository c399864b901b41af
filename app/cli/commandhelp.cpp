// The help's extras of every command: examples, option defaults and extra exit codes. The help
// test (tst_cli) walks the command table and fails for a command without them.
#include "commandline.h"
#include "commandlineparts.h"

namespace mlr::cli {

namespace {

using detail::Tr;

CommandExample ex(const QString &what, const char *arguments)
{
    return { what, QString::fromLatin1(toolName) + u' ' + QString::fromLatin1(arguments) };
}

QMap<QString, CommandHelpExtras> table()
{
    QMap<QString, CommandHelpExtras> h;
    const QString required = Tr::tr("none; required");
    // profile
    h[QStringLiteral("profile list")].examples
        = { ex(Tr::tr("List the profiles as JSON:"), "--json profile list") };
    h[QStringLiteral("profile show")].examples
        = { ex(Tr::tr("Show the profile \"work\":"), "profile show work") };
    h[QStringLiteral("profile set")].examples
        = { ex(Tr::tr("Point the profile \"work\" at a container and read its SAS from a file:"),
                "profile set work container=training sas=- < sas.txt"),
              ex(Tr::tr("Clear a setting:"), "profile set work container=") };
    h[QStringLiteral("profile delete")].examples
        = { ex(Tr::tr("Delete the profile \"old\" and its secrets:"), "profile delete old") };
    h[QStringLiteral("profile from-sandbox")].examples
        = { ex(Tr::tr("A profile for mlstudio-local's demo services:"),
            "profile from-sandbox ~/sandbox/demo.json") };
    // storage
    h[QStringLiteral("storage check")].examples = { ex(
        Tr::tr("Check the storage account of the profile \"work\":"), "--profile work storage check") };
    h[QStringLiteral("storage containers")].examples
        = { ex(Tr::tr("List the containers:"), "storage containers") };
    h[QStringLiteral("storage mkcontainer")].examples
        = { ex(Tr::tr("Create the container \"training\":"), "storage mkcontainer training") };
    h[QStringLiteral("storage ls")].examples = { ex(
        Tr::tr("List the blobs under census/ in \"training\":"), "storage ls training --prefix census/") };
    h[QStringLiteral("storage ls")].defaults = { { QStringLiteral("prefix"), Tr::tr("none (every blob)") } };
    h[QStringLiteral("storage upload")].examples
        = { ex(Tr::tr("Upload a CSV under its own name:"), "storage upload census.csv training/"),
              ex(Tr::tr("Upload with 16 MiB blocks, 4 at a time:"),
                  "storage upload big.csv training/big.csv --block-size 16 --concurrency 4") };
    h[QStringLiteral("storage download")].examples = { ex(
        Tr::tr("Download a blob into the current folder:"), "storage download training/census.csv .") };
    // retrain
    CommandHelpExtras &submit = h[QStringLiteral("retrain submit")];
    submit.examples = { ex(Tr::tr("Check, upload and submit new training data, and wait for the job:"),
                            "retrain submit --input census-new.csv --wait"),
        ex(Tr::tr("Set two of the service's global parameters:"),
            "retrain submit --input census-new.csv --param \"Number of trees=8\" --param Seed=7") };
    submit.defaults = { { QStringLiteral("input"), required },
        { QStringLiteral("param"), Tr::tr("the service's own defaults") },
        { QStringLiteral("output"), Tr::tr("a blob next to the uploaded input (model.ilearner, ...)") },
        { QStringLiteral("job-file"), Tr::tr("none (the job the model in production names)") } };
    submit.examples.append(
        ex(Tr::tr("An Azure ML profile: re-run the job of the endpoint's model on new data:"),
            "retrain submit --input census-new.csv --wait --profile \"Azure ML sandbox\""));
    submit.examples.append(
        ex(Tr::tr("An Azure ML profile whose model names no job: re-run the job an az ml YAML defines:"),
            "retrain submit --input census-new.csv --job-file train-job.yml --wait"));
    submit.exitCodes = { Tr::tr("1    also: with --wait, the job failed or was cancelled") };
    h[QStringLiteral("retrain status")].examples
        = { ex(Tr::tr("The state and outputs of a job:"), "retrain status 3f2a9c0d41b84d6e") };
    h[QStringLiteral("retrain wait")].examples
        = { ex(Tr::tr("Wait for a job to end:"), "retrain wait 3f2a9c0d41b84d6e") };
    h[QStringLiteral("retrain wait")].exitCodes = { Tr::tr("1    also: the job failed or was cancelled") };
    h[QStringLiteral("retrain cancel")].examples
        = { ex(Tr::tr("Cancel a running job:"), "retrain cancel 3f2a9c0d41b84d6e") };
    h[QStringLiteral("retrain jobs")].examples = { ex(Tr::tr("The jobs of this computer:"), "retrain jobs") };
    h[QStringLiteral("retrain check")].examples
        = { ex(Tr::tr("Check a CSV before submitting it:"), "retrain check census-new.csv") };
    h[QStringLiteral("retrain check")].exitCodes = { Tr::tr("1    also: the data check found an error") };
    CommandHelpExtras &evaluate = h[QStringLiteral("retrain evaluate")];
    evaluate.examples = { ex(Tr::tr("Compare a job's model with the one in production:"),
                              "retrain evaluate 3f2a9c0d41b84d6e"),
        ex(Tr::tr("The same with a stricter gate, as JSON:"),
            "--json retrain evaluate 3f2a9c0d41b84d6e --gate \"AUC loss <= 0.005\"") };
    evaluate.defaults = { { QStringLiteral("gate"), Tr::tr("the profile's promotionGate") } };
    evaluate.exitCodes = { Tr::tr("3    the new model failed the promotion gate") };
    // service
    const QString asset = Tr::tr("the service's only trained model asset");
    h[QStringLiteral("service list")].examples
        = { ex(Tr::tr("The web services of the profile:"), "service list"),
              ex(Tr::tr("Sign in with your account (a device code) and stay signed in for later commands:"),
                  "service list --device-code --remember") };
    h[QStringLiteral("service get")].examples
        = { ex(Tr::tr("A service's whole definition:"), "--json service get census-predictive") };
    h[QStringLiteral("service export")].examples
        = { ex(Tr::tr("Export a definition to a file:"), "service export census-predictive census.json") };
    CommandHelpExtras &import = h[QStringLiteral("service import")];
    import.examples = { ex(Tr::tr("Create a copy of a service from an exported definition:"),
        "service import census.json census-copy --commitment-plan /subscriptions/.../commitmentPlans/plan") };
    import.defaults = { { QStringLiteral("commitment-plan"), Tr::tr("none (the file's own, if any)") } };
    CommandHelpExtras &create = h[QStringLiteral("service create")];
    create.examples = { ex(Tr::tr("Create a service from a definition file:"),
                            "service create --definition census.json census-copy --commitment-plan ID"),
        ex(Tr::tr("A retraining and predictive pair for a CSV (mlstudio-local):"),
            "service create --template two-class --schema-from census.csv --label income census") };
    create.defaults
        = { { QStringLiteral("definition"), Tr::tr("none; --definition or --template is required") },
              { QStringLiteral("commitment-plan"), Tr::tr("none (the file's own, if any)") },
              { QStringLiteral("template"), Tr::tr("none") },
              { QStringLiteral("schema-from"), Tr::tr("none; required with --template") },
              { QStringLiteral("label"), Tr::tr("none; required with --template") },
              { QStringLiteral("learner"), Tr::tr("the template's learner") },
              { QStringLiteral("integer-columns"), Tr::tr("none: every numeric column is Number") } };
    CommandHelpExtras &update = h[QStringLiteral("service update")];
    update.examples = { ex(Tr::tr("See the change, the guard and the gate verdict, then decide:"),
                            "service update census-predictive --from-job 3f2a9c0d41b84d6e"),
        ex(Tr::tr("Apply it in a script, with the equivalent commands:"),
            "service update census-predictive --from-job 3f2a9c0d41b84d6e --yes --show-commands") };
    update.defaults = { { QStringLiteral("from-job"), required }, { QStringLiteral("asset"), asset } };
    update.exitCodes
        = { Tr::tr("1    also: refused by the guard, not applied (no --yes), not verified, or the "
                   "smoke test failed") };
    CommandHelpExtras &rollback = h[QStringLiteral("service rollback")];
    rollback.examples = { ex(Tr::tr("Put back the model of the newest backup:"),
                              "service rollback census-predictive --yes"),
        ex(Tr::tr("Put back the model of a given backup:"),
            "service rollback census-predictive --to backups/census-predictive-20250101-120000.json --yes") };
    rollback.defaults
        = { { QStringLiteral("to"),
                Tr::tr("the newest backup of NAME whose model exists and is not the current one") },
              { QStringLiteral("asset"), asset } };
    rollback.exitCodes = update.exitCodes;
    h[QStringLiteral("service smoke")].examples
        = { ex(Tr::tr("Score the sample rows:"), "service smoke census-predictive") };
    h[QStringLiteral("endpoint show")].examples = {
        ex(Tr::tr("What the profile's endpoint serves, and the job that trained it:"),
            "endpoint show --profile \"Azure ML sandbox\""),
        ex(Tr::tr("Another endpoint of the workspace, as JSON:"), "--json endpoint show housing-endpoint")
    };
    h[QStringLiteral("endpoint list")].examples = { ex(Tr::tr("The workspace's endpoints and their traffic:"),
                                                        "endpoint list --profile \"Azure ML sandbox\""),
        ex(Tr::tr("The same, signing in with your account (a device code):"),
            "endpoint list --device-code") };
    h[QStringLiteral("endpoint rollout")].examples = {
        ex(Tr::tr("Roll the retrained model out, 10 % then 100 %, without questions:"),
            "endpoint rollout --from-job census-endpoint-retrain-20261207-101500-3f2a --yes"),
        ex(Tr::tr("Stop at 10 % (a canary); run it again later to go on:"),
            "endpoint rollout --from-job census-endpoint-retrain-20261207-101500-3f2a --until 10 --yes"),
        ex(Tr::tr("Slower stages, with the equivalent commands:"),
            "endpoint rollout census-endpoint --from-job JOB --stages 5,25,50,100 --show-commands")
    };
    h[QStringLiteral("endpoint rollout")].defaults = { { QStringLiteral("from-job"), required },
        { QStringLiteral("until"), Tr::tr("none (every stage)") } };
    h[QStringLiteral("endpoint smoke")].defaults = { { QStringLiteral("sample"), required },
        { QStringLiteral("deployment"), Tr::tr("the production deployment") },
        { QStringLiteral("label"), Tr::tr("none (every column is sent)") } };
    h[QStringLiteral("endpoint traffic")].examples = { ex(
        Tr::tr("Split the traffic by hand:"), "endpoint traffic census-endpoint blue=90 green=10 --yes") };
    h[QStringLiteral("endpoint rollback")].examples
        = { ex(Tr::tr("Put the traffic back as before the last roll-out:"), "endpoint rollback --yes") };
    h[QStringLiteral("endpoint retire")].examples
        = { ex(Tr::tr("Delete the deployment the last roll-out replaced:"), "endpoint retire --yes"),
              ex(Tr::tr("Delete a named deployment:"), "endpoint retire census-endpoint blue --yes") };
    h[QStringLiteral("endpoint smoke")].examples
        = { ex(Tr::tr("Score rows on green (at 0 %) and compare with production:"),
            "endpoint smoke --deployment green --sample new.csv --label income") };
    h[QStringLiteral("model list")].examples = { ex(Tr::tr("The registered models:"), "model list"),
        ex(Tr::tr("The versions of one model, newest first:"), "model list census-income") };
    h[QStringLiteral("model show")].examples
        = { ex(Tr::tr("The latest version and the job that trained it:"), "model show census-income"),
              ex(Tr::tr("One version, as JSON:"), "--json model show census-income 1") };
    // history, report
    h[QStringLiteral("history")].examples
        = { ex(Tr::tr("Everything that happened to a service:"), "history --service census-predictive") };
    h[QStringLiteral("history")].defaults = { { QStringLiteral("service"), Tr::tr("every service") },
        { QStringLiteral("job"), Tr::tr("every job") } };
    h[QStringLiteral("report")].examples
        = { ex(Tr::tr("A job's decision report as PDF:"), "report 3f2a9c0d41b84d6e decision.pdf") };
    return h;
}

} // namespace

CommandHelpExtras commandHelpExtras(const QString &commandPath)
{
    static const QMap<QString, CommandHelpExtras> all = table();
    return all.value(commandPath);
}

} // namespace mlr::cli
