# Champion/challenger evaluation and the check/evaluate CLI against mlstudio-local + Azurite
# (owner: SCHEMA). Each test starts its own seeded mlstudio-local.
mlr_add_studio_test(evaluation SOURCES tst_evaluation.cpp LABELS integration ml TIMEOUT 300)
mlr_add_studio_test(cli_evaluate SOURCES tst_cli_evaluate.cpp LABELS integration cli ml TIMEOUT 300)
mlr_add_studio_test(evaluation_datacheck SOURCES tst_evaluation_datacheck.cpp LABELS integration ml TIMEOUT 300)
