# The Submit step of an Azure ML (v2) profile against mlstudio-local over HTTPS + Azurite
# (offscreen, session-only secrets, a private job journal set by the test).
mlr_add_studio_test(gui_amlsubmitpage SOURCES tst_amlsubmitpage.cpp guitest.h
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS gui azureml LIBS mlretrain-gui TIMEOUT 300)
set_tests_properties(gui_amlsubmitpage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
