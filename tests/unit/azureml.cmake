# Azure Machine Learning (v2) in the core: the pure rules (resources, production model, retrain body).
mlr_add_test(azureml_resources SOURCES tst_azuremlresources.cpp LABELS unit azureml)
# Online endpoint scoring and datastore access: the wire and credentials, as pure functions.
mlr_add_test(azureml_scoring SOURCES tst_azuremlscoring.cpp LABELS unit azureml)
# The pure rules of the v2 roll-out: deployment names, bodies, traffic stages, backups, sample rows.
mlr_add_test(azureml_rolloutplan SOURCES tst_azuremlrolloutplan.cpp LABELS unit azureml)
# The equivalent commands of the v2 flow (curl and az ml).
mlr_add_test(azureml_commands SOURCES tst_azuremlcommands.cpp LABELS unit azureml)
# The evaluation's pure parts: metrics.json and MLflow runs, MLmodel signatures, output uris,
# the scored split, judging on reported metrics.
mlr_add_test(azureml_evalparts SOURCES tst_azuremlevalparts.cpp LABELS unit azureml eval)
# `az ml job create --file` YAML -> REST Command job properties, readJobFile's JSON / YAML dispatch.
mlr_add_test(azureml_jobyaml SOURCES tst_azuremljobyaml.cpp LABELS unit azureml)
target_compile_definitions(tst_azureml_jobyaml PRIVATE MLR_JOBYAML_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/jobyaml")
