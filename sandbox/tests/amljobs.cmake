# Tests of mlstudio-amljobs (sandbox/azureml/jobs): components, job specs, running jobs on
# the engine, online scoring, MLflow answers. Included from CMakeLists.txt.
sandbox_add_test(amljobs_spec SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amljobsspec.cpp
    LABELS "sandbox;azureml" LIBS mlstudio-amljobs)
sandbox_add_test(amljobs_run SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amljobsrun.cpp
    LABELS "sandbox;azureml" LIBS mlstudio-amljobs)
sandbox_add_test(amljobs_score SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amljobsscore.cpp
    LABELS "sandbox;azureml" LIBS mlstudio-amljobs)
