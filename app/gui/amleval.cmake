# Where the Evaluate page's comparison comes from: the classic web services or an Azure ML
# (v2) workspace (evaluationsource.{h,cpp}, chosen once per job by its journal record).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evaluationsource.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluationsource.h
)
