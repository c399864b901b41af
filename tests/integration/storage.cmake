# storage integration tests: BlobService against the Azurite of the ctest fixture "azurite".
mlr_add_test(blobservice SOURCES tst_blobservice.cpp blobtestsupport.cpp blobtestsupport.h
    LABELS integration FIXTURES azurite)
mlr_add_test(blobtransfer SOURCES tst_blobtransfer.cpp blobtestsupport.cpp blobtestsupport.h
    LABELS integration FIXTURES azurite)

# The official storage SDK (package.json's @azure/storage-blob) and mlretrain-cli read each
# other's blobs through the fixture's Azurite, which runs without --skipApiVersionCheck.
add_test(NAME storage_sdk_interop
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/sdk-interop/storage-sdk-interop.sh
        $<TARGET_FILE:mlretrain-cli> ${CMAKE_BINARY_DIR}/test-state ${PROJECT_SOURCE_DIR})
set_tests_properties(storage_sdk_interop PROPERTIES
    FIXTURES_REQUIRED azurite
    LABELS "integration;storage"
    TIMEOUT 120
    ENVIRONMENT_MODIFICATION "MLR_KEYCHAIN=unset:;AZURE_STORAGE_CONNECTION_STRING=unset:")
