#include "pagehelp.h"

namespace mlr::gui {

namespace {
// The translation context of the help texts.
struct Help
{
    Q_DECLARE_TR_FUNCTIONS(mlr::gui::PageHelp)

public:
    static PageHelp credentials()
    {
        return { tr("Step 1 of 5: Credentials"),
            tr("<p>Choose the connection profile to work with, or create one. A profile names the "
               "storage account that holds the training data and the models, the retraining web "
               "service (its batch execution endpoint and API key), the predictive web service in "
               "production and the Azure Resource Manager settings used to update it.</p>"
               "<p>Keys and secrets are kept in the system keychain, never in the profile file. "
               "<b>Test</b> lists the containers of the storage account to prove the key works; a "
               "key is never sent over plain HTTP except to this computer.</p>"
               "<p>Against the local sandbox (mlstudio-local), <b>Create services…</b> deploys a new "
               "retraining and predictive web service pair for your CSV file.</p>"),
            { QStringLiteral("mlretrain-cli profile list"), QStringLiteral("mlretrain-cli profile show NAME"),
                QStringLiteral("mlretrain-cli profile set NAME KEY=VALUE..."),
                QStringLiteral("mlretrain-cli --profile NAME storage check"),
                QStringLiteral("mlretrain-cli service create --template two-class --schema-from DATA.csv "
                               "--label COLUMN NAME") },
            QStringLiteral("mlretrain-cli help profile") };
    }

    static PageHelp storage()
    {
        return { tr("Step 2 of 5: Storage"),
            tr("<p>Pick the container that receives the new training data and the job's outputs "
               "(the trained model <tt>.ilearner</tt>, the evaluation and the scored rows), or "
               "create one. Names are 3 to 63 lowercase letters, digits and hyphens.</p>"
               "<p>Nothing is uploaded yet: the data file is checked and uploaded on the next "
               "step.</p>"),
            { QStringLiteral("mlretrain-cli storage containers"),
                QStringLiteral("mlretrain-cli storage mkcontainer NAME"),
                QStringLiteral("mlretrain-cli storage ls CONTAINER") },
            QStringLiteral("mlretrain-cli help storage") };
    }

    static PageHelp submit()
    {
        return { tr("Step 3 of 5: Submit"),
            tr("<p>Choose the new training data (a CSV file). Before a byte is uploaded, every row "
               "is checked against the columns and types the retraining service expects; each "
               "problem is shown with its line and column.</p>"
               "<p>The global parameters of the retraining service start at their defaults and can be "
               "edited. <b>Upload and submit</b> uploads the file, creates the batch execution job, starts "
               "it and "
               "follows it until it ends. The job is recorded, so closing the wizard does not lose "
               "it: the next start offers to follow it again. <b>Cancel</b> stops the upload, or asks "
               "the service to stop the job.</p>"),
            { QStringLiteral("mlretrain-cli retrain check DATA.csv"),
                QStringLiteral("mlretrain-cli retrain submit --input DATA.csv --wait"),
                QStringLiteral("mlretrain-cli retrain status JOB"),
                QStringLiteral("mlretrain-cli retrain cancel JOB") },
            QStringLiteral("mlretrain-cli help retrain") };
    }

    static PageHelp evaluate()
    {
        return { tr("Step 4 of 5: Evaluate"),
            tr("<p>The retrained model and the model in production score exactly the same rows, "
               "and their metrics are compared side by side, with the difference of each. The "
               "charts (ROC and precision/recall curves, confusion matrices) have the same figures "
               "in tables next to them.</p>"
               "<p>The <b>promotion gate</b> says whether the new model is good enough to replace "
               "the one in production, by the rules of the profile. Hover over a metric for a short "
               "explanation of it.</p>"),
            { QStringLiteral("mlretrain-cli retrain evaluate JOB"),
                QStringLiteral("mlretrain-cli report JOB report.html") },
            QStringLiteral("mlretrain-cli help retrain") };
    }

    static PageHelp update()
    {
        return { tr("Step 5 of 5: Update"),
            tr("<p>Sign in to Azure Resource Manager and choose the <i>predictive</i> web service "
               "to update. The guard refuses a training service, a read-only service or one "
               "without a trained model asset, and warns when the model lives in another storage "
               "account.</p>"
               "<p><b>Update</b> first saves a backup of the current definition, changes only the "
               "trained model's location, waits for the operation, reads the service back to "
               "check the change took effect, then scores sample rows before and after. Every "
               "update can be undone with <b>Roll back</b>, through the same checks.</p>"
               "<p><b>Show commands</b> gives the same steps as REST calls and as PowerShell "
               "cmdlets.</p>"),
            { QStringLiteral("mlretrain-cli service list"),
                QStringLiteral("mlretrain-cli service update NAME --from-job JOB --show-commands"),
                QStringLiteral("mlretrain-cli service update NAME --from-job JOB"),
                QStringLiteral("mlretrain-cli service rollback NAME"),
                QStringLiteral("mlretrain-cli history") },
            QStringLiteral("mlretrain-cli help service") };
    }
};
} // namespace

PageHelp pageHelp(const QString &page, bool azureMl)
{
    if (azureMl)
        return amlPageHelp(page);
    if (page == u"credentials")
        return Help::credentials();
    if (page == u"storage")
        return Help::storage();
    if (page == u"submit")
        return Help::submit();
    if (page == u"evaluate")
        return Help::evaluate();
    if (page == u"update")
        return Help::update();
    return {};
}

} // namespace mlr::gui
