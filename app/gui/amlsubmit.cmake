# The Submit step of an Azure Machine Learning (v2) profile (owner: the v2 Submit work).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/amlsubmitpage.cpp ${CMAKE_CURRENT_LIST_DIR}/amlsubmitpage.h
    ${CMAKE_CURRENT_LIST_DIR}/amlsubmitpagedata.cpp ${CMAKE_CURRENT_LIST_DIR}/amlsubmitpagejob.cpp
    ${PROJECT_SOURCE_DIR}/ui/amlsubmitpage.ui
)
