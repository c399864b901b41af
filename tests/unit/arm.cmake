# ARM (issue 5) without a network: sign-in and tokens, the web services client and its
# long-running operations over a fake QNetworkAccessManager, definition handling.
mlr_add_test(armdefinition SOURCES tst_armdefinition.cpp LABELS unit arm)
target_compile_definitions(tst_armdefinition PRIVATE MLR_ARM_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/arm")
mlr_add_test(armsignin SOURCES tst_armsignin.cpp LABELS unit arm)
mlr_add_test(armclient SOURCES tst_armclient.cpp LABELS unit arm)
mlr_add_test(armupdate SOURCES tst_armupdate.cpp LABELS unit arm)
mlr_add_test(armcommands SOURCES tst_armcommands.cpp LABELS unit arm)
# The long-running-operation follower (issue 14): Azure-AsyncOperation, Location, the resource,
# Retry-After, the timeout, the token's host rule and cancellation, over a fake network.
mlr_add_test(armlrofollower SOURCES tst_lrofollower.cpp LABELS unit arm)
# The update guard (issue 12): a job's state, pair, model blob and schema; scoring errors;
# rollback choices (pure) and the jobs over a fake QNetworkAccessManager.
mlr_add_test(armupdateguard SOURCES tst_armupdateguard.cpp armguardfixtures.h LABELS unit arm)
mlr_add_test(armupdateflow SOURCES tst_armupdateflow.cpp armguardfixtures.h LABELS unit arm)
