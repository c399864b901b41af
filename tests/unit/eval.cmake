# Model evaluation: parsing, metrics, threshold index, curves, comparison, promotion gate.
mlr_add_test(evalcsv SOURCES tst_evalcsv.cpp LABELS unit eval)
mlr_add_test(evalmetrics SOURCES tst_evalmetrics.cpp LABELS unit eval)
mlr_add_test(gate SOURCES tst_gate.cpp LABELS unit eval)
# Recomputed metrics against the service's own Evaluate Model output on the same rows
# (mlstudio-engine, used by this test only; app/core never links the sandbox).
if(TARGET mlstudio-engine)
    mlr_add_test(evalengine SOURCES tst_evalengine.cpp LABELS unit eval LIBS mlstudio-engine)
endif()
