# "Create services…" on the Credentials step against mlstudio-local (offscreen, session-only
# secrets, a private job journal through MLR_DATA_DIR set by the test).
mlr_add_studio_test(gui_servicepair SOURCES tst_servicepair.cpp guitest.h LABELS gui LIBS mlretrain-gui TIMEOUT 300)
set_tests_properties(gui_servicepair PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
