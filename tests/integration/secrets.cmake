# secrets integration tests: SecretStore against a real keychain, and without one.

# mlr_secrets_add_test(<name> SOURCES ... [KEYRING] [ENVIRONMENT ...])
#   Builds tst_<name> and registers it with ctest (LABELS integration). With KEYRING, ctest
#   runs it through tests/support/with-keyring.sh (private D-Bus session, unlocked
#   gnome-keyring, temporary HOME), so the developer's own keyring is never touched.
function(mlr_secrets_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "" "SOURCES;ENVIRONMENT" ${ARGN})
    add_executable(tst_${name} ${ARG_SOURCES})
    target_link_libraries(tst_${name} PRIVATE mlretrain-core mlretrain-testsupport Qt6::Test)
    mlr_apply_common_settings(tst_${name})
    if(ARG_KEYRING)
        add_test(NAME ${name}
            COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:tst_${name}>)
        list(APPEND ARG_ENVIRONMENT MLR_TEST_WITH_KEYRING=1)
    else()
        add_test(NAME ${name} COMMAND tst_${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}"
        ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=unset:"
        LABELS integration
        TIMEOUT 120)
endfunction()

mlr_secrets_add_test(keychain KEYRING SOURCES tst_keychain.cpp)
mlr_secrets_add_test(keychain_timeout KEYRING SOURCES tst_keychain_timeout.cpp ENVIRONMENT QT_NO_GLIB=1)
mlr_secrets_add_test(keychain_unavailable SOURCES tst_keychain_unavailable.cpp
    ENVIRONMENT DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
set_tests_properties(keychain_unavailable PROPERTIES
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=unset:;DISPLAY=unset:;WAYLAND_DISPLAY=unset:")
