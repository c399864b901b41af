# Model evaluation (owner: eval). Widget-free, pure functions: evaluation and scored CSVs,
# metrics, threshold index, curves, champion/challenger comparison, promotion gate.
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/compare.cpp ${CMAKE_CURRENT_LIST_DIR}/compare.h
    ${CMAKE_CURRENT_LIST_DIR}/csvstream.cpp ${CMAKE_CURRENT_LIST_DIR}/csvstream.h
    ${CMAKE_CURRENT_LIST_DIR}/curves.cpp ${CMAKE_CURRENT_LIST_DIR}/curves.h
    ${CMAKE_CURRENT_LIST_DIR}/evaltypes.cpp ${CMAKE_CURRENT_LIST_DIR}/evaltypes.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluationcsv.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluationcsv.h
    ${CMAKE_CURRENT_LIST_DIR}/gate.cpp ${CMAKE_CURRENT_LIST_DIR}/gate.h
    ${CMAKE_CURRENT_LIST_DIR}/metrics.cpp ${CMAKE_CURRENT_LIST_DIR}/metrics.h
    ${CMAKE_CURRENT_LIST_DIR}/scoredcsv.cpp ${CMAKE_CURRENT_LIST_DIR}/scoredcsv.h
    ${CMAKE_CURRENT_LIST_DIR}/thresholdindex.cpp ${CMAKE_CURRENT_LIST_DIR}/thresholdindex.h
)
