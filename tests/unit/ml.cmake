# BES client, job monitor, outputs, blob references and the job journal (no network).
mlr_add_test(besclient SOURCES tst_besclient.cpp LABELS unit ml)
mlr_add_test(besoutputs SOURCES tst_besoutputs.cpp LABELS unit ml)
