# The Azure Machine Learning (v2) part of the Credentials step, and the interactive Azure
# sign-in it uses (owner: the lead).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/azuresignin.cpp ${CMAKE_CURRENT_LIST_DIR}/azuresignin.h
    ${CMAKE_CURRENT_LIST_DIR}/amlcredentialspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/amlcredentialspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/amlcredentialslists.cpp ${MLR_UI_DIR}/amlcredentialspanel.ui
)
