mlr_add_test(redaction SOURCES tst_redaction.cpp LABELS unit)
mlr_add_test(retrypolicy SOURCES tst_retrypolicy.cpp LABELS unit)
mlr_add_test(httpcall SOURCES tst_httpcall.cpp LABELS unit)
mlr_add_test(threadscheduling SOURCES tst_threadscheduling.cpp LABELS unit)
