# The Update page and its widgets (owner: the Update work).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/updatepage.cpp ${CMAKE_CURRENT_LIST_DIR}/updatepage.h ${MLR_UI_DIR}/updatepage.ui
    ${CMAKE_CURRENT_LIST_DIR}/updatepageextras.cpp ${CMAKE_CURRENT_LIST_DIR}/updatepagesignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportsavedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/reportsavedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/updatepageflow.cpp ${CMAKE_CURRENT_LIST_DIR}/updatepageservices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/updatepageimport.cpp
)
# The decision report ("Save report...").
target_link_libraries(mlretrain-gui PUBLIC mlretrain-report)
