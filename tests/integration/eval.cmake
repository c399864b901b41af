# The Evaluate page against mlstudio-local + Azurite (owner: eval): a real retraining job,
# the page loading it through EvaluationJob, offscreen, with the session-only secret store.
if(MLR_BUILD_GUI)
    mlr_add_studio_test(evaluatepage_studio SOURCES tst_evaluatepage_studio.cpp LABELS integration gui eval
        LIBS mlretrain-gui TIMEOUT 300)
    target_include_directories(tst_evaluatepage_studio PRIVATE ${PROJECT_SOURCE_DIR}/tests/gui)
    set_tests_properties(evaluatepage_studio PROPERTIES
        ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
endif()
