# secrets and profile unit tests: no keychain is used (MLR_KEYCHAIN=session, and no session
# bus reachable, so a regression cannot touch the developer's real keyring).
mlr_add_test(profile SOURCES tst_profile.cpp LABELS unit)
mlr_add_test(secretstore SOURCES tst_secretstore.cpp LABELS unit)
set_tests_properties(profile secretstore PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=set:session;DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
