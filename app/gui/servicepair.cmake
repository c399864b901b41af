# "Create services…" of the Credentials step: a service pair from mlstudio-local's templates
# (owner: the service-pair work).
target_sources(mlretrain-gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/servicepaircreator.cpp ${CMAKE_CURRENT_LIST_DIR}/servicepaircreator.h
    ${CMAKE_CURRENT_LIST_DIR}/servicepaircredentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicepairdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/servicepairdialog.h
    ${MLR_UI_DIR}/servicepairdialog.ui
)
