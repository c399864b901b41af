# The Storage step of an `azureml` profile (DatastorePage) against mlstudio-local over HTTPS +
# Azurite (offscreen, session-only secrets).
mlr_add_studio_test(gui_datastorepage SOURCES tst_datastorepage.cpp amlguitest.h guitest.h
    LABELS gui azureml LIBS mlretrain-gui TIMEOUT 300)
set_tests_properties(gui_datastorepage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
