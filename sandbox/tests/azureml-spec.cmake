# azureml_spec_examples: the swagger validator (swagger-validate/validate.js) on the official
# Azure ML (v2) swagger MLR_AZUREML_SPEC (set in the top-level CMakeLists.txt): every request and
# response body of the copied x-ms-examples validates, deliberately broken copies do not.
# Node.js only (the npm packages of package.json, installed by `npm ci`); no fixture, no C++ build.
find_program(MLR_NODE_EXECUTABLE node)
if(MLR_NODE_EXECUTABLE)
    add_test(NAME azureml_spec_examples
        COMMAND ${MLR_NODE_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/swagger-validate/examples-check.js
            ${MLR_AZUREML_SPEC}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(azureml_spec_examples PROPERTIES LABELS "sandbox;azureml" TIMEOUT 120)
else()
    message(WARNING "node not found: the test azureml_spec_examples is not registered")
endif()
