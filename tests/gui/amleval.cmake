# The Evaluate step for an Azure ML (v2) job against mlstudio-local over HTTPS + Azurite
# (offscreen, session-only secrets, a private journal and history through MLR_DATA_DIR).
mlr_add_studio_test(gui_amlevaluatepage SOURCES tst_amlevaluatepage.cpp amlguitest.h amlretraining.h guitest.h
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS gui azureml LIBS mlretrain-gui TIMEOUT 400)
set_tests_properties(gui_amlevaluatepage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
