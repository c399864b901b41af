# The BES client, the submission and the job monitor against mlstudio-local + Azurite,
# with injected faults, a restart mid-job, cancellation and bad input.
mlr_add_studio_test(besflow SOURCES tst_besflow.cpp LABELS integration ml TIMEOUT 300)

# mlretrain-cli profile from-sandbox + retrain submit/status/wait/cancel/jobs, through QProcess.
mlr_add_studio_test(cli_retrain SOURCES tst_cli_retrain.cpp LABELS integration cli ml TIMEOUT 300)
