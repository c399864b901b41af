# Service swagger, data check and RRS client unit tests (owner: SCHEMA). No network: captured
# documents under tests/data/ml and a fake QNetworkAccessManager.
mlr_add_test(swagger SOURCES tst_swagger.cpp LABELS unit ml)
target_compile_definitions(tst_swagger PRIVATE MLR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/ml")
mlr_add_test(datacheck SOURCES tst_datacheck.cpp LABELS unit ml)
target_compile_definitions(tst_datacheck PRIVATE MLR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/ml")
mlr_add_test(datacheck_labels SOURCES tst_datacheck_labels.cpp LABELS unit ml)
mlr_add_test(rrs SOURCES tst_rrs.cpp LABELS unit ml)
mlr_add_test(rrs_evaluationjob SOURCES tst_rrs_evaluationjob.cpp LABELS unit ml)
target_compile_definitions(tst_rrs_evaluationjob PRIVATE MLR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/ml")
