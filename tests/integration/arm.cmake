# ARM (issue 5) against a private mlstudio-local + Azurite: sign-in, list/get/keys, the guarded
# model update with backup, read-back and rollback, and every fault of the issue.
mlr_add_studio_test(armflow SOURCES tst_armflow.cpp LABELS integration arm TIMEOUT 300)
# Azure ML (v2) in the core (issue 14) against the sandbox's HTTPS listener.
mlr_add_studio_test(azureml_core SOURCES tst_azuremlcore.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS integration azureml TIMEOUT 240)
# The v2 evaluation (issue 14, Evaluate): a retrain judged against the production deployment.
mlr_add_studio_test(azureml_evaluation SOURCES tst_azuremlevaluation.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS integration azureml TIMEOUT 300)
# The Azure ML (v2) roll-out (issue 14): rollout, re-run, rollback, retire, faults, over HTTPS.
mlr_add_studio_test(azureml_rollout SOURCES tst_azuremlrollout.cpp LABELS integration azureml TIMEOUT 300)
