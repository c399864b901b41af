# History, smoke check rows and the decision report (owner: helper F).
mlr_add_test(history SOURCES tst_history.cpp LABELS unit history)
mlr_add_test(report SOURCES tst_report.cpp LABELS unit report LIBS mlretrain-report)
target_compile_definitions(tst_history PRIVATE MLR_ARM_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/arm")
