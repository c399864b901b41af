# The BES client, the submission and the job monitor against mlstudio-local + Azurite,
# with injected faults, a restart mid-job, cancellation and bad input.
mlr_add_studio_test(besflow SOURCES tst_besflow.cpp LABELS integration ml TIMEOUT 300)

# mlretrain-cli profile from-sandbox + retrain submit/status/wait/cancel/jobs, through QProcess.
mlr_add_studio_test(cli_retrain SOURCES tst_cli_retrain.cpp LABELS integration cli ml TIMEOUT 300)

# The same against a real Secret Service (private D-Bus session + gnome-keyring): the secrets
# of `profile from-sandbox` are stored there and the retrain commands read them.
add_test(NAME cli_retrain_keyring
    COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:tst_cli_retrain>)
set_tests_properties(cli_retrain_keyring PROPERTIES
    FIXTURES_REQUIRED azurite
    LABELS "integration;cli;ml;keychain"
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLR_TEST_WITH_KEYRING=1;MLR_TEST_STATE_DIR=${CMAKE_BINARY_DIR}/test-state"
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=unset:;AZURE_STORAGE_CONNECTION_STRING=unset:;MLR_TRAINING_API_KEY=unset:")
