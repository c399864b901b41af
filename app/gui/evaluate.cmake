# The Evaluate page's own widgets and models (owner: eval); evaluatepage.{h,cpp} and
# ui/evaluatepage.ui are listed in CMakeLists.txt. Qt Charts for the curves.
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evalanalysis.cpp ${CMAKE_CURRENT_LIST_DIR}/evalanalysis.h
    ${CMAKE_CURRENT_LIST_DIR}/evalcharts.cpp ${CMAKE_CURRENT_LIST_DIR}/evalcharts.h
    ${CMAKE_CURRENT_LIST_DIR}/evalcolors.cpp ${CMAKE_CURRENT_LIST_DIR}/evalcolors.h
    ${CMAKE_CURRENT_LIST_DIR}/evalconfusionmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/evalconfusionmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/evalmetricsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/evalmetricsmodel.h
)
target_link_libraries(mlretrain-gui PUBLIC Qt6::Charts)
# The page's charts with their tables (evaluatepagecharts.cpp) and its internal helpers.
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evaluatepagecharts.cpp ${CMAKE_CURRENT_LIST_DIR}/evaluatepageparts.h
)
