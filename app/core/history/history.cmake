target_sources(mlretrain-core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/history.cpp ${CMAKE_CURRENT_LIST_DIR}/history.h
    ${CMAKE_CURRENT_LIST_DIR}/amlhistory.cpp ${CMAKE_CURRENT_LIST_DIR}/amlhistory.h
)
