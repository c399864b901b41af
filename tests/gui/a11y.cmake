# Accessibility: contrast of the light and dark palettes (owner: the lead).
mlr_add_test(gui_contrast SOURCES tst_contrast.cpp LABELS gui LIBS mlretrain-gui)
# The five steps with the keyboard alone, against mlstudio-local and its Azurite.
mlr_add_studio_test(gui_keyboardflow SOURCES tst_keyboardflow.cpp guitest.h LABELS gui LIBS mlretrain-gui TIMEOUT 400)
set_tests_properties(gui_keyboardflow PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
# The charts' table alternative.
mlr_add_test(gui_evalpointsmodel SOURCES tst_evalpointsmodel.cpp LABELS gui LIBS mlretrain-gui)
