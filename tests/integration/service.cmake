# `service ...`, `history` and `report` of the CLI against mlstudio-local (owner: helper F).
mlr_add_studio_test(cli_service SOURCES tst_cli_service.cpp LABELS integration cli arm TIMEOUT 400)
target_compile_definitions(tst_cli_service PRIVATE MLR_ARM_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/arm")
add_dependencies(tst_cli_service mlretrain-cli)

# The own-data path without a keychain: profiles from demo.json and a pair's NAME.json (container
# created, default profile), the flow's variables in one message, the missing-container hint, the
# report after a rollback.
mlr_add_studio_test(cli_owndata SOURCES tst_cli_owndata.cpp LABELS integration cli TIMEOUT 300)
add_dependencies(tst_cli_owndata mlretrain-cli)

# Issue 12: the update guard of `service update` / `service rollback` (wrong jobs refused before
# any write, identical models, automatic rollback on scoring errors, rollback's backup choice).
mlr_add_studio_test(cli_serviceguard SOURCES tst_cli_serviceguard.cpp LABELS integration cli arm TIMEOUT 400)
add_dependencies(tst_cli_serviceguard mlretrain-cli)

# Issue 14: mlretrain-cli with an Azure ML (v2) profile against the sandbox over HTTPS.
mlr_add_studio_test(cli_azureml SOURCES tst_cli_azureml.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS integration cli azureml TIMEOUT 400)
# Issue 14: the v2 flow under 20 % transient faults, and the CLI killed during the deployment wait.
mlr_add_studio_test(cli_azureml_faults SOURCES tst_cli_azuremlfaults.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS integration cli azureml TIMEOUT 600)
# Issue 14: the CLI's Azure sign-in (--device-code, --remember, the remembered sign-in) and the
# AADToken scoring of an Azure ML endpoint through a token for https://ml.azure.com.
mlr_add_studio_test(cli_signin SOURCES tst_cli_signin.cpp
    ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.cpp ${PROJECT_SOURCE_DIR}/sandbox/tests/tst_amlsupport.h
    LABELS integration cli azureml TIMEOUT 300)
# The same test's --remember against a real Secret Service (private D-Bus session + gnome-keyring).
add_test(NAME cli_signin_keyring
    COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:tst_cli_signin>
        rememberedSignIn noTokenInOutput)
set_tests_properties(cli_signin_keyring PROPERTIES
    FIXTURES_REQUIRED azurite
    LABELS "integration;cli;azureml;keychain"
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLR_TEST_WITH_KEYRING=1;MLR_TEST_STATE_DIR=${CMAKE_BINARY_DIR}/test-state;MLR_DATA_DIR=${CMAKE_BINARY_DIR}/test-state/data/cli_signin_keyring")
