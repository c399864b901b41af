# The Evaluate page (owner: eval), offscreen, with comparisons built in the test.
mlr_add_test(gui_evaluatepage SOURCES tst_evaluatepage.cpp guitest.h LABELS gui LIBS mlretrain-gui)
set_tests_properties(gui_evaluatepage PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
