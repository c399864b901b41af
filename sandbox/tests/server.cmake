# mlstudio-local integration tests: the built server as a QProcess (own data folder) against
# the Azurite of the ctest fixture "azurite", over real HTTP (QNetworkAccessManager).
# sandbox/ is added before tests/, so mlr_add_test is not defined yet here: this function
# registers the tests the same way (core + test support, labels, fixture).
function(mlr_server_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES" ${ARGN})
    add_executable(tst_${name} ${ARG_SOURCES}
        ${CMAKE_CURRENT_LIST_DIR}/tst_serversupport.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_serversupport.h)
    target_link_libraries(tst_${name} PRIVATE mlretrain-core mlretrain-testsupport Qt6::Test Qt6::Network)
    target_compile_definitions(tst_${name} PRIVATE
        MLSTUDIO_LOCAL_BINARY="$<TARGET_FILE:mlstudio-local>"
        MLR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MLR_SWAGGER_SPEC="${PROJECT_SOURCE_DIR}/tests/data/specs/arm-webservices-2017-01-01.json"
        MLR_AZUREML_SPEC="${MLR_AZUREML_SPEC}")
    add_dependencies(tst_${name} mlstudio-local)
    mlr_apply_common_settings(tst_${name})
    add_test(NAME ${name} COMMAND tst_${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 180)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLR_TEST_STATE_DIR=${CMAKE_BINARY_DIR}/test-state"
        LABELS "sandbox;integration;server"
        FIXTURES_REQUIRED azurite
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

mlr_server_add_test(server_login SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_login.cpp)
mlr_server_add_test(server_arm SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_arm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_server_armwrites.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_server_arm.h)
mlr_server_add_test(server_bes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_bes.cpp)
mlr_server_add_test(server_rrs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_rrs.cpp)
mlr_server_add_test(server_retrain SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_retrain.cpp)
mlr_server_add_test(server_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_faults.cpp)
# Azure ML (v2) on the HTTPS listener.
mlr_server_add_test(server_azureml SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_azureml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_amlsupport.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_amlsupport.h)
mlr_server_add_test(server_amlendpoints SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_server_amlendpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_amlsupport.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_amlsupport.h)
