# The Submit page's helpers (owner: the BES work); the page itself is in CMakeLists.txt.
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/submitformat.cpp ${CMAKE_CURRENT_LIST_DIR}/submitformat.h
    ${CMAKE_CURRENT_LIST_DIR}/dataproblems.cpp ${CMAKE_CURRENT_LIST_DIR}/dataproblems.h
)
# The page's job side: upload, submission, following, cancelling.
target_sources(mlretrain-gui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/submitpagejob.cpp)
