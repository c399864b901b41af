# The Update step against mlstudio-local (offscreen, session-only secrets, a private job
# journal and backups through MLR_DATA_DIR set by the test).
mlr_add_studio_test(gui_updatepage SOURCES tst_updatepage.cpp guitest.h LABELS gui LIBS mlretrain-gui TIMEOUT 300)
set_tests_properties(gui_updatepage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
