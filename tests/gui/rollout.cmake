# The Update step (roll-out view) of an Azure ML (v2) profile against mlstudio-local over HTTPS
# + Azurite (offscreen, session-only secrets, a private journal and history through MLR_DATA_DIR).
mlr_add_studio_test(gui_rolloutpage SOURCES tst_rolloutpage.cpp amlguitest.h amlretraining.h guitest.h
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS gui azureml LIBS mlretrain-gui TIMEOUT 500)
set_tests_properties(gui_rolloutpage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")

# The five v2 steps through the wizard, with the mouse and with the keyboard alone.
mlr_add_studio_test(gui_azureml_flow SOURCES tst_azuremlflow.cpp amlguitest.h guitest.h
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS gui azureml LIBS mlretrain-gui TIMEOUT 900)
set_tests_properties(gui_azureml_flow PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent;QTEST_FUNCTION_TIMEOUT=set:600000")
