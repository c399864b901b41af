# The Update step of an `azureml` profile: the roll-out view and its widgets (owner: the
# rollout-page work). The decision report comes with update.cmake's mlretrain-report.
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/rolloutpage.cpp ${CMAKE_CURRENT_LIST_DIR}/rolloutpage.h ${MLR_UI_DIR}/rolloutpage.ui
    ${CMAKE_CURRENT_LIST_DIR}/rolloutpageflow.cpp ${CMAKE_CURRENT_LIST_DIR}/rolloutpageafter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rolloutpageextras.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rolloutpageparts.cpp ${CMAKE_CURRENT_LIST_DIR}/rolloutpageparts.h
    ${CMAKE_CURRENT_LIST_DIR}/trafficbar.cpp ${CMAKE_CURRENT_LIST_DIR}/trafficbar.h
    ${CMAKE_CURRENT_LIST_DIR}/deploymentsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/deploymentsmodel.h
)
target_link_libraries(mlretrain-gui PUBLIC mlretrain-report)
