# Tests of mlstudio-graph (sandbox/graph): parsing and validation of ARM Graph packages,
# execution, per-service swagger, service-pair templates. Included from CMakeLists.txt.
# sandbox_add_test (not mlr_add_test): sandbox/ is configured before tests/, where
# mlr_add_test is defined.
set(MLR_GRAPH_TESTDATA ${CMAKE_CURRENT_LIST_DIR}/../graph/testdata)
foreach(_graph_test graph_parse graph_run graph_swagger graph_labels)
    string(REPLACE "_" "" _graph_source ${_graph_test})
    sandbox_add_test(${_graph_test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${_graph_source}.cpp
        LABELS sandbox LIBS mlstudio-graph)
    target_compile_definitions(tst_${_graph_test} PRIVATE MLR_GRAPH_TESTDATA="${MLR_GRAPH_TESTDATA}")
endforeach()
