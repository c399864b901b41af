# Every wizard page in French and in English, offscreen, to PNG (owner: i18n work).
mlr_add_test(gui_i18n_pages SOURCES tst_i18n_pages.cpp guitest.h LABELS "gui;i18n" LIBS mlretrain-gui)
target_compile_definitions(tst_gui_i18n_pages PRIVATE MLR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
set_tests_properties(gui_i18n_pages PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
