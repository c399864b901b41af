#include "pagehelp.h"

namespace mlr::gui {

namespace {
// The translation context of the Azure Machine Learning (v2) help texts.
struct AmlHelp
{
    Q_DECLARE_TR_FUNCTIONS(mlr::gui::AmlPageHelp)

public:
    static PageHelp credentials()
    {
        return { tr("Step 1 of 5: Credentials"),
            tr("<p>Choose the connection profile to work with, or create one of the kind <i>Azure "
               "Machine Learning workspace</i>. Sign in to Azure with the application's client "
               "secret, or with a device code in a browser, then choose the subscription, the "
               "workspace and the managed online endpoint that serves the model in production "
               "from the lists.</p>"
               "<p>The client secret is kept in the system keychain, never in the profile file; "
               "access tokens stay in memory. For the local sandbox (mlstudio-local), the "
               "profile names the sandbox's certificate authority file, which is trusted on top "
               "of the system's: certificate checks stay on.</p>"),
            { QStringLiteral("mlretrain-cli profile from-sandbox DIR/demo.json"),
                QStringLiteral("mlretrain-cli profile set NAME kind=azureml tenantId=TENANT clientId=APP "
                               "subscriptionId=SUB resourceGroup=GROUP workspace=WS endpoint=ENDPOINT"),
                QStringLiteral("mlretrain-cli --profile NAME endpoint list"),
                QStringLiteral("az ml online-endpoint list --workspace-name WS --resource-group GROUP") },
            QStringLiteral("mlretrain-cli help endpoint") };
    }

    static PageHelp storage()
    {
        return { tr("Step 2 of 5: Storage"),
            tr("<p>The new training data goes to the workspace's <b>default datastore</b>: its "
               "storage account and container are shown, and its key is read from the workspace "
               "(it is never stored). When the datastore has no account key, or you prefer your "
               "own credentials, choose <b>My own storage credentials</b> for the same "
               "account.</p>"
               "<p>Nothing is uploaded yet: the data file is checked and uploaded on the next "
               "step.</p>"),
            { QStringLiteral("az ml datastore show --name workspaceblobstore --workspace-name WS "
                             "--resource-group GROUP"),
                QStringLiteral("mlretrain-cli retrain submit --input DATA.csv --own-storage") },
            QStringLiteral("mlretrain-cli help retrain") };
    }

    static PageHelp submit()
    {
        return { tr("Step 3 of 5: Submit"),
            tr("<p>The model in production is the one behind the endpoint's deployment with the "
               "most traffic; retraining re-runs the job that trained it on new data. Choose the "
               "new CSV file: every row is checked against that model's input schema before a byte "
               "is uploaded.</p>"
               "<p><b>Upload and submit</b> uploads the file to the datastore, creates the job (a "
               "copy of the production model's job with the new data as its training input) and "
               "follows it until it ends. The job is recorded, so closing the wizard does not lose "
               "it: the next start offers to follow it again. <b>Cancel</b> asks the workspace to "
               "stop the job.</p>"),
            { QStringLiteral("mlretrain-cli retrain submit --input DATA.csv --wait"),
                QStringLiteral("mlretrain-cli retrain status JOB"),
                QStringLiteral("mlretrain-cli retrain cancel JOB"),
                QStringLiteral("az ml job show --name JOB --workspace-name WS --resource-group GROUP") },
            QStringLiteral("mlretrain-cli help retrain") };
    }

    static PageHelp evaluate()
    {
        return { tr("Step 4 of 5: Evaluate"),
            tr("<p>The new job's metrics are compared with those of the job that trained the model "
               "in production. When the job writes its scored test rows, the production "
               "deployment scores the same rows, so both models are compared on exactly the same "
               "data: metrics side by side, curves and confusion matrices.</p>"
               "<p>The <b>promotion gate</b> says whether the new model is good enough to go to "
               "production, by the rules of the profile.</p>"),
            { QStringLiteral("mlretrain-cli retrain evaluate JOB"),
                QStringLiteral("mlretrain-cli report JOB report.html") },
            QStringLiteral("mlretrain-cli help retrain") };
    }

    static PageHelp update()
    {
        return { tr("Step 5 of 5: Update"),
            tr("<p>The endpoint's deployments and how its traffic is split are shown. "
               "<b>Deploy</b> backs up the endpoint, registers the new model version, creates a "
               "new deployment next to the current one with no traffic, and scores the same sample "
               "rows on both (blue/green): you see both predictions side by side before any user "
               "does.</p>"
               "<p>Traffic then moves in the stages you choose (for example 10 % then 100 %), each "
               "confirmed and read back from Azure. <b>Roll back</b> puts all the traffic back on "
               "the previous deployment at once. The old deployment is deleted only when you "
               "<b>Retire</b> it, after the new one has all the traffic.</p>"
               "<p><b>Show commands</b> gives the same steps as <tt>az ml</tt> commands and REST "
               "calls.</p>"),
            { QStringLiteral("mlretrain-cli endpoint rollout --from-job JOB --stages 10,100 --show-commands"),
                QStringLiteral("mlretrain-cli endpoint rollout --from-job JOB --stages 10,100"),
                QStringLiteral("mlretrain-cli endpoint rollback"),
                QStringLiteral("mlretrain-cli endpoint retire"), QStringLiteral("mlretrain-cli history") },
            QStringLiteral("mlretrain-cli help endpoint") };
    }
};
} // namespace

PageHelp amlPageHelp(const QString &page)
{
    if (page == u"credentials")
        return AmlHelp::credentials();
    if (page == u"storage")
        return AmlHelp::storage();
    if (page == u"submit")
        return AmlHelp::submit();
    if (page == u"evaluate")
        return AmlHelp::evaluate();
    if (page == u"update")
        return AmlHelp::update();
    return {};
}

} // namespace mlr::gui
