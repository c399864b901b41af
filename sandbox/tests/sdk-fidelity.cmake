# server_azureml_sdk: the official Azure ML SDK (package.json's @azure/arm-machinelearning 2.1.1,
# unchanged) against mlstudio-local's Azure ML (v2) surface over HTTPS. The Node runner starts the
# server itself (own data folder, --seed-demo, the Azurite of the fixture "azurite") and runs the
# SDK in a child node that trusts the server's CA through NODE_EXTRA_CA_CERTS.
add_test(NAME server_azureml_sdk
    COMMAND node ${CMAKE_CURRENT_LIST_DIR}/sdk-fidelity/azureml-sdk.test.js
        $<TARGET_FILE:mlstudio-local> ${CMAKE_BINARY_DIR}/test-state)
set_tests_properties(server_azureml_sdk PROPERTIES
    LABELS "sandbox;integration;server;azureml"
    FIXTURES_REQUIRED azurite
    TIMEOUT 180
    ENVIRONMENT_MODIFICATION "NODE_EXTRA_CA_CERTS=unset:")
