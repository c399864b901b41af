# The help button of every step (owner: the lead).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/helpdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/helpdialog.h ${MLR_UI_DIR}/helpdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/pagehelp.cpp ${CMAKE_CURRENT_LIST_DIR}/pagehelp.h
    ${CMAKE_CURRENT_LIST_DIR}/amlpagehelp.cpp
)
# Light and dark colour schemes, and the contrast ratio the accessibility tests check.
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/colorscheme.cpp ${CMAKE_CURRENT_LIST_DIR}/colorscheme.h
)
# The Evaluate charts' points as a table (their text alternative).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evalpointsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/evalpointsmodel.h
)
