# cli integration tests: the built mlretrain-cli, run as a user runs it, against the
# Azurite of the ctest fixture "azurite".

# mlr_cli_add_test(<name> SOURCES ...): a QtTest that starts the CLI binary with QProcess.
function(mlr_cli_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LABELS" ${ARGN})
    mlr_add_test(${name} SOURCES ${ARG_SOURCES} LABELS integration cli ${ARG_LABELS} FIXTURES azurite)
    target_compile_definitions(tst_${name} PRIVATE MLR_CLI_BINARY="$<TARGET_FILE:mlretrain-cli>")
    add_dependencies(tst_${name} mlretrain-cli)
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()

mlr_cli_add_test(cli_storage SOURCES tst_cli_storage.cpp)

# kill -9 in the middle of an upload, then the same command again (480 MiB, ~30 s).
# RUN_SERIAL: it saturates Azurite and both cores for ~25 s; tests that time or count
# progress events (tst_blobtransfer) must not share the machine with it.
mlr_cli_add_test(cli_resume SOURCES tst_cli_resume.cpp LABELS resume TIMEOUT 180)
set_tests_properties(cli_resume PROPERTIES RUN_SERIAL TRUE)

# Secrets given to `profile set` end in the keychain only (own D-Bus session + gnome-keyring).
add_test(NAME cli_keyring_canary
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli_keyring_canary.sh $<TARGET_FILE:mlretrain-cli>)
set_tests_properties(cli_keyring_canary PROPERTIES
    FIXTURES_REQUIRED azurite
    LABELS "integration;cli;keychain"
    TIMEOUT 120
    ENVIRONMENT "MLR_TEST_STATE_DIR=${CMAKE_BINARY_DIR}/test-state"
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=unset:;AZURE_STORAGE_CONNECTION_STRING=unset:")

# The CLI runner and sandbox environment the tst_cli_*.cpp share (tests/support/clirunner.h),
# in the test support library every test links.
target_sources(mlretrain-testsupport PRIVATE
    ${PROJECT_SOURCE_DIR}/tests/support/clirunner.cpp ${PROJECT_SOURCE_DIR}/tests/support/clirunner.h)
