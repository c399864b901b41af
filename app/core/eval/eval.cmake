# Model evaluation (owner: eval). Widget-free, pure functions: evaluation and scored CSVs,
# metrics, threshold index, curves, champion/challenger comparison, promotion gate.
target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evaltypes.cpp ${CMAKE_CURRENT_LIST_DIR}/evaltypes.h
    ${CMAKE_CURRENT_LIST_DIR}/evaluationcsv.h
    ${CMAKE_CURRENT_LIST_DIR}/scoredcsv.h
    ${CMAKE_CURRENT_LIST_DIR}/metrics.h
    ${CMAKE_CURRENT_LIST_DIR}/thresholdindex.h
    ${CMAKE_CURRENT_LIST_DIR}/curves.h
    ${CMAKE_CURRENT_LIST_DIR}/compare.h
    ${CMAKE_CURRENT_LIST_DIR}/gate.h
)
